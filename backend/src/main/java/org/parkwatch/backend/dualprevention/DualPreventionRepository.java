package org.parkwatch.backend.dualprevention;

import io.vertx.core.json.JsonArray;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/**
 * Risk points, inspection tasks and records, hidden dangers, their history and photo references in
 * the database (V105–V109): the only place with the SQL of {@code dp_*}. Writes take the caller's
 * connection so that the service puts several in one transaction ({@link #inTransaction}).
 */
final class DualPreventionRepository {
    private static final String RP_COLUMNS =
            "id, enterprise_id, external_id, name, unit_id, geometry_json, method, likelihood,"
                    + " exposure, consequence, score, grade, measures_json, created_ms, updated_ms";
    private static final String HD_COLUMNS =
            "id, enterprise_id, external_id, risk_point_id, title, description, geometry_json,"
                    + " state, danger_level, deadline_ms, responsible, reported_ms, reported_by,"
                    + " updated_ms";

    private final Database db;

    DualPreventionRepository(Database db) {
        this.db = db;
    }

    <T> T inTransaction(Database.SqlWork<T> work) throws SQLException {
        return db.inTransaction(work);
    }

    <T> T read(Database.SqlWork<T> work) throws SQLException {
        return db.withConnection(work);
    }

    // ---- risk points

    void insertRiskPoint(Connection c, RiskPoint p) throws SQLException {
        RiskAssessment a = p.assessment();
        update(
                c,
                "INSERT INTO dp_risk_point ("
                        + RP_COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                p.id(),
                p.enterpriseId(),
                p.externalId(),
                p.name(),
                p.unitId(),
                p.geometryJson(),
                a.method().name(),
                a.likelihood(),
                orNull(a.exposure(), Types.DOUBLE),
                a.consequence(),
                a.score(),
                a.grade().id(),
                new JsonArray(new ArrayList<>(p.measures())).encode(),
                p.createdMs(),
                p.updatedMs());
    }

    void updateRiskPoint(Connection c, RiskPoint p) throws SQLException {
        RiskAssessment a = p.assessment();
        update(
                c,
                "UPDATE dp_risk_point SET name = ?, unit_id = ?, geometry_json = ?, method = ?,"
                        + " likelihood = ?, exposure = ?, consequence = ?, score = ?, grade = ?,"
                        + " measures_json = ?, updated_ms = ? WHERE id = ?",
                p.name(),
                p.unitId(),
                p.geometryJson(),
                a.method().name(),
                a.likelihood(),
                orNull(a.exposure(), Types.DOUBLE),
                a.consequence(),
                a.score(),
                a.grade().id(),
                new JsonArray(new ArrayList<>(p.measures())).encode(),
                p.updatedMs(),
                p.id());
    }

    void insertTask(Connection c, InspectionTask t) throws SQLException {
        update(
                c,
                "INSERT INTO dp_inspection_task (id, risk_point_id, content, frequency, created_ms)"
                        + " VALUES (?,?,?,?,?)",
                t.id(),
                t.riskPointId(),
                t.content(),
                t.frequency().id(),
                t.createdMs());
    }

    void insertRecord(Connection c, InspectionRecord r) throws SQLException {
        update(
                c,
                "INSERT INTO dp_inspection_record (id, task_id, ts_ms, username, normal, note)"
                        + " VALUES (?,?,?,?,?,?)",
                r.id(),
                r.taskId(),
                r.tsMs(),
                r.username(),
                r.normal(),
                r.note());
    }

    /** Every risk point with its tasks (and each task's newest inspection), by enterprise, name. */
    List<RiskPoint> riskPoints(Connection c) throws SQLException {
        Map<String, List<InspectionTask>> tasks = new HashMap<>();
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT t.id, t.risk_point_id, t.content, t.frequency, t.created_ms,"
                                        + " (SELECT MAX(r.ts_ms) FROM dp_inspection_record r"
                                        + " WHERE r.task_id = t.id)"
                                        + " FROM dp_inspection_task t ORDER BY t.created_ms, t.id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long last = rs.getLong(6);
                Long lastMs = rs.wasNull() ? null : last;
                InspectionTask t =
                        new InspectionTask(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                InspectionFrequency.parse(rs.getString(4)),
                                rs.getLong(5),
                                lastMs);
                tasks.computeIfAbsent(t.riskPointId(), k -> new ArrayList<>()).add(t);
            }
        }
        List<RiskPoint> out = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT "
                                        + RP_COLUMNS
                                        + " FROM dp_risk_point ORDER BY enterprise_id, name, id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(riskPoint(rs, tasks));
        }
        return out;
    }

    Optional<RiskPoint> riskPoint(Connection c, String id) throws SQLException {
        return riskPoints(c).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    Optional<String> riskPointByExternal(Connection c, String enterpriseId, String externalId)
            throws SQLException {
        return oneString(
                c,
                "SELECT id FROM dp_risk_point WHERE enterprise_id = ? AND external_id = ?",
                enterpriseId,
                externalId);
    }

    /** The task and the enterprise of its risk point. */
    Optional<String[]> taskOwner(Connection c, String taskId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT t.id, p.enterprise_id FROM dp_inspection_task t"
                                + " JOIN dp_risk_point p ON p.id = t.risk_point_id WHERE t.id = ?")) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new String[] {rs.getString(1), rs.getString(2)})
                        : Optional.empty();
            }
        }
    }

    List<InspectionRecord> records(Connection c, String taskId) throws SQLException {
        List<InspectionRecord> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT id, task_id, ts_ms, username, normal, note FROM dp_inspection_record"
                                + " WHERE task_id = ? ORDER BY ts_ms DESC, id")) {
            ps.setString(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(
                            new InspectionRecord(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getBoolean(5),
                                    rs.getString(6)));
            }
        }
        return out;
    }

    // ---- hidden dangers

    void insertDanger(Connection c, HiddenDanger d) throws SQLException {
        update(
                c,
                "INSERT INTO dp_hidden_danger ("
                        + HD_COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                d.id(),
                d.enterpriseId(),
                d.externalId(),
                d.riskPointId(),
                d.title(),
                d.description(),
                d.geometryJson(),
                d.state().id(),
                d.level() == null ? null : d.level().id(),
                orNull(d.deadlineMs(), Types.BIGINT),
                d.responsible(),
                d.reportedMs(),
                d.reportedBy(),
                d.updatedMs());
    }

    void updateDanger(Connection c, HiddenDanger d) throws SQLException {
        update(
                c,
                "UPDATE dp_hidden_danger SET risk_point_id = ?, title = ?, description = ?,"
                        + " geometry_json = ?, state = ?, danger_level = ?, deadline_ms = ?,"
                        + " responsible = ?, updated_ms = ? WHERE id = ?",
                d.riskPointId(),
                d.title(),
                d.description(),
                d.geometryJson(),
                d.state().id(),
                d.level() == null ? null : d.level().id(),
                orNull(d.deadlineMs(), Types.BIGINT),
                d.responsible(),
                d.updatedMs(),
                d.id());
    }

    List<HiddenDanger> dangers(Connection c) throws SQLException {
        return dangers(
                c, "SELECT " + HD_COLUMNS + " FROM dp_hidden_danger ORDER BY reported_ms DESC, id");
    }

    Optional<HiddenDanger> danger(Connection c, String id) throws SQLException {
        List<HiddenDanger> l =
                dangers(c, "SELECT " + HD_COLUMNS + " FROM dp_hidden_danger WHERE id = ?", id);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    Optional<HiddenDanger> dangerByExternal(Connection c, String enterpriseId, String externalId)
            throws SQLException {
        List<HiddenDanger> l =
                dangers(
                        c,
                        "SELECT "
                                + HD_COLUMNS
                                + " FROM dp_hidden_danger WHERE enterprise_id = ? AND external_id = ?",
                        enterpriseId,
                        externalId);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    void appendEvent(Connection c, DangerEvent e) throws SQLException {
        int seq;
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT COALESCE(MAX(seq), 0) FROM dp_hidden_danger_event"
                                + " WHERE hidden_danger_id = ?")) {
            ps.setString(1, e.hiddenDangerId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seq = rs.getInt(1) + 1;
            }
        }
        update(
                c,
                "INSERT INTO dp_hidden_danger_event (hidden_danger_id, seq, ts_ms, username, action,"
                        + " from_state, to_state, note) VALUES (?,?,?,?,?,?,?,?)",
                e.hiddenDangerId(),
                seq,
                e.tsMs(),
                e.username(),
                e.action(),
                e.from() == null ? null : e.from().id(),
                e.to().id(),
                e.note());
    }

    List<DangerEvent> events(Connection c, String dangerId) throws SQLException {
        List<DangerEvent> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT hidden_danger_id, ts_ms, username, action, from_state, to_state, note"
                                + " FROM dp_hidden_danger_event WHERE hidden_danger_id = ?"
                                + " ORDER BY seq")) {
            ps.setString(1, dangerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(5);
                    out.add(
                            new DangerEvent(
                                    rs.getString(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    from == null ? null : DangerState.parse(from),
                                    DangerState.parse(rs.getString(6)),
                                    rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** Adds the photo's row; false when that photo is attached already. */
    boolean insertPhoto(Connection c, DangerPhoto p) throws SQLException {
        if (photo(c, p.hiddenDangerId(), p.sha256()).isPresent()) return false;
        update(
                c,
                "INSERT INTO dp_photo (hidden_danger_id, sha256, content_type, size_bytes, stage,"
                        + " uploaded_ms, username) VALUES (?,?,?,?,?,?,?)",
                p.hiddenDangerId(),
                p.sha256(),
                p.contentType(),
                p.sizeBytes(),
                p.stage().id(),
                p.uploadedMs(),
                p.username());
        return true;
    }

    List<DangerPhoto> photos(Connection c, String dangerId) throws SQLException {
        return photos(c, "WHERE hidden_danger_id = ? ORDER BY uploaded_ms, sha256", dangerId);
    }

    Optional<DangerPhoto> photo(Connection c, String dangerId, String sha) throws SQLException {
        List<DangerPhoto> l = photos(c, "WHERE hidden_danger_id = ? AND sha256 = ?", dangerId, sha);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    // ---- rows

    private static List<DangerPhoto> photos(Connection c, String where, Object... args)
            throws SQLException {
        List<DangerPhoto> out = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement(
                        "SELECT hidden_danger_id, sha256, content_type, size_bytes, stage,"
                                + " uploaded_ms, username FROM dp_photo "
                                + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(
                            new DangerPhoto(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    DangerState.parse(rs.getString(5)),
                                    rs.getLong(6),
                                    rs.getString(7)));
            }
        }
        return out;
    }

    private static List<HiddenDanger> dangers(Connection c, String sql, Object... args)
            throws SQLException {
        List<HiddenDanger> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String level = rs.getString(9);
                    long deadline = rs.getLong(10);
                    Long deadlineMs = rs.wasNull() ? null : deadline;
                    out.add(
                            new HiddenDanger(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    DangerState.parse(rs.getString(8)),
                                    level == null ? null : DangerLevel.parse(level),
                                    deadlineMs,
                                    rs.getString(11),
                                    rs.getLong(12),
                                    rs.getString(13),
                                    rs.getLong(14)));
                }
            }
        }
        return out;
    }

    private static RiskPoint riskPoint(ResultSet rs, Map<String, List<InspectionTask>> tasks)
            throws SQLException {
        double exposure = rs.getDouble(9);
        Double e = rs.wasNull() ? null : exposure;
        List<String> measures = new ArrayList<>();
        for (Object o : new JsonArray(rs.getString(13))) measures.add(String.valueOf(o));
        String id = rs.getString(1);
        return new RiskPoint(
                id,
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                new RiskAssessment(
                        GradingMethod.parse(rs.getString(7)),
                        rs.getDouble(8),
                        e,
                        rs.getDouble(10),
                        rs.getDouble(11),
                        RiskGrade.parse(rs.getString(12))),
                List.copyOf(measures),
                List.copyOf(tasks.getOrDefault(id, List.of())),
                rs.getLong(14),
                rs.getLong(15));
    }

    private static Optional<String> oneString(Connection c, String sql, Object... args)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) ps.setNull(i + 1, Types.VARCHAR);
            else if (a instanceof SqlNull n) ps.setNull(i + 1, n.type());
            else ps.setObject(i + 1, a);
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** A null of a column type other than text (PostgreSQL wants the type of a bound null). */
    private record SqlNull(int type) {}

    private static Object orNull(Object value, int type) {
        return value == null ? new SqlNull(type) : value;
    }
}
