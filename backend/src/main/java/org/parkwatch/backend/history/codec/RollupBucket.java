package org.parkwatch.backend.history.codec;

/**
 * The aggregate of one tag's numeric samples in one rollup bucket [startMs, startMs + width):
 * count, min, max, sum (mean = sum / count), and the first and last sample with their source times
 * (epoch ms).
 */
public record RollupBucket(
        long startMs,
        long count,
        double min,
        double max,
        double sum,
        long firstMs,
        double first,
        long lastMs,
        double last) {

    public double mean() {
        return sum / count;
    }

    /**
     * This bucket and {@code o} (same start) as one: what a bucket over both sample sets would
     * hold.
     */
    public RollupBucket merge(RollupBucket o) {
        boolean oFirst = o.firstMs < firstMs, oLast = o.lastMs >= lastMs;
        return new RollupBucket(
                startMs,
                count + o.count,
                Math.min(min, o.min),
                Math.max(max, o.max),
                sum + o.sum,
                oFirst ? o.firstMs : firstMs,
                oFirst ? o.first : first,
                oLast ? o.lastMs : lastMs,
                oLast ? o.last : last);
    }
}
