package org.parkwatch.backend.risk.qra;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/**
 * Stores and reads QRA runs (table {@code risk_qra_run}, migration V10); the only place with the
 * QRA's SQL.
 */
public final class QraRepository {
    private static final String COLUMNS =
            "id, started_ms, finished_ms, trigger_reason, status, error, summary";

    private final Database db;

    public QraRepository(Database db) {
        this.db = db;
    }

    public void insert(QraRun run) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO risk_qra_run ("
                                            + COLUMNS
                                            + ", inputs, results) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setLong(1, run.id());
                        ps.setLong(2, run.startedMs());
                        ps.setLong(3, run.finishedMs());
                        ps.setString(4, run.trigger());
                        ps.setString(5, run.status());
                        ps.setString(6, run.error());
                        ps.setString(7, run.summary());
                        ps.setString(8, run.inputs());
                        ps.setString(9, run.results());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** Highest run id stored, 0 when none. */
    public long maxId() throws SQLException {
        return db.withConnection(
                c -> {
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("SELECT MAX(id) FROM risk_qra_run")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    /** The latest successful run with its inputs and results. */
    public Optional<QraRun> latestDone() throws SQLException {
        return one(
                "SELECT "
                        + COLUMNS
                        + ", inputs, results FROM risk_qra_run WHERE status = 'done'"
                        + " ORDER BY id DESC LIMIT 1",
                null);
    }

    /** One run with its inputs and results. */
    public Optional<QraRun> byId(long id) throws SQLException {
        return one("SELECT " + COLUMNS + ", inputs, results FROM risk_qra_run WHERE id = ?", id);
    }

    /** The latest runs, newest first, without inputs and results. */
    public List<QraRun> list(int limit) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM risk_qra_run ORDER BY id DESC LIMIT ?")) {
                        ps.setInt(1, limit);
                        List<QraRun> out = new ArrayList<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(read(rs, false));
                            }
                        }
                        return out;
                    }
                });
    }

    private Optional<QraRun> one(String sql, Long id) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        if (id != null) {
                            ps.setLong(1, id);
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next()
                                    ? Optional.of(read(rs, true))
                                    : Optional.<QraRun>empty();
                        }
                    }
                });
    }

    private static QraRun read(ResultSet rs, boolean full) throws SQLException {
        String inputs = full ? rs.getString(8) : null;
        return new QraRun(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                inputs,
                full ? rs.getString(9) : null,
                inputs == null ? List.of() : QraJson.inventories(inputs));
    }
}
