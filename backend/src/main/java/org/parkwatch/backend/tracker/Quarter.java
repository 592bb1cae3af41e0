package org.parkwatch.backend.tracker;

import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar quarter of the park's time zone, written {@code 2026Q4}. */
public record Quarter(int year, int quarter) {
    public Quarter {
        if (quarter < 1 || quarter > 4)
            throw new IllegalArgumentException("quarter " + quarter + " is not 1–4");
    }

    /** The quarter holding {@code day}. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * @throws IllegalArgumentException naming the parameter and the accepted form
     */
    public static Quarter parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!t.matches("\\d{4}-?Q[1-4]"))
            throw new IllegalArgumentException(
                    "quarter='" + text + "': use YYYYQn, e.g. 2026Q4 (季度格式如 2026Q4)");
        return new Quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(t.length() - 1) - '0');
    }

    public LocalDate first() {
        return LocalDate.of(year, 3 * quarter - 2, 1);
    }

    /** The day after the quarter's last. */
    public LocalDate end() {
        return first().plusMonths(3);
    }

    public long fromMs(ZoneId zone) {
        return first().atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public long toMs(ZoneId zone) {
        return end().atStartOfDay(zone).toInstant().toEpochMilli();
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
