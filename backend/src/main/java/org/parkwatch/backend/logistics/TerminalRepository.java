package org.parkwatch.backend.logistics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/** The {@code vehicle_terminal} table (V77). Every call blocks: call it off the event loop. */
final class TerminalRepository {
    private final Database db;

    TerminalRepository(Database db) {
        this.db = db;
    }

    List<TerminalRecord> all() throws SQLException {
        return db.withConnection(
                c -> {
                    List<TerminalRecord> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT phone, plate, carrier, enterprise_ids, auth_hash,"
                                                    + " enrol_until_ms FROM vehicle_terminal ORDER BY phone");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String ids = rs.getString(4);
                            out.add(
                                    new TerminalRecord(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            ids.isEmpty()
                                                    ? List.of()
                                                    : Arrays.asList(ids.split(",")),
                                            rs.getString(5),
                                            rs.getLong(6)));
                        }
                    }
                    return out;
                });
    }

    void insert(TerminalRecord t, long nowMs, String by) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO vehicle_terminal (phone, plate, carrier, enterprise_ids,"
                                            + " auth_hash, enrol_until_ms, created_ms, created_by)"
                                            + " VALUES (?,?,?,?,?,?,?,?)")) {
                        ps.setString(1, t.phone());
                        ps.setString(2, t.plate());
                        ps.setString(3, t.carrier());
                        ps.setString(4, String.join(",", t.enterpriseIds()));
                        ps.setString(5, t.authHash());
                        ps.setLong(6, t.enrolUntilMs());
                        ps.setLong(7, nowMs);
                        ps.setString(8, by);
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** Stores a new code hash and closes the enrolment window. */
    void enrolled(String phone, String authHash) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "UPDATE vehicle_terminal SET auth_hash = ?, enrol_until_ms = 0"
                                            + " WHERE phone = ?")) {
                        ps.setString(1, authHash);
                        ps.setString(2, phone);
                        ps.executeUpdate();
                    }
                    return null;
                });
    }
}
