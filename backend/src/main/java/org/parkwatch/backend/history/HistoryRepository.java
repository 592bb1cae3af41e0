package org.parkwatch.backend.history;

import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only place with SQL for tag history. PostgreSQL: rows go in through COPY (text format) into a table partitioned
 * by UTC day; partitions are created ahead and on demand, and retention drops whole partitions. H2: batched INSERT,
 * retention deletes rows. The trend query groups by bucket in SQL on both. Methods block.
 */
public final class HistoryRepository {
    static final long DAY_MS = 86_400_000L;
    /** Days of partitions created ahead of today (PostgreSQL). */
    static final int DAYS_AHEAD = 2;
    private static final DateTimeFormatter DAY_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Database db;
    private final Set<Long> knownDays = ConcurrentHashMap.newKeySet();

    public HistoryRepository(Database db) {
        this.db = db;
    }

    /** Writes {@code samples} in one transaction (all or none). */
    public void write(List<Sample> samples) throws SQLException {
        if (samples.isEmpty()) return;
        if (db.dialect() == Dialect.POSTGRESQL) {
            ensurePartitions(samples);
            db.withConnection(c -> {
                copy(c, samples);
                return null;
            });
        } else {
            db.inTransaction(c -> {
                insert(c, samples);
                return null;
            });
        }
    }

    /** Rows sorted by (tag, time) touch each index leaf once per batch instead of once per row. */
    private static final Comparator<Sample> INDEX_ORDER =
            Comparator.comparing(Sample::tagId).thenComparingLong(Sample::sourceTimeMs);

    private static void copy(Connection c, List<Sample> unsorted) throws SQLException {
        List<Sample> samples = new ArrayList<>(unsorted);
        samples.sort(INDEX_ORDER);
        StringBuilder text = new StringBuilder(samples.size() * 48);
        for (Sample s : samples) {
            escape(text, s.tagId()).append('\t').append(s.sourceTimeMs()).append('\t');
            Object v = s.value();
            if (v instanceof Double d) text.append(d).append("\t\\N");
            else if (v instanceof Boolean b) text.append(b ? "1" : "0").append('\t').append(b);
            else if (v instanceof String str) escape(text.append("\\N\t"), str);
            else text.append("\\N\t\\N");
            text.append('\t').append(s.status()).append('\n');
        }
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY tag_history (tag_id, ts, value, value_text, status) FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into tag_history failed: " + e.getMessage(), e);
        }
    }

    /** COPY text format escaping: backslash, tab, newline and carriage return. */
    private static StringBuilder escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }

    private static void insert(Connection c, List<Sample> samples) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tag_history (tag_id, ts, value, value_text, status) VALUES (?, ?, ?, ?, ?)")) {
            for (Sample s : samples) {
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
    }

    private void ensurePartitions(List<Sample> samples) throws SQLException {
        Set<Long> days = new TreeSet<>();
        for (Sample s : samples) {
            long day = Math.floorDiv(s.sourceTimeMs(), DAY_MS);
            if (!knownDays.contains(day)) days.add(day);
        }
        if (days.isEmpty()) return;
        db.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                for (long day : days) {
                    st.execute("CREATE TABLE IF NOT EXISTS " + partitionName(day) + " PARTITION OF tag_history "
                            + "FOR VALUES FROM (" + day * DAY_MS + ") TO (" + (day + 1) * DAY_MS + ")");
                    knownDays.add(day);
                }
            }
            return null;
        });
    }

    /**
     * Creates today's and the next {@value #DAYS_AHEAD} days' partitions and drops data older than
     * {@code retentionDays} before {@code nowMs}: whole day partitions on PostgreSQL, rows on H2.
     *
     * @return the number of partitions (PostgreSQL) or rows (H2) removed
     */
    public long maintain(long nowMs, int retentionDays) throws SQLException {
        long today = Math.floorDiv(nowMs, DAY_MS);
        long firstKeptDay = today - retentionDays;
        if (db.dialect() == Dialect.H2) {
            return db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM tag_history WHERE ts < ?")) {
                    ps.setLong(1, firstKeptDay * DAY_MS);
                    return (long) ps.executeUpdate();
                }
            });
        }
        List<Sample> markers = new ArrayList<>();
        for (long d = today; d <= today + DAYS_AHEAD; d++) markers.add(Sample.of("-", 0, d * DAY_MS));
        ensurePartitions(markers);
        return db.withConnection(c -> {
            long dropped = 0;
            for (String name : partitions(c)) {
                long day = LocalDate.parse(name.substring(name.length() - 8), DAY_SUFFIX).toEpochDay();
                if (day < firstKeptDay) {
                    try (Statement st = c.createStatement()) {
                        st.execute("DROP TABLE " + name);
                    }
                    knownDays.remove(day);
                    dropped++;
                }
            }
            return dropped;
        });
    }

    /** Names of the day partitions of tag_history (PostgreSQL). */
    public List<String> partitions(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_inherits i "
                + "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
                + "WHERE p.relname = 'tag_history' ORDER BY c.relname");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (name.matches("tag_history_p\\d{8}")) out.add(name);
            }
        }
        return out;
    }

    static String partitionName(long epochDay) {
        return "tag_history_p" + LocalDate.ofEpochDay(epochDay).format(DAY_SUFFIX);
    }

    /** Number of stored samples of a tag in [fromMs, toMs). */
    public long count(String tagId, long fromMs, long toMs) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM tag_history WHERE tag_id = ? AND ts >= ? AND ts < ?")) {
                ps.setString(1, tagId);
                ps.setLong(2, fromMs);
                ps.setLong(3, toMs);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * The trend of {@code tagId} over [fromMs, toMs) in {@code buckets} equal buckets (bucket width rounded up to a
     * whole millisecond), computed by the database: GROUP BY bucket for min/max/avg/count, and the value at the
     * bucket's latest timestamp.
     */
    public Trend trend(String tagId, long fromMs, long toMs, int buckets) throws SQLException {
        long bucketMs = Math.max(1, Math.floorDiv(toMs - fromMs + buckets - 1, buckets));
        // "last" by a correlated lookup per bucket (index on tag_id, ts): a join against the grouped derived table
        // makes H2 scan the derived table per history row.
        String sql = "SELECT a.b, a.mn, a.mx, a.av, a.n, (SELECT h.value FROM tag_history h WHERE h.tag_id = ?"
                + " AND h.ts = a.lt AND h.value IS NOT NULL LIMIT 1) AS last_value FROM ("
                + " SELECT r.b, MIN(r.value) AS mn, MAX(r.value) AS mx, AVG(r.value) AS av, COUNT(*) AS n,"
                + " MAX(r.ts) AS lt FROM (SELECT (ts - CAST(? AS BIGINT)) / CAST(? AS BIGINT) AS b, ts, value"
                + " FROM tag_history WHERE tag_id = ? AND ts >= ? AND ts < ? AND value IS NOT NULL) r GROUP BY r.b"
                + ") a ORDER BY a.b";
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tagId);
                ps.setLong(2, fromMs);
                ps.setLong(3, bucketMs);
                ps.setString(4, tagId);
                ps.setLong(5, fromMs);
                ps.setLong(6, toMs);
                List<Trend.Point> points = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long b = rs.getLong(1);
                        points.add(new Trend.Point(fromMs + b * bucketMs, rs.getDouble(2), rs.getDouble(3),
                                rs.getDouble(4), rs.getDouble(6), rs.getLong(5)));
                    }
                }
                return new Trend(tagId, fromMs, toMs, bucketMs, points);
            }
        });
    }
}
