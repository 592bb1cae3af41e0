package org.parkwatch.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.history.codec.RollupBucket;
import org.parkwatch.backend.history.codec.RollupCodec;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;

/**
 * SQL of {@code history_rollup}: rollup chunks keyed by (tier, tag, chunk start). New samples are
 * folded in by read-merge-write inside the committing transaction; folds are serialised in this
 * process (one writer per database).
 */
final class RollupRepository {
    private final Dialect dialect;

    RollupRepository(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Folds {@code byTag}'s samples into both tiers. */
    synchronized void fold(Connection c, Map<String, List<Sample>> byTag) throws SQLException {
        for (RollupTier tier : RollupTier.values()) {
            // chunk start → tag → new buckets
            Map<Long, Map<String, RollupBuckets>> todo = new HashMap<>();
            for (Map.Entry<String, List<Sample>> e : byTag.entrySet()) {
                RollupBuckets b = new RollupBuckets(tier);
                for (Sample s : e.getValue()) b.add(s);
                b.byChunk()
                        .forEach(
                                (chunkStart, list) -> {
                                    RollupBuckets one = new RollupBuckets(tier);
                                    one.mergeAll(list);
                                    todo.computeIfAbsent(chunkStart, k -> new HashMap<>())
                                            .put(e.getKey(), one);
                                });
            }
            for (Map.Entry<Long, Map<String, RollupBuckets>> e : todo.entrySet()) {
                foldChunk(c, tier, e.getKey(), e.getValue());
            }
        }
    }

    private void foldChunk(
            Connection c, RollupTier tier, long chunkStart, Map<String, RollupBuckets> fresh)
            throws SQLException {
        List<String> tags = new ArrayList<>(fresh.keySet());
        for (int i = 0; i < tags.size(); i += ChunkRepository.IN_LIST) {
            List<String> part = tags.subList(i, Math.min(tags.size(), i + ChunkRepository.IN_LIST));
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "SELECT tag_id, payload FROM history_rollup WHERE tier = ?"
                                    + " AND start_ms = ? AND tag_id IN ("
                                    + String.join(",", Collections.nCopies(part.size(), "?"))
                                    + ")")) {
                ps.setInt(1, tier.code);
                ps.setLong(2, chunkStart);
                int k = 3;
                for (String t : part) ps.setString(k++, t);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        fresh.get(rs.getString(1)).mergeAll(RollupCodec.decode(rs.getBytes(2)));
                }
            }
        }
        String sql =
                dialect == Dialect.POSTGRESQL
                        ? "INSERT INTO history_rollup (tier, tag_id, start_ms, bucket_count, payload) VALUES (?, ?, ?, ?, ?)"
                                + " ON CONFLICT (tier, tag_id, start_ms) DO UPDATE SET bucket_count = EXCLUDED.bucket_count,"
                                + " payload = EXCLUDED.payload"
                        : "MERGE INTO history_rollup (tier, tag_id, start_ms, bucket_count, payload) KEY (tier, tag_id, start_ms)"
                                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, RollupBuckets> e : fresh.entrySet()) {
                List<RollupBucket> all = e.getValue().byChunk().get(chunkStart);
                ps.setInt(1, tier.code);
                ps.setString(2, e.getKey());
                ps.setLong(3, chunkStart);
                ps.setInt(4, all.size());
                ps.setBytes(5, RollupCodec.encode(all));
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
