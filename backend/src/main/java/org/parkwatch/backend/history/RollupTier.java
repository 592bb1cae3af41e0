package org.parkwatch.backend.history;

/**
 * The rollup tiers: bucket width, and the span one stored rollup chunk covers (aligned to the
 * epoch).
 */
public enum RollupTier {
    /** 1-minute buckets, a UTC day a chunk (1,440 buckets). */
    MINUTE(1, 60_000L, 86_400_000L, "1m"),
    /** 1-hour buckets, 32 days a chunk (768 buckets). */
    HOUR(2, 3_600_000L, 32 * 86_400_000L, "1h");

    /**
     * {@link #snap} rounds a trend's bucket width up to whole tier buckets only when that costs at
     * most this fraction of the requested buckets (24 h in 500 buckets of 172.8 s → 480 of 3 min: 4
     * %).
     */
    static final double MAX_SNAP_LOSS = 0.05;

    /**
     * A trend uses a tier only when its buckets are at least this many tier buckets wide, so that
     * aligning to the tier's resolution moves a trend bucket's edge by at most a tenth of its
     * width.
     */
    static final int MIN_BUCKETS_PER_TREND_BUCKET = 10;

    final int code;
    final long widthMs;
    final long chunkMs;
    private final String label;

    RollupTier(int code, long widthMs, long chunkMs, String label) {
        this.code = code;
        this.widthMs = widthMs;
        this.chunkMs = chunkMs;
        this.label = label;
    }

    /** The tier's name in API answers ({@link Trend#tier()}): "1m", "1h". */
    public String label() {
        return label;
    }

    long bucketOf(long timeMs) {
        return Math.floorDiv(timeMs, widthMs) * widthMs;
    }

    long chunkOf(long timeMs) {
        return Math.floorDiv(timeMs, chunkMs) * chunkMs;
    }

    /**
     * The coarsest tier fine enough for trend buckets of {@code bucketMs}, or null for raw samples.
     */
    static RollupTier pick(long bucketMs) {
        if (bucketMs >= HOUR.widthMs * MIN_BUCKETS_PER_TREND_BUCKET) return HOUR;
        if (bucketMs >= MINUTE.widthMs * MIN_BUCKETS_PER_TREND_BUCKET) return MINUTE;
        return null;
    }

    /**
     * The tier for trend buckets of {@code bucketMs} from {@code fromMs}, by the range and the
     * bucket count (issue 13): {@link #pick(long)}, or else the coarsest tier whose buckets tile
     * the trend's buckets exactly (the width a whole number of tier buckets, the start on a tier
     * bucket's edge), where the rollups give the same figures as the raw samples. A 24 h trend in
     * 480 buckets of 3 minutes reads 1,440 one-minute buckets instead of 86,400 samples.
     */
    static RollupTier pick(long fromMs, long bucketMs) {
        RollupTier byWidth = pick(bucketMs);
        if (byWidth == HOUR || HOUR.tiles(fromMs, bucketMs)) return HOUR;
        if (byWidth == MINUTE || MINUTE.tiles(fromMs, bucketMs)) return MINUTE;
        return null;
    }

    private boolean tiles(long fromMs, long bucketMs) {
        return bucketMs % widthMs == 0 && Math.floorMod(fromMs, widthMs) == 0;
    }

    /**
     * The bucket count for a trend of at most {@code buckets} buckets over [fromMs, toMs) that a
     * rollup tier answers exactly (issue 13: a 24 h trend from 1,440 one-minute buckets instead of
     * 86,400 raw samples): when {@code fromMs} is on a 1-minute edge and rounding the bucket width
     * up to whole minutes (or hours) loses at most {@link #MAX_SNAP_LOSS} of the buckets, the count
     * of those wider buckets; otherwise {@code buckets} unchanged. Never more than {@code buckets}.
     */
    static int snap(long fromMs, long toMs, int buckets) {
        long width = TrendBuilder.bucketWidth(fromMs, toMs, buckets);
        if (pick(fromMs, width) != null) return buckets; // a tier answers as asked
        for (RollupTier tier : new RollupTier[] {HOUR, MINUTE}) {
            if (width < tier.widthMs || Math.floorMod(fromMs, tier.widthMs) != 0) continue;
            long snapped = Math.floorDiv(width + tier.widthMs - 1, tier.widthMs) * tier.widthMs;
            int count = (int) Math.max(1, (toMs - fromMs + snapped - 1) / snapped);
            // the builder's width for that count must be the snapped one (else it would not tile)
            if (TrendBuilder.bucketWidth(fromMs, toMs, count) != snapped) continue;
            if (count >= buckets * (1 - MAX_SNAP_LOSS)) return count;
        }
        return buckets;
    }
}
