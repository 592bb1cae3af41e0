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
        List<RollupBucket> out = new ArrayList<>();
        long bucket = Long.MIN_VALUE, prev = Long.MIN_VALUE, count = 0, firstMs = 0, lastMs = 0;
        double min = 0, max = 0, sum = 0, first = 0, last = 0;
        for (Sample s : samples) {
            long t = s.sourceTimeMs();
            if (t < prev) { // out of order: the general path
                RollupBuckets b = new RollupBuckets(tier);
                for (Sample x : samples) b.add(x);
                return new ArrayList<>(b.buckets.values());
            }
            prev = t;
            double v = s.numeric();
            if (Double.isNaN(v)) continue;
            long b = tier.bucketOf(t);
            if (b != bucket) {
                if (count > 0)
                    out.add(
                            new RollupBucket(
                                    bucket, count, min, max, sum, firstMs, first, lastMs, last));
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
        if (count > 0)
            out.add(new RollupBucket(bucket, count, min, max, sum, firstMs, first, lastMs, last));
        return out;
    }

    /** The buckets of {@code a} (strictly increasing times) in {@code tier}, in time order. */
    static List<RollupBucket> of(RollupTier tier, SampleArrays a) {
        List<RollupBucket> out = new ArrayList<>();
        long bucket = Long.MIN_VALUE, count = 0, firstMs = 0, lastMs = 0;
        double min = 0, max = 0, sum = 0, first = 0, last = 0;
        long[] times = a.times();
        for (int i = a.from(); i < a.to(); i++) {
            double v = a.numeric(i);
            if (Double.isNaN(v)) continue;
            long t = times[i];
            long b = tier.bucketOf(t);
            if (b != bucket) {
                if (count > 0)
                    out.add(
                            new RollupBucket(
                                    bucket, count, min, max, sum, firstMs, first, lastMs, last));
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
            lastMs = t;
            last = v;
        }
        if (count > 0)
            out.add(new RollupBucket(bucket, count, min, max, sum, firstMs, first, lastMs, last));
        return out;
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
