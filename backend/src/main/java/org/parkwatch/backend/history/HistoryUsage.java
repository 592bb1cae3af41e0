package org.parkwatch.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.parkwatch.backend.platform.db.Dialect;

/**
 * What the history occupies: raw chunks and samples stored, disk bytes of the raw chunk table
 * (table, out-of-line storage and indexes) and of each rollup tier (the rollup table's bytes shared
 * out by payload size).
 */
public record HistoryUsage(
        long chunks, long samples, long rawBytes, long minuteBytes, long hourBytes) {

    /** Raw disk bytes per stored sample; NaN when nothing is stored. */
    public double bytesPerSample() {
        return samples == 0 ? Double.NaN : (double) rawBytes / samples;
    }

    static HistoryUsage measure(Connection c, Dialect dialect, long[] totals) throws SQLException {
        long raw = tableBytes(c, dialect, "history_chunk");
        long rollup = tableBytes(c, dialect, "history_rollup");
        long minutePayload = 0, hourPayload = 0;
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT tier, COALESCE(SUM(OCTET_LENGTH(payload)), 0) FROM history_rollup GROUP BY tier");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt(1) == RollupTier.MINUTE.code) minutePayload = rs.getLong(2);
                else hourPayload = rs.getLong(2);
            }
        }
        long payload = minutePayload + hourPayload;
        long minute = payload == 0 ? 0 : Math.round((double) rollup * minutePayload / payload);
        return new HistoryUsage(
                totals[0], totals[1], raw, minute, payload == 0 ? 0 : rollup - minute);
    }

    private static long tableBytes(Connection c, Dialect dialect, String table)
            throws SQLException {
        String sql =
                dialect == Dialect.POSTGRESQL
                        ? "SELECT pg_total_relation_size('" + table + "')"
                        : "SELECT DISK_SPACE_USED('"
                                + table.toUpperCase(java.util.Locale.ROOT)
                                + "')";
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
