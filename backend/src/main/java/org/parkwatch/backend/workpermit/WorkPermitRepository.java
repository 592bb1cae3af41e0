package org.parkwatch.backend.workpermit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/**
 * The permits and spot checks in the database (V100, V101); the only place with their SQL. Every
 * write of several rows is one transaction.
 */
final class WorkPermitRepository {
    private static final String COLUMNS =
            "id, enterprise_id, external_id, kind, level, state, place_zh, geometry, start_ms,"
                    + " end_ms, people, gas_analyses, started_ms, created_by, created_ms,"
                    + " updated_ms, note";

    private final Database db;

    WorkPermitRepository(Database db) {
        this.db = db;
    }

    List<SpecialWorkPermit> all() throws SQLException {
        return db.withConnection(
                c -> {
                    List<SpecialWorkPermit> out = new ArrayList<>();
                    try (PreparedStatement s =
                                    c.prepareStatement(
                                            "SELECT " + COLUMNS + " FROM work_permit ORDER BY id");
                            ResultSet r = s.executeQuery()) {
                        while (r.next()) out.add(row(r));
                    }
                    return out;
                });
    }

    /** Inserts new permits and updates changed ones, all or none. */
    void save(List<SpecialWorkPermit> inserts, List<SpecialWorkPermit> updates)
            throws SQLException {
        db.inTransaction(
                c -> {
                    for (SpecialWorkPermit p : inserts) insert(c, p);
                    for (SpecialWorkPermit p : updates) update(c, p);
                    return null;
                });
    }

    void insertSpotCheck(SpotCheck s) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement st =
                            c.prepareStatement(
                                    "INSERT INTO work_permit_spot_check (id, permit_id,"
                                            + " enterprise_id, camera_id, username, role, at_ms,"
                                            + " note) VALUES (?,?,?,?,?,?,?,?)")) {
                        st.setLong(1, s.id());
                        st.setString(2, s.permitId());
                        st.setString(3, s.enterpriseId());
                        st.setString(4, s.cameraId());
                        st.setString(5, s.username());
                        st.setString(6, s.role());
                        st.setLong(7, s.atMs());
                        st.setString(8, s.note());
                        st.executeUpdate();
                    }
                    return null;
                });
    }

    List<SpotCheck> spotChecks() throws SQLException {
        return db.withConnection(
                c -> {
                    List<SpotCheck> out = new ArrayList<>();
                    try (PreparedStatement s =
                                    c.prepareStatement(
                                            "SELECT id, permit_id, enterprise_id, camera_id,"
                                                    + " username, role, at_ms, note FROM"
                                                    + " work_permit_spot_check ORDER BY id");
                            ResultSet r = s.executeQuery()) {
                        while (r.next())
                            out.add(
                                    new SpotCheck(
                                            r.getLong(1),
                                            r.getString(2),
                                            r.getString(3),
                                            r.getString(4),
                                            r.getString(5),
                                            r.getString(6),
                                            r.getLong(7),
                                            r.getString(8)));
                    }
                    return out;
                });
    }

    private static void insert(Connection c, SpecialWorkPermit p) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO work_permit ("
                                + COLUMNS
                                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            bind(s, p);
            s.executeUpdate();
        }
    }

    private static void update(Connection c, SpecialWorkPermit p) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE work_permit SET id = ?, enterprise_id = ?, external_id = ?, kind = ?,"
                                + " level = ?, state = ?, place_zh = ?, geometry = ?, start_ms = ?,"
                                + " end_ms = ?, people = ?, gas_analyses = ?, started_ms = ?,"
                                + " created_by = ?, created_ms = ?, updated_ms = ?, note = ?"
                                + " WHERE id = ?")) {
            bind(s, p);
            s.setString(18, p.id());
            if (s.executeUpdate() != 1)
                throw new SQLException("work permit " + p.id() + " is not stored");
        }
    }

    private static void bind(PreparedStatement s, SpecialWorkPermit p) throws SQLException {
        s.setString(1, p.id());
        s.setString(2, p.enterpriseId());
        if (p.externalId() == null) s.setNull(3, Types.VARCHAR);
        else s.setString(3, p.externalId());
        s.setString(4, p.kind().name());
        if (p.level() == null) s.setNull(5, Types.VARCHAR);
        else s.setString(5, p.level());
        s.setString(6, p.state().name());
        s.setString(7, p.placeZh());
        s.setString(8, WorkPermitJson.geoJson(p.geometry()));
        s.setLong(9, p.startMs());
        s.setLong(10, p.endMs());
        s.setString(11, WorkPermitJson.people(p.people()).encode());
        s.setString(12, WorkPermitJson.gas(p.gasAnalyses()).encode());
        s.setLong(13, p.startedMs());
        s.setString(14, p.createdBy());
        s.setLong(15, p.createdMs());
        s.setLong(16, p.updatedMs());
        if (p.note() == null) s.setNull(17, Types.VARCHAR);
        else s.setString(17, p.note());
    }

    private static SpecialWorkPermit row(ResultSet r) throws SQLException {
        return new SpecialWorkPermit(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                WorkKind.valueOf(r.getString(4)),
                r.getString(5),
                WorkState.valueOf(r.getString(6)),
                r.getString(7),
                WorkPermitJson.geometry(new JsonObject(r.getString(8)), "geometry"),
                r.getLong(9),
                r.getLong(10),
                WorkPermitJson.parsePeople(new JsonArray(r.getString(11))),
                WorkPermitJson.parseGas(new JsonArray(r.getString(12))),
                r.getLong(13),
                r.getString(14),
                r.getLong(15),
                r.getLong(16),
                r.getString(17));
    }
}
