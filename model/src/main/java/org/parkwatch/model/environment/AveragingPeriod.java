package org.parkwatch.model.environment;

/** The averaging period a limit value applies to, spelled in a limits file as {@link #key()}. */
public enum AveragingPeriod {
    /** One-hour mean (GB 3095-2012 §3.9 1小时平均). */
    HOUR_1("1h"),
    /**
     * 24-hour (calendar-day) mean (GB 3095-2012 §3.8 24小时平均); for wastewater the daily composite
     * sample.
     */
    HOUR_24("24h"),
    /** Daily maximum of the 8-hour rolling mean (GB 3095-2012 §3.10 8小时平均, 日最大8小时平均); O₃ only. */
    HOUR_8_DAILY_MAX("8h-max"),
    /** Calendar-year mean (GB 3095-2012 §3.6 年平均). */
    ANNUAL("annual"),
    /** A single (grab) sample or reading, e.g. GB 14554-93 一次最大值 or a pH reading. */
    GRAB("grab");

    private final String key;

    AveragingPeriod(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The period of a key; {@code null} when there is none. */
    static AveragingPeriod ofKey(String key) {
        for (AveragingPeriod p : values()) {
            if (p.key.equals(key)) {
                return p;
            }
        }
        return null;
    }
}
