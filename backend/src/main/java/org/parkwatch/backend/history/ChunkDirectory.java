package org.parkwatch.backend.history;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * In memory, per tag, the keys (start and end time) of its committed chunks from a known time on,
 * so that a value-at of many tags fetches exactly the chunks it needs, by key (issue 13: value-at
 * of 1,000 tags ≤ 50 ms; the LATERAL probe read every chunk of the hour to test its end time).
 *
 * <p>A tag's entry is <em>complete</em> over a span [from, to]: it holds every chunk of the tag
 * that starts in it. Entries are made by {@link #load} (the caller read the keys from the database)
 * and kept complete by {@link #committed} (the repository reports every chunk it commits, after the
 * commit). Keys from a load and from commits that raced it are merged; a key known twice is kept
 * once. Memory is bounded by {@link #MAX_KEYS}: beyond it the directory forgets everything and
 * loads again on demand (16 bytes a key: 4 million keys, 64 MB, hold e.g. six hours of 10-minute
 * chunks of 100,000 tags). Thread-safe.
 */
final class ChunkDirectory {
    /** Most chunk keys held before the directory is cleared. */
    static final int MAX_KEYS = 4_000_000;

    /** The committed chunks of one tag that start at or after {@code fromMs}, sorted by start. */
    private static final class TagChunks {
        final long fromMs;
        final long toMs;
        long[] starts = new long[8];
        long[] ends = new long[8];
        int n;

        TagChunks(long fromMs, long toMs) {
            this.fromMs = fromMs;
            this.toMs = toMs;
        }

        /** Adds a key in start order; false when it was known already. */
        boolean add(long start, long end) {
            int i = n;
            while (i > 0 && starts[i - 1] > start) i--;
            for (int j = i - 1; j >= 0 && starts[j] == start; j--) if (ends[j] == end) return false;
            if (n == starts.length) {
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            System.arraycopy(starts, i, starts, i + 1, n - i);
            System.arraycopy(ends, i, ends, i + 1, n - i);
            starts[i] = start;
            ends[i] = end;
            n++;
            return true;
        }
    }

    /**
     * Commits reported lately, so that a load can add those that its read did not see (committed in
     * the database after the read's snapshot, reported before the load registered).
     */
    static final int RECENT = 1 << 18;

    private final Map<String, TagChunks> byTag = new HashMap<>();
    private final String[] recentTag = new String[RECENT];
    private final long[] recentStart = new long[RECENT];
    private final long[] recentEnd = new long[RECENT];
    private long commits;
    private int keys;

    /**
     * Records a committed chunk, after its transaction committed. Tags without an entry are left
     * out (their earlier chunks are not known, so such an entry would not be complete anywhere).
     */
    synchronized void committed(String tagId, long startMs, long endMs) {
        int r = (int) (commits++ & (RECENT - 1));
        recentTag[r] = tagId;
        recentStart[r] = startMs;
        recentEnd[r] = endMs;
        add(byTag.get(tagId), startMs, endMs);
    }

    private void add(TagChunks t, long startMs, long endMs) {
        if (t != null && startMs >= t.fromMs && startMs <= t.toMs && t.add(startMs, endMs)) {
            grow(1);
        }
    }

    /** Forgets the tags (their chunks changed other than by {@link #committed}). */
    synchronized void forget(Iterable<String> tags) {
        for (String tag : tags) {
            TagChunks t = byTag.remove(tag);
            if (t != null) keys -= t.n;
        }
    }

    /** Forgets every tag (chunks were deleted). */
    synchronized void clear() {
        byTag.clear();
        keys = 0;
    }

    /** The mark to take before reading keys for {@link #load}. */
    synchronized long mark() {
        return commits;
    }

    /**
     * Adopts keys read from the database by a read that started after {@code mark} was taken: every
     * chunk that starts in [fromMs, toMs] of each tag of {@code read} (tag → {starts, ends}; a tag
     * without chunks there maps to empty arrays). Replaces the tags' entries.
     */
    synchronized void load(Map<String, long[][]> read, long fromMs, long toMs, long mark) {
        if (commits - mark > RECENT) return; // too many commits meanwhile to tell what it missed
        Map<String, TagChunks> fresh = new HashMap<>();
        for (Map.Entry<String, long[][]> e : read.entrySet()) {
            TagChunks t = new TagChunks(fromMs, toMs);
            long[] st = e.getValue()[0], en = e.getValue()[1];
            for (int i = 0; i < st.length; i++) t.add(st[i], en[i]);
            fresh.put(e.getKey(), t);
        }
        for (long c = mark; c < commits; c++) {
            int r = (int) (c & (RECENT - 1));
            TagChunks t = fresh.get(recentTag[r]);
            if (t != null && recentStart[r] >= fromMs && recentStart[r] <= toMs)
                t.add(recentStart[r], recentEnd[r]);
        }
        for (Map.Entry<String, TagChunks> e : fresh.entrySet()) {
            TagChunks old = byTag.put(e.getKey(), e.getValue());
            if (old != null) keys -= old.n;
            grow(e.getValue().n);
        }
    }

    /**
     * The chunks of {@code tagId} a value-at {@code atMs} must decode: the one that starts last at
     * or before the instant and those that overlap it (a later checkpoint's late samples), given
     * that no chunk is longer than {@link ChunkRepository#READ_SPAN_MS}. Null when the directory
     * cannot tell (no entry, or the answer may lie before what the entry knows); an empty array
     * when the tag has no chunk at or before the instant within {@code lookbackFromMs}.
     */
    synchronized long[] neededAt(String tagId, long atMs, long lookbackFromMs) {
        return neededAt(tagId, atMs, lookbackFromMs, null);
    }

    /**
     * {@link #neededAt(String, long, long)}; when {@code latestEnd} is given, its first element is
     * set to the latest end time of the chunks returned.
     */
    synchronized long[] neededAt(String tagId, long atMs, long lookbackFromMs, long[] latestEnd) {
        TagChunks t = byTag.get(tagId);
        if (t == null || atMs > t.toMs) return null;
        int lo = 0, hi = t.n; // first index whose start is after the instant
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.starts[mid] <= atMs) lo = mid + 1;
            else hi = mid;
        }
        int m = lo - 1;
        if (m < 0 || t.starts[m] < lookbackFromMs) {
            // nothing known at or before the instant: none exists only when the entry reaches back
            return t.fromMs <= lookbackFromMs ? new long[0] : null;
        }
        long mStart = t.starts[m];
        long earliest = ChunkRepository.earliestStartFor(mStart);
        if (earliest < t.fromMs) return null;
        long[] out = new long[2];
        int k = 0;
        long end = Long.MIN_VALUE;
        for (int i = m; i >= 0 && t.starts[i] >= earliest; i--) {
            if (i == m || t.starts[i] == mStart || t.ends[i] >= mStart) {
                // starts are sorted: a start known twice comes twice in a row
                if (k == 0 || out[k - 1] != t.starts[i]) {
                    if (k == out.length) out = Arrays.copyOf(out, k * 2);
                    out[k++] = t.starts[i];
                }
                end = Math.max(end, t.ends[i]);
            }
        }
        if (latestEnd != null) latestEnd[0] = end;
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private void grow(int added) {
        keys += added;
        if (keys > MAX_KEYS) clear();
    }

    /** Keys held (for tests and figures). */
    synchronized int size() {
        return keys;
    }
}
