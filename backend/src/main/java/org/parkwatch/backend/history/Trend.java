package org.parkwatch.backend.history;

import java.util.List;

/**
 * A downsampled history of one tag: the window [{@code fromMs}, {@code toMs}) cut into buckets of
 * {@code bucketMs} (epoch milliseconds); only buckets holding numeric samples appear. {@code tier}
 * says what the buckets were computed from: {@value #RAW} (the raw samples), {@code "1m"} or {@code
 * "1h"} (the rollups, {@link RollupTier#label()}).
 */
public record Trend(
        String tagId, long fromMs, long toMs, long bucketMs, List<Point> points, String tier) {
    /** {@link #tier} of a trend computed from the raw samples. */
    public static final String RAW = "raw";

    public Trend {
        points = List.copyOf(points);
    }

    /** A trend from the raw samples. */
    public Trend(String tagId, long fromMs, long toMs, long bucketMs, List<Point> points) {
        this(tagId, fromMs, toMs, bucketMs, points, RAW);
    }

    /**
     * One bucket: start time {@code t} (epoch ms), min/max/avg of the numeric values, the value
     * with the latest timestamp in the bucket, and the number of numeric samples.
     */
    public record Point(long t, double min, double max, double avg, double last, long n) {}
}
