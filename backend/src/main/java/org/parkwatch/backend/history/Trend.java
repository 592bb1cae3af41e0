package org.parkwatch.backend.history;

import java.util.List;

/**
 * A downsampled history of one tag: the window [{@code fromMs}, {@code toMs}) cut into buckets of
 * {@code bucketMs} (epoch milliseconds); only buckets holding numeric samples appear.
 */
public record Trend(String tagId, long fromMs, long toMs, long bucketMs, List<Point> points) {
    public Trend {
        points = List.copyOf(points);
    }

    /**
     * One bucket: start time {@code t} (epoch ms), min/max/avg of the numeric values, the value
     * with the latest timestamp in the bucket, and the number of numeric samples.
     */
    public record Point(long t, double min, double max, double avg, double last, long n) {}
}
