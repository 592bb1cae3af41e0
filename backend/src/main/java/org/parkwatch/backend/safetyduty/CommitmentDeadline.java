package org.parkwatch.backend.safetyduty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * By when each enterprise must declare its daily safety commitment: a local hour of the park's time
 * zone ({@value #KEY}, default {@value #DEFAULT}).
 */
public record CommitmentDeadline(LocalTime at, ZoneId zone) {
    /** Config key of the deadline, {@code HH:mm} local time. */
    public static final String KEY = "safetyduty.commitmentDeadline";

    /**
     * Default deadline: 09:00 local, before the morning's work starts; parks set their own (the
     * Henan practice is an announcement before the day shift). [U] working value.
     */
    public static final String DEFAULT = "09:00";

    /**
     * @param value {@code HH:mm}, null or blank for the default
     * @throws IllegalArgumentException naming the key and the value
     */
    public static CommitmentDeadline parse(String value, ZoneId zone) {
        String v = value == null || value.isBlank() ? DEFAULT : value.trim();
        try {
            return new CommitmentDeadline(LocalTime.parse(v), zone);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    KEY + " must be a local time HH:mm, e.g. 09:00; got '" + value + "'");
        }
    }

    /** The park's local day at {@code ms}. */
    public LocalDate day(long ms) {
        return Instant.ofEpochMilli(ms).atZone(zone).toLocalDate();
    }

    /** The deadline of {@code day}, epoch ms. */
    public long deadlineMs(LocalDate day) {
        return day.atTime(at).atZone(zone).toInstant().toEpochMilli();
    }
}
