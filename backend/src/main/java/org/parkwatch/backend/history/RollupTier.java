package org.parkwatch.backend.history;

/**
 * The rollup tiers: bucket width, and the span one stored rollup chunk covers (aligned to the
 * epoch).
 */
public enum RollupTier {
    /** 1-minute buckets, a UTC day a chunk (1,440 buckets). */
    MINUTE(1, 60_000L, 86_400_000L),
    /** 1-hour buckets, 32 days a chunk (768 buckets). */
    HOUR(2, 3_600_000L, 32 * 86_400_000L);

    /**
     * A trend uses a tier only when its buckets are at least this many tier buckets wide, so that
     * aligning to the tier's resolution moves a trend bucket's edge by at most a tenth of its
     * width.
     */
    static final int MIN_BUCKETS_PER_TREND_BUCKET = 10;

    final int code;
    final long widthMs;
    final long chunkMs;

    RollupTier(int code, long widthMs, long chunkMs) {
        this.code = code;
        this.widthMs = widthMs;
        this.chunkMs = chunkMs;
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
}
