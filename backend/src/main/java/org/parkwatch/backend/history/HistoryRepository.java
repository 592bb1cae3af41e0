package org.parkwatch.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.codec.ChunkColumns;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;

/**
 * Tag history on PostgreSQL or H2GIS as compressed chunks ({@link ChunkRepository}) and rollups
 * ({@link RollupRepository}), merged with the samples the {@link HistoryWriter} holds open. Methods
 * block.
 */
public final class HistoryRepository {
    static final long DAY_MS = 86_400_000L;

    /**
     * How far back {@link #valueAt} looks for a tag that has been silent (reports on change only).
     */
    public static final long VALUE_AT_LOOKBACK_MS = 7 * DAY_MS;

    private final Database db;
    private final ChunkRepository chunks;
    private final RollupRepository rollups;
    private final ChunkDirectory directory = new ChunkDirectory();
    private volatile OpenSamples open = OpenSamples.NONE;

    public HistoryRepository(Database db) {
        this.db = db;
        this.chunks = new ChunkRepository(db.dialect());
        this.rollups = new RollupRepository(db.dialect());
    }

    /** Makes queries include the writer's not yet committed samples. */
    public void attach(OpenSamples openSamples) {
        this.open = openSamples;
    }

    Database database() {
        return db;
    }

    /**
     * Writes {@code samples} (any tags, any order) as new chunks and folds them into the rollups,
     * in one transaction.
     */
    public void write(List<Sample> samples) throws SQLException {
        if (samples.isEmpty()) return;
        commit(byTag(samples), null, 0);
    }

    static Map<String, List<Sample>> byTag(List<Sample> samples) {
        Map<String, List<Sample>> out = new LinkedHashMap<>();
        for (Sample s : samples) out.computeIfAbsent(s.tagId(), t -> new ArrayList<>()).add(s);
        return out;
    }

    /**
     * Commits chunks for {@code byTag}, their rollups and, when {@code walId} is given, the
     * write-ahead checkpoint {@code segment}, all in one transaction. Returns the number of chunks
     * written.
     *
     * <p>Idempotent per checkpoint (issue 19): a set whose {@code segment} the stored checkpoint
     * already covers is not written again. A connection cut after the database committed but before
     * the writer heard back (or while the driver reset the connection after the commit) makes the
     * writer retry a set that is stored; the checkpoint row, read under a lock in the same
     * transaction, says so.
     */
    int commit(Map<String, List<Sample>> byTag, String walId, long segment) throws SQLException {
        List<ChunkRepository.Key> keys = new ArrayList<>();
        int n =
                db.inTransaction(
                        c -> {
                            keys.clear(); // a retried transaction starts afresh
                            if (walId != null && chunks.lockCheckpoint(c, walId) >= segment) {
                                return 0; // committed before: the reply was lost, not the commit
                            }
                            int written = chunks.insert(c, byTag, keys);
                            rollups.fold(c, byTag);
                            if (walId != null) chunks.setCheckpoint(c, walId, segment);
                            return written;
                        });
        for (ChunkRepository.Key k : keys) directory.committed(k.tagId(), k.startMs(), k.endMs());
        if (walId != null && db.dialect() == Dialect.H2) {
            // H2 writes a commit to its file up to WRITE_DELAY (500 ms) later, so a kill -9 right
            // after it loses the commit; the log segments it covers are deleted next, so the
            // commit must be on disk first (PostgreSQL's commit already is). H2's CHECKPOINT SYNC
            // writes the data out and syncs it (H2 grammar, "CHECKPOINT SYNC").
            db.withConnection(
                    c -> {
                        try (var st = c.createStatement()) {
                            st.execute("CHECKPOINT SYNC");
                        }
                        return null;
                    });
        }
        return n;
    }

    /** Chunks and rollups for {@code byTag} inside the caller's transaction. */
    int commitIn(Connection c, Map<String, List<Sample>> byTag) throws SQLException {
        int n = chunks.insert(c, byTag, null);
        rollups.fold(c, byTag);
        return n;
    }

    /**
     * Tells the repository that these tags' chunks changed in a transaction of the caller's (see
     * {@link #commitIn}), after it committed: value-at forgets what it knew of their chunks.
     */
    void chunksChanged(Collection<String> tags) {
        directory.forget(tags);
    }

    long walCheckpoint(String walId) throws SQLException {
        return db.withConnection(c -> chunks.checkpoint(c, walId));
    }

    /**
     * Samples of {@code tagId} in [fromMs, toMs), sorted by time, one per timestamp; at most {@code
     * limit}.
     */
    public List<Sample> raw(String tagId, long fromMs, long toMs, int limit) throws SQLException {
        List<Sample> all =
                db.withConnection(
                        c -> {
                            List<Sample> out = new ArrayList<>();
                            for (ChunkRepository.Stored s : chunks.chunks(c, tagId, fromMs, toMs)) {
                                ChunkColumns col = ChunkCodec.columns(s.payload());
                                for (int i = col.firstAtOrAfter(fromMs);
                                        i < col.size() && col.time(i) < toMs;
                                        i++) {
                                    out.add(col.sample(tagId, i));
                                }
                            }
                            return out;
                        });
        all.addAll(open.samples(tagId, fromMs, toMs));
        List<Sample> merged = SampleMerge.merge(all);
        return merged.size() > limit ? merged.subList(0, limit) : merged;
    }

    /**
     * Source times of every stored copy of {@code tagId}'s samples in [fromMs, toMs), sorted, a
     * time stored twice listed twice (reads give one sample a time; audits such as the
     * fault-injection soak count the repeats).
     */
    public long[] storedTimes(String tagId, long fromMs, long toMs) throws SQLException {
        List<Long> all =
                db.withConnection(
                        c -> {
                            List<Long> out = new ArrayList<>();
                            for (ChunkRepository.Stored s : chunks.chunks(c, tagId, fromMs, toMs)) {
                                ChunkColumns col = ChunkCodec.columns(s.payload());
                                for (int i = col.firstAtOrAfter(fromMs);
                                        i < col.size() && col.time(i) < toMs;
                                        i++) out.add(col.time(i));
                            }
                            return out;
                        });
        for (Sample s : open.samples(tagId, fromMs, toMs)) all.add(s.sourceTimeMs());
        long[] times = all.stream().mapToLong(Long::longValue).toArray();
        java.util.Arrays.sort(times);
        return times;
    }

    /** Number of stored samples of a tag in [fromMs, toMs). */
    public long count(String tagId, long fromMs, long toMs) throws SQLException {
        return raw(tagId, fromMs, toMs, Integer.MAX_VALUE).size();
    }

    /**
     * The trend of {@code tagId} over [fromMs, toMs) in {@code buckets} equal buckets. Buckets of
     * ten hours or more come from the 1-hour rollups, of ten minutes or more from the 1-minute
     * rollups, and so do buckets that are whole tier buckets from a tier bucket's edge (see {@link
     * RollupTier#pick(long, long)}); the others from the raw samples.
     */
    public Trend trend(String tagId, long fromMs, long toMs, int buckets) throws SQLException {
        TrendBuilder trend = new TrendBuilder(fromMs, toMs, buckets);
        RollupTier tier = RollupTier.pick(fromMs, trend.bucketMs());
        if (tier == null) {
            rawTrend(tagId, fromMs, toMs, trend);
        } else {
            db.withConnection(
                    c -> {
                        rollups.addTo(c, tier, tagId, fromMs, toMs, trend);
                        return null;
                    });
            RollupBuckets recent = new RollupBuckets(tier);
            for (Sample s : SampleMerge.merge(open.samples(tagId, fromMs, toMs))) recent.add(s);
            recent.addTo(trend);
        }
        return trend.build(tagId, tier == null ? Trend.RAW : tier.label());
    }

    /**
     * A trend of at most {@code buckets} buckets, for display: {@link #trend} with the bucket count
     * {@link RollupTier#snap snapped} so that a rollup tier answers it exactly when that costs at
     * most 5 % of the buckets (a 24 h trend in 500 buckets comes back in 480 buckets of 3 minutes
     * from the 1-minute rollups, not from 86,400 raw samples). The answer's {@link Trend#tier()}
     * says which tier was read.
     */
    public Trend trendAtMost(String tagId, long fromMs, long toMs, int buckets)
            throws SQLException {
        return trend(tagId, fromMs, toMs, RollupTier.snap(fromMs, toMs, buckets));
    }

    /**
     * Feeds the raw samples to {@code trend} straight from the decoded columns when the chunks and
     * the open samples do not overlap in time (the usual case); otherwise through {@link #raw},
     * which merges repeated timestamps.
     */
    private void rawTrend(String tagId, long fromMs, long toMs, TrendBuilder trend)
            throws SQLException {
        List<ChunkColumns> cols =
                db.withConnection(
                        c ->
                                Decode.parallel(
                                        chunks.chunks(c, tagId, fromMs, toMs),
                                        s -> ChunkCodec.columns(s.payload())));
        List<Sample> recent = SampleMerge.merge(open.samples(tagId, fromMs, toMs));
        long prevEnd = Long.MIN_VALUE;
        boolean disjoint = true;
        for (ChunkColumns col : cols) {
            if (col.size() == 0) continue;
            disjoint &= col.time(0) > prevEnd;
            prevEnd = col.time(col.size() - 1);
        }
        if (!disjoint || !recent.isEmpty() && recent.get(0).sourceTimeMs() <= prevEnd) {
            for (Sample s : raw(tagId, fromMs, toMs, Integer.MAX_VALUE)) trend.add(s);
            return;
        }
        for (ChunkColumns col : cols) {
            for (int i = col.firstAtOrAfter(fromMs); i < col.size() && col.time(i) < toMs; i++) {
                trend.add(col.time(i), col.value(i));
            }
        }
        for (Sample s : recent) trend.add(s);
    }

    /**
     * For each of {@code tags}, its latest sample at or before {@code atMs} (within {@link
     * #VALUE_AT_LOOKBACK_MS}); tags without one are absent from the answer.
     *
     * <p>The chunks to read are taken from the {@link ChunkDirectory} (the keys of each tag's
     * chunks around the instant, loaded once by one read of keys, then kept up to date by the
     * commits): one fetch of exactly those chunks by key, decoded only up to the instant, on every
     * core (issue 13). A tag whose open (not yet committed) samples hold one at or before the
     * instant that is newer than every chunk it would read is answered from memory. Tags the
     * directory cannot answer for (silent for longer than what it loaded) are probed as before:
     * PostgreSQL's LATERAL probe of the index a tag, H2's range probes.
     */
    public Map<String, Sample> valueAt(Collection<String> tags, long atMs) throws SQLException {
        Map<String, Sample> out = new HashMap<>();
        long lookFrom = atMs - VALUE_AT_LOOKBACK_MS;
        Map<String, Sample> recent = new HashMap<>(); // each tag's latest open sample ≤ the instant
        for (String tag : tags) {
            Sample s = open.latest(tag, lookFrom, atMs + 1);
            if (s != null) recent.put(tag, s);
        }
        Map<String, long[]> needed = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        long[] latestEnd = new long[1];
        for (String tag : new java.util.LinkedHashSet<>(tags)) {
            long[] k = directory.neededAt(tag, atMs, lookFrom, latestEnd);
            Sample r = recent.get(tag);
            if (k == null) unknown.add(tag);
            else if (k.length > 0 && (r == null || latestEnd[0] >= r.sourceTimeMs()))
                needed.put(tag, k); // else an open sample is newer than what they hold
        }
        db.withConnection(
                c -> {
                    List<String> probe = unknown;
                    if (!unknown.isEmpty()) {
                        probe = loadKeys(c, unknown, atMs, lookFrom, needed);
                    }
                    keepLatest(out, chunks.byKeys(c, needed), atMs);
                    if (!probe.isEmpty()) probe(c, probe, atMs, out);
                    return null;
                });
        for (Sample s : recent.values()) {
            Sample have = out.get(s.tagId());
            if (have == null || s.sourceTimeMs() >= have.sourceTimeMs()) out.put(s.tagId(), s);
        }
        return out;
    }

    /**
     * Reads the chunk keys of {@code tags} from an hour before the instant's hour to two hours
     * after it (to the end when that reaches now: the commits keep it complete), hands them to the
     * directory, and adds what the tags need to {@code needed}. Returns the tags it still cannot
     * tell.
     */
    private List<String> loadKeys(
            Connection c, List<String> tags, long atMs, long lookFrom, Map<String, long[]> needed)
            throws SQLException {
        long lo = ChunkRepository.earliestStartFor(atMs) - ChunkRepository.READ_SPAN_MS;
        long hi = atMs + 2 * ChunkRepository.READ_SPAN_MS;
        if (hi >= System.currentTimeMillis()) hi = Long.MAX_VALUE;
        long mark = directory.mark();
        directory.load(chunks.keys(c, tags, lo, hi), lo, hi, mark);
        List<String> still = new ArrayList<>();
        for (String tag : tags) {
            long[] k = directory.neededAt(tag, atMs, lookFrom);
            if (k == null) still.add(tag);
            else if (k.length > 0) needed.put(tag, k);
        }
        return still;
    }

    /** Value-at of {@code tags} without the directory: index probes of the look-back. */
    private void probe(Connection c, List<String> tags, long atMs, Map<String, Sample> out)
            throws SQLException {
        if (db.dialect() == Dialect.POSTGRESQL) {
            keepLatest(out, chunks.latestChunks(c, tags, atMs - VALUE_AT_LOOKBACK_MS, atMs), atMs);
            return;
        }
        long window = ChunkRepository.windowOf(atMs);
        keepLatest(out, chunks.chunksOf(c, tags, window, atMs), atMs);
        for (String tag : tags) {
            if (out.containsKey(tag)) continue;
            long latest = latestChunkStart(c, tag, atMs - VALUE_AT_LOOKBACK_MS, window - 1);
            if (latest == Long.MIN_VALUE) continue;
            long w = ChunkRepository.windowOf(latest);
            for (ChunkRepository.Stored s :
                    chunks.chunksOf(c, List.of(tag), w, w + ChunkRepository.WINDOW_MS - 1)) {
                keepLatest(out, s, atMs);
            }
        }
    }

    private static void keepLatest(Map<String, Sample> out, ChunkRepository.Stored s, long atMs) {
        keep(out, ChunkCodec.lastAtOrBefore(s.tagId(), s.payload(), atMs));
    }

    /**
     * {@link #keepLatest(Map, ChunkRepository.Stored, long)} for many chunks: decoding is the CPU
     * part of a value-at over many tags, so it is spread over the cores (issue 13).
     */
    private static void keepLatest(
            Map<String, Sample> out, List<ChunkRepository.Stored> stored, long atMs) {
        List<Sample> found =
                Decode.parallel(
                        stored, s -> ChunkCodec.lastAtOrBefore(s.tagId(), s.payload(), atMs));
        for (Sample f : found) keep(out, f);
    }

    private static void keep(Map<String, Sample> out, Sample found) {
        if (found == null) return;
        Sample have = out.get(found.tagId());
        if (have == null || found.sourceTimeMs() >= have.sourceTimeMs())
            out.put(found.tagId(), found);
    }

    private static long latestChunkStart(Connection c, String tag, long fromMs, long toMs)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT MAX(start_ms) FROM history_chunk WHERE tag_id = ?"
                                + " AND start_ms >= ? AND start_ms <= ?")) {
            ps.setString(1, tag);
            ps.setLong(2, fromMs);
            ps.setLong(3, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Long.MIN_VALUE : v;
            }
        }
    }

    /**
     * Retention: merges the rollup rows of recent chunks (see {@link RollupRepository#compact}),
     * drops raw chunks older than {@code rawDays} and rollup chunks older than their tier's days,
     * before {@code nowMs}. Returns the number of rows removed.
     */
    public long maintain(long nowMs, int rawDays, int minuteDays, int hourDays)
            throws SQLException {
        long compacted = 0;
        for (RollupTier tier : RollupTier.values()) {
            compacted += db.inTransaction(c -> rollups.compact(c, tier, nowMs - 2 * tier.chunkMs));
        }
        long deleted =
                db.inTransaction(
                        c ->
                                chunks.deleteBefore(c, nowMs - rawDays * DAY_MS)
                                        + rollups.deleteBefore(
                                                c, RollupTier.MINUTE, nowMs - minuteDays * DAY_MS)
                                        + rollups.deleteBefore(
                                                c, RollupTier.HOUR, nowMs - hourDays * DAY_MS));
        directory.clear(); // chunks were deleted: value-at reads the keys afresh
        return compacted + deleted;
    }

    /** {@link #maintain(long, int, int, int)} with the default rollup retention. */
    public long maintain(long nowMs, int rawDays) throws SQLException {
        return maintain(
                nowMs,
                rawDays,
                HistoryOptions.DEFAULT_MINUTE_DAYS,
                HistoryOptions.DEFAULT_HOUR_DAYS);
    }

    /** Disk and content figures (see {@link HistoryUsage}). */
    public HistoryUsage usage() throws SQLException {
        return db.withConnection(c -> HistoryUsage.measure(c, db.dialect(), chunks.totals(c)));
    }
}
