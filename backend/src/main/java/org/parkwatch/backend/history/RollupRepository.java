package org.parkwatch.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.history.codec.RollupBucket;
import org.parkwatch.backend.history.codec.RollupCodec;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;

/**
 * SQL of {@code history_rollup}: rollup chunks keyed by (tier, tag, chunk start). New samples are
 * appended as rows of partial buckets (binary COPY on PostgreSQL), never read back in the commit: a
 * row a tag, tier and chunk per checkpoint. Readers merge the rows of one key (every aggregate of a
 * bucket is associative); {@link #compact} merges them into one row during maintenance.
 */
final class RollupRepository {
    private static final String COLUMNS = "tier, tag_id, start_ms, bucket_count, payload";

    /**
     * About a rollup row's bytes in a binary COPY (fields, tag, a few partial buckets): the COPY
     * buffer starts at that times the rows.
     */
    private static final long ROW_BYTES_GUESS = 160;

    private final Dialect dialect;

    RollupRepository(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Appends {@code byTag}'s samples to both tiers as partial buckets. */
    void fold(Connection c, Map<String, List<Sample>> byTag) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Sample>> e : byTag.entrySet()) {
            List<RollupBucket> minutes =
                    e.getValue() instanceof TagColumns cols // no sample objects
                            ? RollupBuckets.of(RollupTier.MINUTE, cols.sorted())
                            : RollupBuckets.of(RollupTier.MINUTE, e.getValue());
            List<RollupBucket> hours = RollupBuckets.coarsen(RollupTier.HOUR, minutes);
            add(rows, RollupTier.MINUTE, e.getKey(), minutes);
            add(rows, RollupTier.HOUR, e.getKey(), hours);
        }
        insert(c, rows);
    }

    private static void add(
            List<Row> rows, RollupTier tier, String tag, List<RollupBucket> buckets) {
        if (buckets.isEmpty()) return;
        long first = tier.chunkOf(buckets.get(0).startMs());
        if (first == tier.chunkOf(buckets.get(buckets.size() - 1).startMs())) {
            rows.add(new Row(tier, tag, first, buckets)); // the usual case: one chunk
            return;
        }
        RollupBuckets.byChunk(tier, buckets)
                .forEach((start, list) -> rows.add(new Row(tier, tag, start, list)));
    }

    /** One stored rollup row. */
    private record Row(RollupTier tier, String tagId, long startMs, List<RollupBucket> buckets) {}

    private void insert(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) return;
        if (dialect == Dialect.POSTGRESQL) {
            PgCopy copy = new PgCopy(rows.size() * ROW_BYTES_GUESS);
            for (Row r : rows) {
                copy.row(5)
                        .int2(r.tier().code)
                        .text(r.tagId())
                        .int8(r.startMs())
                        .int4(r.buckets().size())
                        .bytes(RollupCodec.encode(r.buckets()));
            }
            copy.send(c, "COPY history_rollup (" + COLUMNS + ") FROM STDIN (FORMAT binary)");
            return;
        }
        try (PreparedStatement ps =
                c.prepareStatement(
                        "INSERT INTO history_rollup (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                ps.setInt(1, r.tier().code);
                ps.setString(2, r.tagId());
                ps.setLong(3, r.startMs());
                ps.setInt(4, r.buckets().size());
                ps.setBytes(5, RollupCodec.encode(r.buckets()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Merges the rows of each (tag, chunk) of {@code tier} whose chunk starts at or after {@code
     * sinceMs} and has more than one row into one row. Rows are deleted and read in one statement,
     * so a row appended meanwhile by another transaction is left alone, not lost. Returns the
     * number of rows removed.
     */
    synchronized long compact(Connection c, RollupTier tier, long sinceMs) throws SQLException {
        List<Long> starts = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT start_ms FROM history_rollup WHERE tier = ? AND start_ms >= ?"
                                + " GROUP BY start_ms HAVING COUNT(*) > COUNT(DISTINCT tag_id)")) {
            ps.setInt(1, tier.code);
            ps.setLong(2, tier.chunkOf(sinceMs));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) starts.add(rs.getLong(1));
            }
        }
        long removed = 0;
        for (long start : starts) {
            String delete = "DELETE FROM history_rollup WHERE tier = ? AND start_ms = ?";
            String sql =
                    dialect == Dialect.POSTGRESQL
                            ? delete + " RETURNING tag_id, payload"
                            : "SELECT tag_id, payload FROM OLD TABLE (" + delete + ")";
            Map<String, RollupBuckets> merged = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, tier.code);
                ps.setLong(2, start);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        removed++;
                        merged.computeIfAbsent(rs.getString(1), t -> new RollupBuckets(tier))
                                .mergeAll(RollupCodec.decode(rs.getBytes(2)));
                    }
                }
            }
            List<Row> rows = new ArrayList<>();
            merged.forEach((tag, b) -> rows.add(new Row(tier, tag, start, b.byChunk().get(start))));
            insert(c, rows);
            removed -= rows.size();
        }
        return removed;
    }

    /** Adds the buckets of {@code tagId} starting in [fromMs, toMs) to {@code trend}. */
    void addTo(
            Connection c, RollupTier tier, String tagId, long fromMs, long toMs, TrendBuilder trend)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT payload FROM history_rollup WHERE tier = ?"
                                + " AND tag_id = ? AND start_ms >= ? AND start_ms < ? ORDER BY start_ms")) {
            ps.setInt(1, tier.code);
            ps.setString(2, tagId);
            ps.setLong(3, tier.chunkOf(fromMs));
            ps.setLong(4, toMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (RollupBucket b : RollupCodec.decode(rs.getBytes(1)))
                        RollupBuckets.addTo(trend, b);
                }
            }
        }
    }

    /** Deletes rollup chunks of {@code tier} that end before {@code beforeMs}. */
    long deleteBefore(Connection c, RollupTier tier, long beforeMs) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM history_rollup WHERE tier = ? AND start_ms < ?")) {
            ps.setInt(1, tier.code);
            ps.setLong(2, beforeMs - tier.chunkMs + 1);
            return ps.executeUpdate();
        }
    }
}
