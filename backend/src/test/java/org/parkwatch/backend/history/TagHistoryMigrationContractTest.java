package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;

/**
 * A database filled the way the previous version wrote tag_history (migration V5 layout) is
 * converted into chunks; the trend answers are the same as the old SQL trend query gave before the
 * conversion.
 */
abstract class TagHistoryMigrationContractTest {
    static final long DAY = 86_400_000L;
    static final long DAY0 = Math.floorDiv(System.currentTimeMillis(), DAY) * DAY - 3 * DAY;

    @TempDir Path dir;

    protected abstract DatabaseOptions newDatabase(Path dir) throws Exception;

    @Test
    void oldRowsBecomeChunksWithTheSameTrends() throws Exception {
        try (Database db = Database.open(newDatabase(dir))) {
            List<Sample> rows = new ArrayList<>();
            for (int d = 0; d < 2; d++) {
                for (int i = 0; i < 2_000; i++) {
                    long t = DAY0 + d * DAY + i * 30_000L;
                    rows.add(
                            Sample.of(
                                    "E01.TK101.LT",
                                    Math.round(Math.sin(i / 50.0) * 1000) / 100.0,
                                    t));
                    rows.add(new Sample("E01.PV1.OPEN", i % 300 < 150, t, 0));
                }
            }
            rows.add(new Sample("E01.PV1.MODE", "AUTO", DAY0 + 5, 0));
            rows.add(new Sample("E01.PV1.MODE", null, DAY0 + 6, Sample.BAD_NO_COMMUNICATION));
            insertOldRows(db, rows);
            Trend before = oldTrend(db, "E01.TK101.LT", DAY0, DAY0 + 2 * DAY, 96);
            Trend beforeBool = oldTrend(db, "E01.PV1.OPEN", DAY0, DAY0 + DAY, 24);

            HistoryRepository repo = new HistoryRepository(db);
            TagHistoryMigration migration = new TagHistoryMigration(db, repo);
            assertEquals(2, migration.migrateAll());
            assertEquals(2, migration.progress()[0]);

            HistoryTrends.assertSame(before, repo.trend("E01.TK101.LT", DAY0, DAY0 + 2 * DAY, 96));
            HistoryTrends.assertSame(beforeBool, repo.trend("E01.PV1.OPEN", DAY0, DAY0 + DAY, 24));
            assertEquals(
                    List.of(
                            new Sample("E01.PV1.MODE", "AUTO", DAY0 + 5, 0),
                            new Sample(
                                    "E01.PV1.MODE", null, DAY0 + 6, Sample.BAD_NO_COMMUNICATION)),
                    repo.raw("E01.PV1.MODE", DAY0, DAY0 + DAY, 10));
            assertEquals(rows.size(), repo.usage().samples());
            assertEquals(
                    0L,
                    count(db, "SELECT COUNT(*) FROM tag_history"),
                    "old rows dropped after verification");
            assertEquals(0, migration.migrateAll(), "a second start has nothing to convert");
        }
    }

    /**
     * What the previous HistoryRepository wrote: day partitions on PostgreSQL,
     * value/value_text/status columns.
     */
    static void insertOldRows(Database db, List<Sample> rows) throws Exception {
        db.inTransaction(
                c -> {
                    if (db.dialect() == Dialect.POSTGRESQL) {
                        try (Statement st = c.createStatement()) {
                            for (long d = DAY0 / DAY; d < DAY0 / DAY + 2; d++) {
                                st.execute(
                                        "CREATE TABLE tag_history_p"
                                                + LocalDate.ofEpochDay(d)
                                                        .toString()
                                                        .replace("-", "")
                                                + " PARTITION OF tag_history FOR VALUES FROM ("
                                                + d * DAY
                                                + ") TO ("
                                                + (d + 1) * DAY
                                                + ")");
                            }
                        }
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO tag_history (tag_id, ts, value, value_text, status) VALUES (?, ?, ?, ?, ?)")) {
                        for (Sample s : rows) {
                            ps.setString(1, s.tagId());
                            ps.setLong(2, s.sourceTimeMs());
                            Object v = s.value();
                            if (v instanceof String || v == null) ps.setNull(3, Types.DOUBLE);
                            else ps.setDouble(3, s.numeric());
                            if (v instanceof Double || v == null) ps.setNull(4, Types.VARCHAR);
                            else ps.setString(4, v.toString());
                            ps.setLong(5, s.status());
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    return null;
                });
    }

    /**
     * The previous version's trend query, verbatim in substance (GROUP BY bucket; last by the
     * latest timestamp).
     */
    static Trend oldTrend(Database db, String tag, long from, long to, int buckets)
            throws Exception {
        long bucketMs = Math.max(1, Math.floorDiv(to - from + buckets - 1, buckets));
        String sql =
                "SELECT a.b, a.mn, a.mx, a.av, a.n, (SELECT h.value FROM tag_history h WHERE h.tag_id = ?"
                        + " AND h.ts = a.lt AND h.value IS NOT NULL LIMIT 1) FROM ("
                        + " SELECT r.b, MIN(r.value) AS mn, MAX(r.value) AS mx, AVG(r.value) AS av, COUNT(*) AS n,"
                        + " MAX(r.ts) AS lt FROM (SELECT (ts - CAST(? AS BIGINT)) / CAST(? AS BIGINT) AS b, ts, value"
                        + " FROM tag_history WHERE tag_id = ? AND ts >= ? AND ts < ? AND value IS NOT NULL) r GROUP BY r.b"
                        + ") a ORDER BY a.b";
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setString(1, tag);
                        ps.setLong(2, from);
                        ps.setLong(3, bucketMs);
                        ps.setString(4, tag);
                        ps.setLong(5, from);
                        ps.setLong(6, to);
                        List<Trend.Point> points = new ArrayList<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                points.add(
                                        new Trend.Point(
                                                from + rs.getLong(1) * bucketMs,
                                                rs.getDouble(2),
                                                rs.getDouble(3),
                                                rs.getDouble(4),
                                                rs.getDouble(6),
                                                rs.getLong(5)));
                            }
                        }
                        return new Trend(tag, from, to, bucketMs, points);
                    }
                });
    }

    static long count(Database db, String sql) throws Exception {
        return db.withConnection(
                c -> {
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery(sql)) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** Trend equality: same buckets and counts, values equal (means to rounding). */
    static final class HistoryTrends {
        static void assertSame(Trend expected, Trend actual) {
            assertEquals(expected.bucketMs(), actual.bucketMs());
            assertEquals(expected.points().size(), actual.points().size());
            for (int i = 0; i < expected.points().size(); i++) {
                Trend.Point e = expected.points().get(i), a = actual.points().get(i);
                assertEquals(e.t(), a.t());
                assertEquals(e.n(), a.n());
                assertEquals(e.min(), a.min(), 0);
                assertEquals(e.max(), a.max(), 0);
                assertEquals(e.last(), a.last(), 0);
                assertEquals(e.avg(), a.avg(), 1e-9);
            }
        }
    }
}
