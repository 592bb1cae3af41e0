package org.parkwatch.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.history.codec.EncodedChunk;
import org.parkwatch.backend.history.codec.SampleArrays;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;

/**
 * SQL of the raw chunk table {@code history_chunk} and of the write-ahead checkpoint. Chunks never
 * cross a {@link #WINDOW_MS} boundary, and no version wrote chunks longer than {@link
 * #READ_SPAN_MS}: that bounds how far before a range's start an overlapping chunk can begin, so
 * range reads use the (tag_id, start_ms) index with both ends bounded. Methods take the caller's
 * connection (the caller owns the transaction) and block.
 */
final class ChunkRepository {
    /**
     * A chunk holds samples of one tag within ten minutes of UTC: the history writer's default
     * checkpoint ({@link HistoryOptions#DEFAULT_CHECKPOINT_MS}), so a bulk write (the migration, a
     * replay) stores what the writer stores. A value-at reads one chunk a tag and decodes it up to
     * the instant: with hour chunks that was six times the bytes and samples (issue 13, value-at of
     * 1,000 tags); ten-minute chunks cost about 0.1–0.25 bytes a sample more in row overhead.
     */
    static final long WINDOW_MS = 600_000L;

    /**
     * The longest span of a stored chunk: earlier versions wrote chunks of one UTC hour, and reads
     * still find them.
     */
    static final long READ_SPAN_MS = 3_600_000L;

    /** A stored chunk's payload and the tag it belongs to. */
    record Stored(String tagId, long startMs, byte[] payload) {}

    /** The key and end of a chunk written by {@link #insert}. */
    record Key(String tagId, long startMs, long endMs) {}

    /** A chunk row's bytes in a binary COPY besides its tag's UTF-8 and its payload. */
    private static final int ROW_BYTES = 2 + 7 * 4 + 8 + 8 + 4 + 8 + 8;

    private final Dialect dialect;

    ChunkRepository(Dialect dialect) {
        this.dialect = dialect;
    }

    static long windowOf(long timeMs) {
        return Math.floorDiv(timeMs, WINDOW_MS) * WINDOW_MS;
    }

    /** The earliest start of a stored chunk that may hold {@code timeMs}. */
    static long earliestStartFor(long timeMs) {
        return Math.floorDiv(timeMs, READ_SPAN_MS) * READ_SPAN_MS;
    }

    /**
     * Encodes {@code byTag} (any order) into one chunk per tag and hour and inserts them: by binary
     * COPY on PostgreSQL, by one batched statement on H2. Returns the number of chunks written;
     * when {@code written} is given, adds each chunk's key to it.
     */
    int insert(Connection c, Map<String, List<Sample>> byTag, List<Key> written)
            throws SQLException {
        if (dialect == Dialect.POSTGRESQL) return copy(c, byTag, written);
        int chunks = 0;
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO history_chunk (tag_id, start_ms, end_ms, "
                                + "sample_count, min_value, max_value, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, List<EncodedChunk>> e : encodeAll(byTag)) {
                for (EncodedChunk chunk : e.getValue()) {
                    ps.setString(1, e.getKey());
                    ps.setLong(2, chunk.header().startMs());
                    ps.setLong(3, chunk.header().endMs());
                    ps.setInt(4, chunk.header().count());
                    setDouble(ps, 5, chunk.header().min());
                    setDouble(ps, 6, chunk.header().max());
                    ps.setBytes(7, chunk.payload());
                    ps.addBatch();
                    chunks++;
                    if (written != null) written.add(keyOf(e.getKey(), chunk));
                }
            }
            if (chunks > 0) ps.executeBatch();
        }
        return chunks;
    }

    /**
     * Each tag's chunks (one a {@link #WINDOW_MS} window), encoded on every core: encoding is most
     * of a commit's CPU, and the commit runs in the writer's thread, off the event loop.
     */
    private static List<Map.Entry<String, List<EncodedChunk>>> encodeAll(
            Map<String, List<Sample>> byTag) {
        return Decode.parallel(
                new ArrayList<>(byTag.entrySet()),
                e -> {
                    List<EncodedChunk> out = new ArrayList<>(1);
                    if (e.getValue() instanceof TagColumns cols) { // no sample objects
                        for (SampleArrays w : byWindow(cols.sorted()))
                            out.add(ChunkCodec.encode(w));
                    } else {
                        for (List<Sample> w : byWindow(e.getValue()).values())
                            out.add(ChunkCodec.encode(w));
                    }
                    return Map.entry(e.getKey(), out);
                });
    }

    /** Time-ordered columns split at {@link #WINDOW_MS} boundaries (usually one slice). */
    static List<SampleArrays> byWindow(SampleArrays a) {
        if (a.size() == 0) return List.of();
        long[] t = a.times();
        if (windowOf(t[a.from()]) == windowOf(t[a.to() - 1])) return List.of(a);
        List<SampleArrays> out = new ArrayList<>();
        int lo = a.from();
        for (int i = lo + 1; i < a.to(); i++) {
            if (windowOf(t[i]) != windowOf(t[lo])) {
                out.add(a.slice(lo, i));
                lo = i;
            }
        }
        out.add(a.slice(lo, a.to()));
        return out;
    }

    private static Key keyOf(String tagId, EncodedChunk chunk) {
        return new Key(tagId, chunk.header().startMs(), chunk.header().endMs());
    }

    private int copy(Connection c, Map<String, List<Sample>> byTag, List<Key> written)
            throws SQLException {
        List<Map.Entry<String, List<EncodedChunk>>> encoded = encodeAll(byTag);
        long bytes = 0;
        for (Map.Entry<String, List<EncodedChunk>> e : encoded) {
            for (EncodedChunk chunk : e.getValue())
                bytes += ROW_BYTES + e.getKey().length() * 3L + chunk.payload().length;
        }
        PgCopy rows = new PgCopy(bytes);
        for (Map.Entry<String, List<EncodedChunk>> e : encoded) {
            for (EncodedChunk chunk : e.getValue()) {
                rows.row(7)
                        .text(e.getKey())
                        .int8(chunk.header().startMs())
                        .int8(chunk.header().endMs())
                        .int4(chunk.header().count())
                        .float8OrNull(chunk.header().min())
                        .float8OrNull(chunk.header().max())
                        .bytes(chunk.payload());
                if (written != null) written.add(keyOf(e.getKey(), chunk));
            }
        }
        rows.send(
                c,
                "COPY history_chunk (tag_id, start_ms, end_ms, sample_count, min_value, max_value,"
                        + " payload) FROM STDIN (FORMAT binary)");
        return rows.rows();
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v)) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    static Map<Long, List<Sample>> byWindow(List<Sample> samples) {
        if (samples instanceof TagColumns) samples = new ArrayList<>(samples); // made once here
        if (samples.isEmpty()
                || windowOf(samples.get(0).sourceTimeMs())
                        == windowOf(samples.get(samples.size() - 1).sourceTimeMs())) {
            boolean one = true; // the usual case: every sample in one hour, no copy
            long w = samples.isEmpty() ? 0 : windowOf(samples.get(0).sourceTimeMs());
            for (int i = 1; i < samples.size() - 1 && one; i++)
                one = windowOf(samples.get(i).sourceTimeMs()) == w;
            if (one) return samples.isEmpty() ? Map.of() : Map.of(w, samples);
        }
        Map<Long, List<Sample>> out = new LinkedHashMap<>();
        for (Sample s : samples)
            out.computeIfAbsent(windowOf(s.sourceTimeMs()), w -> new ArrayList<>()).add(s);
        return out;
    }

    /** Chunks of {@code tagId} that may hold samples in [fromMs, toMs), by start time. */
    List<Stored> chunks(Connection c, String tagId, long fromMs, long toMs) throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT start_ms, payload FROM history_chunk WHERE tag_id = ?"
                                + " AND start_ms >= ? AND start_ms < ? AND end_ms >= ? ORDER BY start_ms")) {
            binaryResults(ps);
            ps.setString(1, tagId);
            ps.setLong(2, earliestStartFor(fromMs));
            ps.setLong(3, toMs);
            ps.setLong(4, fromMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Stored(tagId, rs.getLong(1), rs.getBytes(2)));
            }
        }
        return out;
    }

    /**
     * Chunks of any of {@code tags} that start in [fromMs, toMs], by tag then start time: one
     * execution of one statement a tag, each a range probe of the (tag_id, start_ms) index. (An IN
     * list of tags made H2 read every chunk of each tag, payload included, and filter the range
     * after: a value-at over 1,000 tags read all their chunks.)
     */
    List<Stored> chunksOf(Connection c, Collection<String> tags, long fromMs, long toMs)
            throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT start_ms, payload FROM history_chunk WHERE tag_id = ?"
                                + " AND start_ms >= ? AND start_ms <= ? ORDER BY start_ms")) {
            binaryResults(ps);
            ps.setLong(2, fromMs);
            ps.setLong(3, toMs);
            for (String tag : new java.util.TreeSet<>(tags)) {
                ps.setString(1, tag);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(new Stored(tag, rs.getLong(1), rs.getBytes(2)));
                }
            }
        }
        return out;
    }

    /**
     * PostgreSQL: for each of {@code tags}, the chunk that starts last in [fromMs, atMs] and every
     * chunk that overlaps it in time (chunks of later checkpoints may hold late samples), in one
     * statement: a LATERAL index probe on (tag_id, start_ms) per tag, not a scan of the look-back.
     */
    List<Stored> latestChunks(Connection c, Collection<String> tags, long fromMs, long atMs)
            throws SQLException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT c.tag_id, c.start_ms, c.payload FROM unnest(?::text[]) AS t(tag)"
                                + " CROSS JOIN LATERAL (SELECT h.start_ms FROM history_chunk h"
                                + " WHERE h.tag_id = t.tag COLLATE \"C\" AND h.start_ms <= ? AND h.start_ms >= ?"
                                + " ORDER BY h.start_ms DESC LIMIT 1) m"
                                + " JOIN history_chunk c ON c.tag_id = t.tag COLLATE \"C\""
                                + " AND c.start_ms >= m.start_ms - m.start_ms % "
                                + READ_SPAN_MS
                                + " AND c.start_ms <= ? AND c.end_ms >= m.start_ms")) {
            binaryResults(ps);
            ps.setArray(1, c.createArrayOf("text", tags.toArray()));
            ps.setLong(2, atMs);
            ps.setLong(3, fromMs);
            ps.setLong(4, atMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new Stored(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
            }
        }
        return out;
    }

    /**
     * The keys (start, end) of the chunks of each of {@code tags} that start in [fromMs, toMs]: tag
     * → {starts, ends}, every tag present (empty arrays for none). PostgreSQL: one statement over
     * an array of tags; H2: one index range probe a tag (see {@link #chunksOf}).
     */
    Map<String, long[][]> keys(Connection c, Collection<String> tags, long fromMs, long toMs)
            throws SQLException {
        Map<String, List<long[]>> found = new java.util.HashMap<>();
        for (String t : tags) found.put(t, new ArrayList<>(4));
        if (dialect == Dialect.POSTGRESQL) {
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "SELECT tag_id, start_ms, end_ms FROM history_chunk"
                                    + " WHERE tag_id = ANY(?::text[]) AND start_ms >= ? AND start_ms <= ?")) {
                ps.setArray(1, c.createArrayOf("text", found.keySet().toArray()));
                ps.setLong(2, fromMs);
                ps.setLong(3, toMs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<long[]> l = found.get(rs.getString(1));
                        if (l != null) l.add(new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
        } else {
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "SELECT start_ms, end_ms FROM history_chunk WHERE tag_id = ?"
                                    + " AND start_ms >= ? AND start_ms <= ?")) {
                ps.setLong(2, fromMs);
                ps.setLong(3, toMs);
                for (Map.Entry<String, List<long[]>> e : found.entrySet()) {
                    ps.setString(1, e.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next())
                            e.getValue().add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
        }
        Map<String, long[][]> out = new java.util.HashMap<>();
        for (Map.Entry<String, List<long[]>> e : found.entrySet()) {
            List<long[]> l = e.getValue();
            long[][] se = new long[2][l.size()];
            for (int i = 0; i < l.size(); i++) {
                se[0][i] = l.get(i)[0];
                se[1][i] = l.get(i)[1];
            }
            out.put(e.getKey(), se);
        }
        return out;
    }

    /**
     * The chunks with the given keys (tag → starts; two chunks of one tag and start both come
     * back). PostgreSQL: one statement joining the key arrays to the (tag_id, start_ms) index, so
     * the server reads exactly those rows; H2: one index probe a key.
     */
    List<Stored> byKeys(Connection c, Map<String, long[]> starts) throws SQLException {
        List<Stored> out = new ArrayList<>();
        int n = 0;
        for (long[] s : starts.values()) n += s.length;
        if (n == 0) return out;
        if (dialect == Dialect.POSTGRESQL) {
            Object[] tags = new Object[n];
            Object[] times = new Object[n];
            int i = 0;
            for (Map.Entry<String, long[]> e : starts.entrySet()) {
                for (long t : e.getValue()) {
                    tags[i] = e.getKey();
                    times[i++] = t;
                }
            }
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "SELECT h.tag_id, h.start_ms, h.payload FROM unnest(?::text[], ?::int8[])"
                                    + " AS k(tag, start_ms) JOIN history_chunk h"
                                    + " ON h.tag_id = k.tag COLLATE \"C\" AND h.start_ms = k.start_ms")) {
                binaryResults(ps);
                ps.setArray(1, c.createArrayOf("text", tags));
                ps.setArray(2, c.createArrayOf("int8", times));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.add(new Stored(rs.getString(1), rs.getLong(2), rs.getBytes(3)));
                }
            }
            return out;
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT payload FROM history_chunk WHERE tag_id = ? AND start_ms = ?")) {
            for (Map.Entry<String, long[]> e : starts.entrySet()) {
                ps.setString(1, e.getKey());
                for (long t : e.getValue()) {
                    ps.setLong(2, t);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) out.add(new Stored(e.getKey(), t, rs.getBytes(1)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * PostgreSQL: payloads in the binary protocol from the first execution. The driver otherwise
     * sends a statement's first executions on each pooled connection as text, and a bytea as text
     * is hex: twice the bytes, parsed on both sides.
     */
    private void binaryResults(PreparedStatement ps) throws SQLException {
        if (dialect == Dialect.POSTGRESQL)
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(-1);
    }

    /** Deletes chunks whose last sample is before {@code beforeMs}; returns the number deleted. */
    long deleteBefore(Connection c, long beforeMs) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM history_chunk WHERE end_ms < ?")) {
            ps.setLong(1, beforeMs);
            return ps.executeUpdate();
        }
    }

    /** The last committed write-ahead segment of {@code walId}, 0 when none. */
    long checkpoint(Connection c, String walId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT segment FROM history_wal_checkpoint WHERE wal_id = ?")) {
            ps.setString(1, walId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * {@link #checkpoint} inside the caller's transaction, with the row locked (PostgreSQL: FOR
     * UPDATE) so that no other commit of the same log interleaves; 0 when there is none yet.
     */
    long lockCheckpoint(Connection c, String walId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT segment FROM history_wal_checkpoint WHERE wal_id = ? FOR UPDATE")) {
            ps.setString(1, walId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    void setCheckpoint(Connection c, String walId, long segment) throws SQLException {
        String sql =
                dialect == Dialect.POSTGRESQL
                        ? "INSERT INTO history_wal_checkpoint (wal_id, segment) VALUES (?, ?) "
                                + "ON CONFLICT (wal_id) DO UPDATE SET segment = EXCLUDED.segment"
                        : "MERGE INTO history_wal_checkpoint (wal_id, segment) KEY (wal_id) VALUES (?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, walId);
            ps.setLong(2, segment);
            ps.executeUpdate();
        }
    }

    /** Chunks and samples stored: {chunks, samples}. */
    long[] totals(Connection c) throws SQLException {
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT COUNT(*), COALESCE(SUM(sample_count), 0) FROM history_chunk");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
