package org.parkwatch.backend.notify.duty;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/** The SQL of the duty log. Blocking. */
public final class DutyRepository {
    private final Database db;

    public DutyRepository(Database db) {
        this.db = db;
    }

    /** Stores an entry; returns it with its id. */
    public DutyLogEntry add(long timeMs, String author, String text, String incidentId)
            throws SQLException {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO duty_log (time_ms, author, text, incident_id) VALUES (?,?,?,?)",
                                    Statement.RETURN_GENERATED_KEYS)) {
                        ps.setLong(1, timeMs);
                        ps.setString(2, author);
                        ps.setString(3, text);
                        ps.setString(4, incidentId);
                        ps.executeUpdate();
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            return new DutyLogEntry(
                                    keys.getLong(1), timeMs, author, text, incidentId);
                        }
                    }
                });
    }

    /** Entries of [fromMs, toMs), oldest first. */
    public List<DutyLogEntry> between(long fromMs, long toMs) throws SQLException {
        return db.withConnection(
                c -> {
                    List<DutyLogEntry> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, time_ms, author, text, incident_id FROM duty_log"
                                            + " WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms, id")) {
                        ps.setLong(1, fromMs);
                        ps.setLong(2, toMs);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next())
                                out.add(
                                        new DutyLogEntry(
                                                rs.getLong(1),
                                                rs.getLong(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getString(5)));
                        }
                    }
                    return out;
                });
    }
}
