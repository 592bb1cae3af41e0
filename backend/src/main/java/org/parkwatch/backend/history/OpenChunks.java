package org.parkwatch.backend.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.uplink.Sample;

/**
 * Samples accepted but not committed: the open set (filling; each tag's samples as {@link
 * TagColumns}) and sealed sets waiting for their commit, oldest first. A sealed set covers the
 * write-ahead segments (afterSegment, throughSegment]; when memory runs short while the database is
 * away its samples are dropped from memory and read back from those segments for the commit. The
 * monitor of this object also orders write-ahead appends against rotations (see {@link
 * HistoryWriter}).
 */
final class OpenChunks implements OpenSamples {
    /** A sealed set; {@code byTag} is null when its samples are on disk only. */
    record Sealed(
            long afterSegment, long throughSegment, Map<String, List<Sample>> byTag, int samples) {}

    private TagTable open = new TagTable();
    private int openCount;
    private int sealedInMemory;
    private final ArrayDeque<Sealed> sealed = new ArrayDeque<>();

    synchronized void add(List<Sample> batch) {
        // a batch usually holds runs of one tag (a bridge groups by server): one lookup a run
        TagColumns columns = null;
        String tag = null;
        for (int i = 0, n = batch.size(); i < n; i++) {
            Sample s = batch.get(i);
            if (columns == null || !s.tagId().equals(tag)) {
                tag = s.tagId();
                columns = open.columns(tag);
            }
            columns.add(s);
        }
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
        for (Sealed s : sealed) if (s.byTag() == null) n++;
        return n;
    }

    /** Moves the open samples into a sealed set covering (afterSegment, throughSegment]. */
    synchronized void seal(long afterSegment, long throughSegment) {
        sealed.add(new Sealed(afterSegment, throughSegment, open, openCount));
        sealedInMemory += openCount;
        open = new TagTable(open);
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
        if (first.byTag() != null) sealedInMemory -= first.samples();
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
            if (s.byTag() != null && openCount + sealedInMemory > max) {
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
            if (s.byTag() != null) collect(s.byTag().get(tagId), fromMs, toMs, out);
        collect(open.get(tagId), fromMs, toMs, out);
        return out;
    }

    @Override
    public synchronized Sample latest(String tagId, long fromMs, long toMs) {
        List<Sample> best = null; // the columns or list holding it, and its position
        int at = -1;
        long bestT = Long.MIN_VALUE;
        List<List<Sample>> holders = new ArrayList<>(sealed.size() + 1);
        for (Sealed s : sealed) if (s.byTag() != null) holders.add(s.byTag().get(tagId));
        holders.add(open.get(tagId));
        for (List<Sample> h : holders) { // oldest first: of equal times the later wins
            if (h == null) continue;
            for (int i = 0, n = h.size(); i < n; i++) {
                long t = h instanceof TagColumns cols ? cols.time(i) : h.get(i).sourceTimeMs();
                if (t >= fromMs && t < toMs && (best == null || t >= bestT)) {
                    best = h;
                    at = i;
                    bestT = t;
                }
            }
        }
        return best == null ? null : best.get(at);
    }

    private static void collect(List<Sample> samples, long fromMs, long toMs, List<Sample> out) {
        if (samples == null) return;
        if (samples instanceof TagColumns cols) { // make only the samples asked for
            for (int i = 0; i < cols.size(); i++) {
                long t = cols.time(i);
                if (t >= fromMs && t < toMs) out.add(cols.get(i));
            }
            return;
        }
        for (Sample s : samples)
            if (s.sourceTimeMs() >= fromMs && s.sourceTimeMs() < toMs) out.add(s);
    }
}
