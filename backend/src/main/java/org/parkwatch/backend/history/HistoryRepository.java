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
        int n =
                db.inTransaction(
                        c -> {
                            if (walId != null && chunks.lockCheckpoint(c, walId) >= segment) {
                                return 0; // committed before: the reply was lost, not the commit
                            }
                            int written = chunks.insert(c, byTag);
                            rollups.fold(c, byTag);
                            if (walId != null) chunks.setCheckpoint(c, walId, segment);
                            return written;
                        });
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
        int n = chunks.insert(c, byTag);
        rollups.fold(c, byTag);
        return n;
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
        return trend.build(tagId);
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
     */
    public Map<String, Sample> valueAt(Collection<String> tags, long atMs) throws SQLException {
        Map<String, Sample> out = new HashMap<>();
        db.withConnection(
                c -> {
                    if (db.dialect() == Dialect.POSTGRESQL) {
                        keepLatest(
                                out,
                                chunks.latestChunks(c, tags, atMs - VALUE_AT_LOOKBACK_MS, atMs),
                                atMs);
                        return null;
                    }
                    long window = ChunkRepository.windowOf(atMs);
                    keepLatest(out, chunks.chunksOf(c, tags, window, atMs), atMs);
                    for (String tag : tags) {
                        if (out.containsKey(tag)) continue;
                        long latest =
                                latestChunkStart(c, tag, atMs - VALUE_AT_LOOKBACK_MS, window - 1);
                        if (latest == Long.MIN_VALUE) continue;
                        long w = ChunkRepository.windowOf(latest);
                        for (ChunkRepository.Stored s :
                                chunks.chunksOf(
                                        c, List.of(tag), w, w + ChunkRepository.WINDOW_MS - 1)) {
                            keepLatest(out, s, atMs);
                        }
                    }
                    return null;
                });
        for (String tag : tags) {
            for (Sample s : open.samples(tag, atMs - VALUE_AT_LOOKBACK_MS, atMs + 1)) {
                Sample have = out.get(tag);
                if (have == null || s.sourceTimeMs() >= have.sourceTimeMs()) out.put(tag, s);
            }
        }
        return out;
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
        return compacted
                + db.inTransaction(
                        c ->
                                chunks.deleteBefore(c, nowMs - rawDays * DAY_MS)
                                        + rollups.deleteBefore(
                                                c, RollupTier.MINUTE, nowMs - minuteDays * DAY_MS)
                                        + rollups.deleteBefore(
                                                c, RollupTier.HOUR, nowMs - hourDays * DAY_MS));
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
