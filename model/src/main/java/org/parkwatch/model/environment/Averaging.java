package org.parkwatch.model.environment;

/**
 * Averages as GB 3095-2012 defines them (§3.6–3.10) with the data validity rules of its clause 8
 * (Table 4, 污染物浓度数据有效性的最低要求) applied before a mean is reported. A missing or invalid value is
 * passed as NaN. Stateless.
 *
 * <p>Rules (GB 3095-2012 Table 4, status [P]: transcribed, not re-checked against the printed
 * text): a 1-hour mean needs at least 45 minutes of sampling in the hour; a 24-hour mean of SO₂,
 * NO₂, CO, PM₁₀, PM₂.₅ needs at least 20 valid 1-hour means in the day; an O₃ 8-hour mean needs at
 * least 6 valid 1-hour means in its 8 hours. The daily maximum 8-hour O₃ mean is taken over the 17
 * windows ending 08:00 … 24:00 of the day and needs at least 14 valid windows (HJ 663-2013 §5 and
 * GB 3095-2012 Table 4 [P]); with fewer it is still reported when it exceeds the limit, because a
 * missing window can only raise the maximum.
 */
public final class Averaging {

    /** GB 3095-2012 Table 4: at least 45 minutes of sampling per hour for a 1-hour mean [P]. */
    public static final int MIN_VALID_MINUTES_PER_HOUR = 45;

    /** GB 3095-2012 Table 4: at least 20 valid 1-hour means per day for a 24-hour mean [P]. */
    public static final int MIN_VALID_HOURS_PER_DAY = 20;

    /**
     * GB 3095-2012 Table 4: at least 6 valid 1-hour means per 8 hours for an O₃ 8-hour mean [P].
     */
    public static final int MIN_VALID_HOURS_PER_8H = 6;

    /**
     * HJ 663-2013 / GB 3095-2012 Table 4: at least 14 valid 8-hour windows (of 17) for the daily
     * maximum [P].
     */
    public static final int MIN_VALID_8H_WINDOWS_PER_DAY = 14;

    /**
     * Windows of the daily maximum 8-hour mean: those ending at 08:00 … 24:00, i.e. starting at
     * hour 0 … 16.
     */
    public static final int DAILY_8H_WINDOWS = 17;

    static final int HOURS_PER_WINDOW = 8;

    private Averaging() {}

    /** 1-hour mean of the minute values of one hour (60 values, NaN = missing). */
    public static AveragedValue hourlyMean(double[] minuteValues) {
        requireLength(minuteValues, 60, "minuteValues");
        return mean(minuteValues, 0, 60, MIN_VALID_MINUTES_PER_HOUR, "1-hour mean, valid minutes");
    }

    /**
     * 24-hour mean of the 24 1-hour means of a day (index = hour starting 00:00, NaN = invalid).
     */
    public static AveragedValue dailyMean(double[] hourlyMeans) {
        requireLength(hourlyMeans, 24, "hourlyMeans");
        return mean(hourlyMeans, 0, 24, MIN_VALID_HOURS_PER_DAY, "24-hour mean, valid hours");
    }

    /**
     * O₃ 8-hour rolling mean of the window of hours {@code start … start+7} of a series of 1-hour
     * means.
     */
    public static AveragedValue eightHourMean(double[] hourlyMeans, int start) {
        if (start < 0 || start + HOURS_PER_WINDOW > hourlyMeans.length) {
            throw new IllegalArgumentException(
                    "window start "
                            + start
                            + " outside a series of "
                            + hourlyMeans.length
                            + " hours");
        }
        return mean(
                hourlyMeans,
                start,
                HOURS_PER_WINDOW,
                MIN_VALID_HOURS_PER_8H,
                "8-hour mean, valid hours");
    }

    /**
     * Daily maximum of the O₃ 8-hour rolling mean from the day's 24 1-hour means, against {@code
     * limit} (μg/m³, NaN for none) for the exception of fewer than 14 windows.
     */
    public static AveragedValue dailyMaxEightHour(double[] hourlyMeans, double limit) {
        requireLength(hourlyMeans, 24, "hourlyMeans");
        double max = Double.NaN;
        int valid = 0;
        for (int start = 0; start < DAILY_8H_WINDOWS; start++) {
            AveragedValue w = eightHourMean(hourlyMeans, start);
            if (w.valid()) {
                valid++;
                max = Double.isNaN(max) ? w.value() : Math.max(max, w.value());
            }
        }
        if (valid >= MIN_VALID_8H_WINDOWS_PER_DAY || (valid > 0 && max > limit)) {
            return AveragedValue.of(max, valid, MIN_VALID_8H_WINDOWS_PER_DAY);
        }
        return AveragedValue.insufficient(
                valid, MIN_VALID_8H_WINDOWS_PER_DAY, "daily maximum 8-hour mean, windows");
    }

    private static AveragedValue mean(
            double[] values, int from, int count, int required, String what) {
        double sum = 0;
        int valid = 0;
        for (int i = from; i < from + count; i++) {
            if (Double.isFinite(values[i])) {
                sum += values[i];
                valid++;
            }
        }
        return valid >= required
                ? AveragedValue.of(sum / valid, valid, required)
                : AveragedValue.insufficient(valid, required, what);
    }

    private static void requireLength(double[] values, int length, String name) {
        if (values.length != length) {
            throw new IllegalArgumentException(
                    name + " must hold " + length + " values but held " + values.length);
        }
    }
}
