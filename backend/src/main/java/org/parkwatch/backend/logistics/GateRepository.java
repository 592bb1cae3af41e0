package org.parkwatch.backend.logistics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/** The {@code gate_device} and {@code gate_event} tables (V90). Every call blocks. */
final class GateRepository {
    /** One passage a device reported, as stored. */
    record Passage(
            long tsMs,
            String gateId,
            String siteId,
            Presence.Kind kind,
            String subject,
            boolean entering,
            boolean counted,
            String via) {}

    private final Database db;

    GateRepository(Database db) {
        this.db = db;
    }

    List<GateDevice> devices() throws SQLException {
        return db.withConnection(
                c -> {
                    List<GateDevice> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT id, name_zh, name_en, site_id, secret_hash"
                                                    + " FROM gate_device ORDER BY id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new GateDevice(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getString(5)));
                        }
                    }
                    return out;
                });
    }

    void insert(GateDevice d, long nowMs, String by) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO gate_device (id, name_zh, name_en, site_id,"
                                            + " secret_hash, created_ms, created_by)"
                                            + " VALUES (?,?,?,?,?,?,?)")) {
                        ps.setString(1, d.id());
                        ps.setString(2, d.nameZh());
                        ps.setString(3, d.nameEn());
                        ps.setString(4, d.siteId());
                        ps.setString(5, d.secretHash());
                        ps.setLong(6, nowMs);
                        ps.setString(7, by);
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    void insert(Passage p) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO gate_event (ts_ms, gate_id, site_id, kind, subject,"
                                            + " entering, counted, via) VALUES (?,?,?,?,?,?,?,?)")) {
                        ps.setLong(1, p.tsMs());
                        ps.setString(2, p.gateId());
                        ps.setString(3, p.siteId());
                        ps.setString(4, p.kind().name());
                        ps.setString(5, p.subject());
                        ps.setBoolean(6, p.entering());
                        ps.setBoolean(7, p.counted());
                        ps.setString(8, p.via());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** Every stored passage in the order it was applied (to rebuild the counts). */
    List<Passage> passages() throws SQLException {
        return db.withConnection(
                c -> {
                    List<Passage> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT ts_ms, gate_id, site_id, kind, subject, entering,"
                                                    + " counted, via FROM gate_event ORDER BY id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new Passage(
                                            rs.getLong(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            Presence.Kind.valueOf(rs.getString(4)),
                                            rs.getString(5),
                                            rs.getBoolean(6),
                                            rs.getBoolean(7),
                                            rs.getString(8)));
                        }
                    }
                    return out;
                });
    }
}
