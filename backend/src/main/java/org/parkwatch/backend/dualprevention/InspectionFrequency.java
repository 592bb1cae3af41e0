package org.parkwatch.backend.dualprevention;

/** How often an inspection task is due; a task is overdue once its period has passed unchecked. */
public enum InspectionFrequency {
    /** Per shift: 8 h (three-shift operation). */
    SHIFT("shift", 8L * 3_600_000),
    DAY("day", 24L * 3_600_000),
    WEEK("week", 7L * 86_400_000),
    /** Month: 30 days. */
    MONTH("month", 30L * 86_400_000);

    private final String id;
    private final long periodMs;

    InspectionFrequency(String id, long periodMs) {
        this.id = id;
        this.periodMs = periodMs;
    }

    public String id() {
        return id;
    }

    public long periodMs() {
        return periodMs;
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static InspectionFrequency parse(String s) {
        for (InspectionFrequency f : values())
            if (f.id.equalsIgnoreCase(String.valueOf(s))) return f;
        throw new IllegalArgumentException(
                "frequency '" + s + "' is not one of shift, day, week, month");
    }
}
