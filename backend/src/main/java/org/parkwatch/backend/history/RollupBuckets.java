package org.parkwatch.backend.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.parkwatch.backend.history.codec.RollupBucket;
import org.parkwatch.backend.history.codec.SampleArrays;
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

    /**
     * The buckets of {@code samples} (any order) in {@code tier}, in time order. Samples already in
     * time order (what a commit usually holds) are folded in one pass without a map.
     */
    static List<RollupBucket> of(RollupTier tier, List<Sample> samples) {
        Fold fold = new Fold(tier);
        long prev = Long.MIN_VALUE;
        for (Sample s : samples) {
            long t = s.sourceTimeMs();
            if (t < prev) { // out of order: the general path
                RollupBuckets b = new RollupBuckets(tier);
                for (Sample x : samples) b.add(x);
                return new ArrayList<>(b.buckets.values());
            }
            prev = t;
            fold.add(t, s.numeric());
        }
        return fold.finish();
    }

    /** The buckets of {@code a} (strictly increasing times) in {@code tier}, in time order. */
    static List<RollupBucket> of(RollupTier tier, SampleArrays a) {
        Fold fold = new Fold(tier);
        long[] times = a.times();
        for (int i = a.from(); i < a.to(); i++) fold.add(times[i], a.numeric(i));
        return fold.finish();
    }

    /** Folds samples that come in time order into consecutive buckets, one pass, no map. */
    private static final class Fold {
        private final RollupTier tier;
        private final List<RollupBucket> out = new ArrayList<>();
        private long bucket = Long.MIN_VALUE, count, firstMs, lastMs;
        private double min, max, sum, first, last;

        Fold(RollupTier tier) {
            this.tier = tier;
        }

        void add(long t, double v) {
            if (Double.isNaN(v)) return;
            long b = tier.bucketOf(t);
            if (b != bucket) {
                close();
                bucket = b;
                count = 0;
                sum = 0;
                min = max = first = v;
                firstMs = t;
            }
            count++;
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            lastMs = t; // same time again: the later sample is the last
            last = v;
        }

        List<RollupBucket> finish() {
            close();
            count = 0;
            return out;
        }

        private void close() {
            if (count > 0)
                out.add(
                        new RollupBucket(
                                bucket, count, min, max, sum, firstMs, first, lastMs, last));
        }
    }

    /** Time-ordered buckets of a finer tier merged into {@code tier}'s buckets, in time order. */
    static List<RollupBucket> coarsen(RollupTier tier, List<RollupBucket> finer) {
        List<RollupBucket> out = new ArrayList<>();
        RollupBucket cur = null;
        for (RollupBucket f : finer) {
            long b = tier.bucketOf(f.startMs());
            RollupBucket moved =
                    new RollupBucket(
                            b,
                            f.count(),
                            f.min(),
                            f.max(),
                            f.sum(),
                            f.firstMs(),
                            f.first(),
                            f.lastMs(),
                            f.last());
            if (cur != null && cur.startMs() == b) cur = cur.merge(moved);
            else {
                if (cur != null) out.add(cur);
                cur = moved;
            }
        }
        if (cur != null) out.add(cur);
        return out;
    }

    /** Time-ordered buckets split by the stored chunk of {@code tier} they belong to. */
    static TreeMap<Long, List<RollupBucket>> byChunk(RollupTier tier, List<RollupBucket> ordered) {
        TreeMap<Long, List<RollupBucket>> out = new TreeMap<>();
        for (RollupBucket b : ordered)
            out.computeIfAbsent(tier.chunkOf(b.startMs()), k -> new ArrayList<>()).add(b);
        return out;
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
