package org.parkwatch.backend.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.parkwatch.backend.history.codec.RollupBucket;
import org.parkwatch.model.uplink.Sample;

/**
 * Rollup buckets of one tag and tier being built from samples (numeric ones: doubles, booleans as
 * 0/1, not NaN).
 */
final class RollupBuckets {
    private final RollupTier tier;
    private final TreeMap<Long, RollupBucket> buckets = new TreeMap<>();

    RollupBuckets(RollupTier tier) {
        this.tier = tier;
    }

    void add(Sample s) {
        double v = s.numeric();
        if (Double.isNaN(v)) return;
        long t = s.sourceTimeMs();
        merge(new RollupBucket(tier.bucketOf(t), 1, v, v, v, t, v, t, v));
    }

    void merge(RollupBucket b) {
        buckets.merge(b.startMs(), b, RollupBucket::merge);
    }

    void mergeAll(Collection<RollupBucket> bs) {
        for (RollupBucket b : bs) merge(b);
    }

    boolean isEmpty() {
        return buckets.isEmpty();
    }

    /** Buckets grouped by the stored chunk they belong to (chunk start → buckets in order). */
    TreeMap<Long, List<RollupBucket>> byChunk() {
        TreeMap<Long, List<RollupBucket>> out = new TreeMap<>();
        for (RollupBucket b : buckets.values()) {
            out.computeIfAbsent(tier.chunkOf(b.startMs()), k -> new ArrayList<>()).add(b);
        }
        return out;
    }

    void addTo(TrendBuilder trend) {
        for (RollupBucket b : buckets.values()) addTo(trend, b);
    }

    static void addTo(TrendBuilder trend, RollupBucket b) {
        trend.add(b.startMs(), b.count(), b.min(), b.max(), b.sum(), b.lastMs(), b.last());
    }
}
