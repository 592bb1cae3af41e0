package org.parkwatch.backend.history;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * Cuts a window into equal buckets and aggregates the numeric samples of each (doubles, and
 * booleans as 0/1; text, null and NaN values are left out): min, max, mean, the value at the latest
 * timestamp, and the count. The bucket width is the window divided by the bucket count, rounded up
 * to a whole millisecond.
 */
final class TrendBuilder {
    private final long fromMs;
    private final long toMs;
    private final long bucketMs;
    private final int buckets;
    private final double[] min, max, sum, last;
    private final long[] n, lastMs;

    TrendBuilder(long fromMs, long toMs, int buckets) {
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.bucketMs = bucketWidth(fromMs, toMs, buckets);
        this.buckets =
                (int) Math.min(buckets, Math.max(1, (toMs - fromMs + bucketMs - 1) / bucketMs));
        min = new double[this.buckets];
        max = new double[this.buckets];
        sum = new double[this.buckets];
        last = new double[this.buckets];
        n = new long[this.buckets];
        lastMs = new long[this.buckets];
    }

    static long bucketWidth(long fromMs, long toMs, int buckets) {
        return Math.max(1, Math.floorDiv(toMs - fromMs + buckets - 1, buckets));
    }

    long bucketMs() {
        return bucketMs;
    }

    void add(Sample s) {
        add(s.sourceTimeMs(), s.value());
    }

    /** Adds one sample's value: doubles and booleans (0/1) count, text, null and NaN do not. */
    void add(long timeMs, Object value) {
        double v;
        if (value instanceof Double d) v = d;
        else if (value instanceof Boolean b) v = b ? 1 : 0;
        else return;
        if (Double.isNaN(v)) return;
        add(timeMs, 1, v, v, v, timeMs, v);
    }

    /**
     * Adds an aggregate (a rollup bucket starting at {@code timeMs}, or one sample with count 1).
     */
    void add(
            long timeMs,
            long count,
            double mn,
            double mx,
            double total,
            long latestMs,
            double latest) {
        if (timeMs < fromMs || timeMs >= toMs || count == 0) return;
        int b = (int) ((timeMs - fromMs) / bucketMs);
        if (n[b] == 0) {
            min[b] = mn;
            max[b] = mx;
        } else {
            min[b] = Math.min(min[b], mn);
            max[b] = Math.max(max[b], mx);
        }
        sum[b] += total;
        if (n[b] == 0 || latestMs >= lastMs[b]) {
            lastMs[b] = latestMs;
            last[b] = latest;
        }
        n[b] += count;
    }

    Trend build(String tagId) {
        return build(tagId, Trend.RAW);
    }

    Trend build(String tagId, String tier) {
        List<Trend.Point> points = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            if (n[b] > 0) {
                points.add(
                        new Trend.Point(
                                fromMs + b * bucketMs,
                                min[b],
                                max[b],
                                sum[b] / n[b],
                                last[b],
                                n[b]));
            }
        }
        return new Trend(tagId, fromMs, toMs, bucketMs, points, tier);
    }
}
