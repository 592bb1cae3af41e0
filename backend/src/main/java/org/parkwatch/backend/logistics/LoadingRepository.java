package org.parkwatch.backend.logistics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/** The {@code loading_check} table (V91). Every call blocks. */
final class LoadingRepository {
    private static final String COLUMNS =
            "ts_ms, enterprise_id, plate, waybill_id, vehicle_ok, driver_ok, documents_ok, tank_ok,"
                    + " waybill_ok, note, checked_by";

    private final Database db;

    LoadingRepository(Database db) {
        this.db = db;
    }

    void insert(LoadingCheck c) throws SQLException {
        db.inTransaction(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "INSERT INTO loading_check ("
                                            + COLUMNS
                                            + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                        ps.setLong(1, c.tsMs());
                        ps.setString(2, c.enterpriseId());
                        ps.setString(3, c.plate());
                        if (c.waybillId() == null) ps.setNull(4, Types.VARCHAR);
                        else ps.setString(4, c.waybillId());
                        ps.setBoolean(5, c.vehicleOk());
                        ps.setBoolean(6, c.driverOk());
                        ps.setBoolean(7, c.documentsOk());
                        ps.setBoolean(8, c.tankOk());
                        ps.setBoolean(9, c.waybillOk());
                        if (c.note() == null) ps.setNull(10, Types.VARCHAR);
                        else ps.setString(10, c.note());
                        ps.setString(11, c.checkedBy());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** The latest check of a truck at an enterprise at or after {@code sinceMs}. */
    Optional<LoadingCheck> latest(String enterpriseId, String plate, long sinceMs)
            throws SQLException {
        return db.withConnection(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM loading_check WHERE enterprise_id = ?"
                                            + " AND plate = ? AND ts_ms >= ? ORDER BY ts_ms DESC, id DESC")) {
                        ps.setString(1, enterpriseId);
                        ps.setString(2, plate);
                        ps.setLong(3, sinceMs);
                        ps.setMaxRows(1);
                        try (ResultSet rs = ps.executeQuery()) {
                            return rs.next()
                                    ? Optional.of(read(rs))
                                    : Optional.<LoadingCheck>empty();
                        }
                    }
                });
    }

    /** How many checks were recorded in [fromMs, toMs). */
    int countBetween(long fromMs, long toMs) throws SQLException {
        return db.withConnection(
                conn -> {
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT COUNT(*) FROM loading_check WHERE ts_ms >= ? AND ts_ms < ?")) {
                        ps.setLong(1, fromMs);
                        ps.setLong(2, toMs);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }
                });
    }

    /** The newest checks, newest first; of one enterprise, or of all when null. */
    List<LoadingCheck> recent(String enterpriseId, int max) throws SQLException {
        return db.withConnection(
                conn -> {
                    List<LoadingCheck> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            conn.prepareStatement(
                                    "SELECT "
                                            + COLUMNS
                                            + " FROM loading_check"
                                            + (enterpriseId == null
                                                    ? ""
                                                    : " WHERE enterprise_id = ?")
                                            + " ORDER BY ts_ms DESC, id DESC")) {
                        if (enterpriseId != null) ps.setString(1, enterpriseId);
                        ps.setMaxRows(max);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) out.add(read(rs));
                        }
                    }
                    return out;
                });
    }

    private static LoadingCheck read(ResultSet rs) throws SQLException {
        return new LoadingCheck(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getBoolean(8),
                rs.getBoolean(9),
                rs.getString(10),
                rs.getString(11));
    }
}
