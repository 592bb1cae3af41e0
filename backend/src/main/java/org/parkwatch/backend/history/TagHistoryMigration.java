package org.parkwatch.backend.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.parkwatch.backend.history.codec.ChunkCodec;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.Dialect;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts the row-per-sample table {@code tag_history} of earlier versions into chunks, one UTC
 * day at a time, in the background. For each day, the rows are read and encoded, every chunk is
 * decoded again and compared with the rows (verification), and then chunks, rollups and the
 * deletion of the day's rows are committed in one transaction. A crash therefore leaves each day
 * either old or converted, never both. Empty day partitions are dropped on PostgreSQL. Limit: one
 * day of rows must fit in memory.
 */
public final class TagHistoryMigration implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TagHistoryMigration.class);

    private final Database db;
    private final HistoryRepository repository;
    private final AtomicLong daysDone = new AtomicLong();
    private final AtomicLong daysTotal = new AtomicLong();
    private final AtomicLong samplesMoved = new AtomicLong();

    public TagHistoryMigration(Database db, HistoryRepository repository) {
        this.db = db;
        this.repository = repository;
    }

    /** Progress: days converted, days found at the start, samples moved. */
    public long[] progress() {
        return new long[] {daysDone.get(), daysTotal.get(), samplesMoved.get()};
    }

    @Override
    public void run() {
        try {
            migrateAll();
        } catch (Exception e) {
            LOG.warn(
                    "tag_history migration stopped after {} of {} days (will resume on the next start): {}",
                    daysDone.get(),
                    daysTotal.get(),
                    e.toString());
        }
    }

    /** Converts every day present; returns the number of days converted. */
    public long migrateAll() throws SQLException {
        List<Long> days = days();
        daysTotal.set(days.size());
        if (days.isEmpty()) return 0;
        LOG.info("tag_history migration: {} days to convert into chunks", days.size());
        for (long day : days) {
            int n = migrateDay(day);
            samplesMoved.addAndGet(n);
            LOG.info(
                    "tag_history migration: day {} converted ({} samples), {} of {} days",
                    day,
                    n,
                    daysDone.incrementAndGet(),
                    days.size());
        }
        if (db.dialect() == Dialect.POSTGRESQL) dropEmptyPartitions();
        return days.size();
    }

    private List<Long> days() throws SQLException {
        return db.withConnection(
                c -> {
                    List<Long> out = new ArrayList<>();
                    try (Statement st = c.createStatement();
                            ResultSet rs =
                                    st.executeQuery(
                                            "SELECT DISTINCT FLOOR(ts / 86400000.0) FROM tag_history ORDER BY 1")) {
                        while (rs.next()) out.add(rs.getLong(1));
                    }
                    return out;
                });
    }

    /** One day: read, encode, verify, then commit chunks + rollups + deletion together. */
    int migrateDay(long day) throws SQLException {
        long from = day * HistoryRepository.DAY_MS, to = from + HistoryRepository.DAY_MS;
        List<Sample> rows = db.withConnection(c -> read(c, from, to));
        Map<String, List<Sample>> byTag = HistoryRepository.byTag(rows);
        for (Map.Entry<String, List<Sample>> e : byTag.entrySet()) verify(e.getKey(), e.getValue());
        db.inTransaction(
                c -> {
                    repository.commitIn(c, byTag);
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "DELETE FROM tag_history WHERE ts >= ? AND ts < ?")) {
                        ps.setLong(1, from);
                        ps.setLong(2, to);
                        ps.executeUpdate();
                    }
                    return null;
                });
        repository.chunksChanged(byTag.keySet());
        return rows.size();
    }

    /** Encodes and decodes one tag's day; any difference stops the migration of that day. */
    private static void verify(String tag, List<Sample> samples) {
        for (List<Sample> hour : ChunkRepository.byWindow(samples).values()) {
            List<Sample> expected = ChunkCodec.normalise(hour);
            List<Sample> back = ChunkCodec.decode(tag, ChunkCodec.encode(hour).payload());
            if (!back.equals(expected)) {
                throw new IllegalStateException(
                        "chunk of " + tag + " does not reproduce its rows; day left as is");
            }
        }
    }

    private static List<Sample> read(Connection c, long from, long to) throws SQLException {
        List<Sample> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT tag_id, ts, value, value_text, status FROM tag_history"
                                + " WHERE ts >= ? AND ts < ? ORDER BY tag_id, ts")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(3);
                    boolean hasValue = !rs.wasNull();
                    out.add(
                            new Sample(
                                    rs.getString(1),
                                    valueOf(hasValue, v, rs.getString(4)),
                                    rs.getLong(2),
                                    rs.getLong(5)));
                }
            }
        }
        return out;
    }

    /**
     * The old layout: doubles in value; booleans as 1/0 plus "true"/"false"; text in value_text
     * only.
     */
    static Object valueOf(boolean hasValue, double value, String text) {
        if (text != null && hasValue && (text.equals("true") || text.equals("false")))
            return text.equals("true");
        if (text != null) return text;
        return hasValue ? value : null;
    }

    private void dropEmptyPartitions() throws SQLException {
        db.withConnection(
                c -> {
                    for (String name : partitions(c)) {
                        try (Statement st = c.createStatement();
                                ResultSet rs =
                                        st.executeQuery(
                                                "SELECT EXISTS (SELECT 1 FROM " + name + ")")) {
                            rs.next();
                            if (rs.getBoolean(1)) continue;
                        }
                        try (Statement st = c.createStatement()) {
                            st.execute("DROP TABLE " + name);
                        }
                    }
                    return null;
                });
    }

    private static List<String> partitions(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT c.relname FROM pg_inherits i "
                                        + "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
                                        + "WHERE p.relname = 'tag_history' ORDER BY c.relname");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1).matches("tag_history_p\\d{8}")) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
