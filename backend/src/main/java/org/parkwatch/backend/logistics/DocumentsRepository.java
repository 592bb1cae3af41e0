package org.parkwatch.backend.logistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.model.logistics.gate.DriverDocs;
import org.parkwatch.model.logistics.gate.VehicleDocs;
import org.parkwatch.model.logistics.gate.Waybill;

/**
 * Vehicles, drivers, waybills and gate decisions (V78). Every call blocks: call it off the event
 * loop.
 */
final class DocumentsRepository {
    /** A stored gate decision. */
    record GateRecord(
            long tsMs,
            String gate,
            String plate,
            String driverId,
            boolean allowed,
            String waybillId,
            String findingsJson,
            String checkedBy) {}

    private final Database db;

    DocumentsRepository(Database db) {
        this.db = db;
    }

    void upsertVehicle(VehicleDocs v) throws SQLException {
        db.inTransaction(
                c -> {
                    delete(c, "DELETE FROM hazmat_vehicle WHERE plate = ?", v.plate());
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO hazmat_vehicle (plate, carrier, tank_type, capacity_t,"
                                            + " permit_valid_until) VALUES (?,?,?,?,?)")) {
                        ps.setString(1, v.plate());
                        ps.setString(2, v.carrier());
                        ps.setString(3, v.tankType());
                        ps.setDouble(4, v.capacityT());
                        ps.setDate(5, Date.valueOf(v.permitValidUntil()));
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    void upsertDriver(DriverDocs d) throws SQLException {
        db.inTransaction(
                c -> {
                    delete(c, "DELETE FROM hazmat_driver WHERE id = ?", d.id());
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO hazmat_driver (id, name, qualification_valid_until)"
                                            + " VALUES (?,?,?)")) {
                        ps.setString(1, d.id());
                        ps.setString(2, d.name());
                        ps.setDate(3, Date.valueOf(d.qualificationValidUntil()));
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** Inserts a waybill; false when its id exists. */
    boolean insertWaybill(Waybill w, String by) throws SQLException {
        return db.inTransaction(
                c -> {
                    try (PreparedStatement q =
                            c.prepareStatement("SELECT 1 FROM waybill WHERE id = ?")) {
                        q.setString(1, w.id());
                        try (ResultSet rs = q.executeQuery()) {
                            if (rs.next()) return false;
                        }
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO waybill (id, plate, driver_id, cas, un_number,"
                                            + " chemical_zh, quantity_t, enterprise_id, direction,"
                                            + " slot_from_ms, slot_to_ms, created_by)"
                                            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                        ps.setString(1, w.id());
                        ps.setString(2, w.plate());
                        ps.setString(3, w.driverId());
                        ps.setString(4, w.cas());
                        ps.setString(5, w.unNumber());
                        ps.setString(6, w.chemicalZh());
                        ps.setDouble(7, w.quantityT());
                        ps.setString(8, w.enterpriseId());
                        ps.setString(9, w.direction().name());
                        ps.setLong(10, w.slotFrom().toEpochMilli());
                        ps.setLong(11, w.slotTo().toEpochMilli());
                        ps.setString(12, by);
                        ps.executeUpdate();
                    }
                    return true;
                });
    }

    Optional<VehicleDocs> vehicle(String plate) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT plate, carrier, tank_type, capacity_t, permit_valid_until"
                                            + " FROM hazmat_vehicle WHERE plate = ?")) {
                        ps.setString(1, plate);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) return Optional.empty();
                            return Optional.of(
                                    new VehicleDocs(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            rs.getDouble(4),
                                            rs.getDate(5).toLocalDate()));
                        }
                    }
                });
    }

    Optional<DriverDocs> driver(String id) throws SQLException {
        return db.withConnection(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, name, qualification_valid_until FROM hazmat_driver"
                                            + " WHERE id = ?")) {
                        ps.setString(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (!rs.next()) return Optional.empty();
                            return Optional.of(
                                    new DriverDocs(
                                            rs.getString(1),
                                            rs.getString(2),
                                            rs.getDate(3).toLocalDate()));
                        }
                    }
                });
    }

    /**
     * The vehicle's waybills whose slot ends after {@code fromMs} and starts before {@code toMs}.
     */
    List<Waybill> waybills(String plate, long fromMs, long toMs) throws SQLException {
        return db.withConnection(
                c -> {
                    List<Waybill> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT id, plate, driver_id, cas, un_number, chemical_zh,"
                                            + " quantity_t, enterprise_id, direction, slot_from_ms,"
                                            + " slot_to_ms FROM waybill WHERE plate = ?"
                                            + " AND slot_to_ms >= ? AND slot_from_ms <= ?"
                                            + " ORDER BY slot_from_ms")) {
                        ps.setString(1, plate);
                        ps.setLong(2, fromMs);
                        ps.setLong(3, toMs);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(
                                        new Waybill(
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getString(5),
                                                rs.getString(6),
                                                rs.getDouble(7),
                                                rs.getString(8),
                                                Waybill.Direction.valueOf(rs.getString(9)),
                                                Instant.ofEpochMilli(rs.getLong(10)),
                                                Instant.ofEpochMilli(rs.getLong(11))));
                            }
                        }
                    }
                    return out;
                });
    }

    void logDecision(GateRecord r) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO gate_decision (ts_ms, gate, plate, driver_id, allowed,"
                                            + " waybill_id, findings, checked_by)"
                                            + " VALUES (?,?,?,?,?,?,?,?)")) {
                        ps.setLong(1, r.tsMs());
                        ps.setString(2, r.gate());
                        ps.setString(3, r.plate());
                        ps.setString(4, r.driverId());
                        ps.setBoolean(5, r.allowed());
                        ps.setString(6, r.waybillId());
                        ps.setString(7, r.findingsJson());
                        ps.setString(8, r.checkedBy());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** The newest {@code limit} decisions, newest first. */
    List<GateRecord> decisions(int limit) throws SQLException {
        return db.withConnection(
                c -> {
                    List<GateRecord> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT ts_ms, gate, plate, driver_id, allowed, waybill_id,"
                                            + " findings, checked_by FROM gate_decision"
                                            + " ORDER BY id DESC")) {
                        ps.setMaxRows(limit);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(
                                        new GateRecord(
                                                rs.getLong(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getBoolean(5),
                                                rs.getString(6),
                                                rs.getString(7),
                                                rs.getString(8)));
                            }
                        }
                    }
                    return out;
                });
    }

    private static void delete(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }
}
