package org.parkwatch.backend.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.uplink.Sample;

/**
 * Samples accepted but not committed: the open set (filling; the samples as {@link OpenColumns} in
 * arrival order) and sealed sets waiting for their commit, oldest first. A sealed set covers the
 * write-ahead segments (afterSegment, throughSegment]; when memory runs short while the database is
 * away its samples are dropped from memory and read back from those segments for the commit. The
 * monitor of this object also orders write-ahead appends against rotations (see {@link
 * HistoryWriter}).
 */
final class OpenChunks implements OpenSamples {
    /** A sealed set; {@code columns} is null when its samples are on disk only. */
    record Sealed(long afterSegment, long throughSegment, OpenColumns columns, int samples) {
        /**
         * The samples by tag, for the commit (null when on disk only); see {@link
         * OpenColumns#byTag}.
         */
        Map<String, List<Sample>> byTag() {
            return columns == null ? null : columns.byTag();
        }
    }

    private OpenColumns open = new OpenColumns();
    private int openCount;
    private int sealedInMemory;
    private final ArrayDeque<Sealed> sealed = new ArrayDeque<>();

    synchronized void add(List<Sample> batch) {
        add(batch, null, 0);
    }

    /**
     * {@link #add(List)} with the samples' numbers in a log segment's dictionary (see {@link
     * OpenColumns#add(List, int[], long)}).
     */
    synchronized void add(List<Sample> batch, int[] logNumbers, long segment) {
        open.add(batch, logNumbers, segment);
        openCount += batch.size();
    }

    synchronized int openCount() {
        return openCount;
    }

    /** Samples in memory, open and sealed. */
    synchronized int inMemory() {
        return openCount + sealedInMemory;
    }

    synchronized boolean hasSealed() {
        return !sealed.isEmpty();
    }

    synchronized int diskOnly() {
        int n = 0;
        for (Sealed s : sealed) if (s.columns() == null) n++;
        return n;
    }

    /** Moves the open samples into a sealed set covering (afterSegment, throughSegment]. */
    synchronized void seal(long afterSegment, long throughSegment) {
        sealed.add(new Sealed(afterSegment, throughSegment, open, openCount));
        sealedInMemory += openCount;
        open = new OpenColumns();
        openCount = 0;
    }

    synchronized Sealed oldest() {
        return sealed.peekFirst();
    }

    /**
     * Removes the oldest sealed set, committed as {@code s} (it may have been dropped to disk
     * meanwhile).
     */
    synchronized void committed(Sealed s) {
        Sealed first = sealed.peekFirst();
        if (first == null || first.throughSegment() != s.throughSegment()) {
            throw new IllegalStateException("sealed sets commit in order");
        }
        sealed.removeFirst();
        if (first.columns() != null) sealedInMemory -= first.samples();
    }

    /**
     * Drops sealed sets from memory, oldest first, until at most {@code max} samples are held;
     * returns how many.
     */
    synchronized int dropToDisk(long max) {
        int dropped = 0;
        List<Sealed> all = new ArrayList<>(sealed);
        sealed.clear();
        for (Sealed s : all) {
            if (s.columns() != null && openCount + sealedInMemory > max) {
                sealedInMemory -= s.samples();
                dropped += s.samples();
                sealed.add(new Sealed(s.afterSegment(), s.throughSegment(), null, s.samples()));
            } else {
                sealed.add(s);
            }
        }
        return dropped;
    }

    @Override
    public synchronized List<Sample> samples(String tagId, long fromMs, long toMs) {
        List<Sample> out = new ArrayList<>();
        for (Sealed s : sealed)
            if (s.columns() != null) out.addAll(s.columns().samples(tagId, fromMs, toMs));
        out.addAll(open.samples(tagId, fromMs, toMs));
        return out;
    }

    @Override
    public synchronized Sample latest(String tagId, long fromMs, long toMs) {
        Sample best = null;
        for (Sealed s : sealed) // oldest first: of equal times the later set wins
        if (s.columns() != null) best = later(best, s.columns().latest(tagId, fromMs, toMs));
        return later(best, open.latest(tagId, fromMs, toMs));
    }

    private static Sample later(Sample best, Sample candidate) {
        return candidate != null
                        && (best == null || candidate.sourceTimeMs() >= best.sourceTimeMs())
                ? candidate
                : best;
    }
}
