package org.parkwatch.backend.tracker;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/** The SQL of the plan tasks' progress entries (table {@code tracker_progress}). Blocking. */
public final class TrackerRepository {
    private static final String COLUMNS = "id, task_id, ts_ms, author, role, text, percent";
    private final Database db;

    public TrackerRepository(Database db) {
        this.db = db;
    }

    /** Stores an entry in its own transaction; returns it with its id. */
    public ProgressEntry add(ProgressEntry e) throws SQLException {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO tracker_progress (task_id, ts_ms, author, role, text, percent)"
                                            + " VALUES (?,?,?,?,?,?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        ps.setString(1, e.taskId());
                        ps.setLong(2, e.tsMs());
                        ps.setString(3, e.author());
                        ps.setString(4, e.role());
                        ps.setString(5, e.text());
                        ps.setInt(6, e.percent());
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            return new ProgressEntry(
                                    keys.getLong(1),
                                    e.taskId(),
                                    e.tsMs(),
                                    e.author(),
                                    e.role(),
                                    e.text(),
                                    e.percent());
                        }
                    }
                });
    }

    /** Every entry, oldest first (a task's latest is its last). */
    public List<ProgressEntry> all() throws SQLException {
        return db.withConnection(
                c -> {
                    List<ProgressEntry> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT "
                                                    + COLUMNS
                                                    + " FROM tracker_progress ORDER BY ts_ms, id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next())
                            out.add(
                                    new ProgressEntry(
                                            rs.getLong(1),
                                            rs.getString(2),
                                            rs.getLong(3),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getInt(7)));
                    }
                    return out;
                });
    }
}
