package org.parkwatch.backend.safetyduty;

import io.vertx.core.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.backend.platform.db.Database;

/**
 * The safety-duty tables (V110–V112): responsible people and their checks, daily commitments, unit
 * filings. The only place with their SQL. Each write is one transaction.
 */
final class SafetyDutyRepository {
    private final Database db;

    SafetyDutyRepository(Database db) {
        this.db = db;
    }

    // --- responsibility ---

    /** Puts the responsible person of a unit and role (replacing the one before). */
    void putResponsible(Responsible r) throws SQLException {
        db.inTransaction(
                c -> {
                    update(
                            c,
                            "DELETE FROM duty_responsible WHERE unit_id = ? AND duty_role = ?",
                            r.unitId(),
                            r.role().id());
                    return update(
                            c,
                            "INSERT INTO duty_responsible (unit_id, duty_role, enterprise_id, person,"
                                    + " since_ms) VALUES (?,?,?,?,?)",
                            r.unitId(),
                            r.role().id(),
                            r.enterpriseId(),
                            r.person(),
                            r.sinceMs());
                });
    }

    List<Responsible> responsibles() throws SQLException {
        return db.withConnection(
                c -> {
                    List<Responsible> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT unit_id, duty_role, enterprise_id, person,"
                                                    + " since_ms FROM duty_responsible ORDER BY"
                                                    + " unit_id, duty_role");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new Responsible(
                                            rs.getString(1),
                                            DutyRole.parse(rs.getString(2)),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getLong(5)));
                        }
                    }
                    return out;
                });
    }

    /** Stores a check; returns it with its id. */
    synchronized DutyCheck addCheck(DutyCheck k) throws SQLException {
        return db.inTransaction(
                c -> {
                    DutyCheck stored = k.withId(nextId(c, "duty_check"));
                    update(
                            c,
                            "INSERT INTO duty_check (id, unit_id, duty_role, enterprise_id, person,"
                                    + " checked_ms, findings, filed_by, filed_ms) VALUES"
                                    + " (?,?,?,?,?,?,?,?,?)",
                            stored.id(),
                            stored.unitId(),
                            stored.role().id(),
                            stored.enterpriseId(),
                            stored.person(),
                            stored.checkedMs(),
                            stored.findings(),
                            stored.filedBy(),
                            stored.filedMs());
                    return stored;
                });
    }

    /** Checks, newest first; of one unit, or all with {@code unitId} null. */
    List<DutyCheck> checks(String unitId) throws SQLException {
        String sql =
                "SELECT id, unit_id, duty_role, enterprise_id, person, checked_ms, findings,"
                        + " filed_by, filed_ms FROM duty_check"
                        + (unitId == null ? "" : " WHERE unit_id = ?")
                        + " ORDER BY checked_ms DESC, id DESC";
        return db.withConnection(
                c -> {
                    List<DutyCheck> out = new ArrayList<>();
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        if (unitId != null) ps.setString(1, unitId);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(
                                        new DutyCheck(
                                                rs.getLong(1),
                                                rs.getString(2),
                                                DutyRole.parse(rs.getString(3)),
                                                rs.getString(4),
                                                rs.getString(5),
                                                rs.getLong(6),
                                                rs.getString(7),
                                                rs.getString(8),
                                                rs.getLong(9)));
                            }
                        }
                    }
                    return out;
                });
    }

    // --- commitments ---

    /**
     * Stores the day's commitment of an enterprise.
     *
     * @throws IllegalStateException when the enterprise already declared that day
     */
    synchronized void addCommitment(Commitment m) throws SQLException {
        db.inTransaction(
                c -> {
                    if (commitment(c, m.enterpriseId(), m.day()).isPresent()) {
                        throw new IllegalStateException(
                                m.enterpriseId()
                                        + " already declared its commitment of "
                                        + m.day());
                    }
                    JsonObject work = new JsonObject();
                    m.specialWork().forEach(work::put);
                    return update(
                            c,
                            "INSERT INTO safety_commitment (enterprise_id, commit_day, declared_ms,"
                                    + " units_running, units_stopped, hazards_controlled,"
                                    + " special_work, startups, shutdowns, turnaround, safe_state,"
                                    + " responsible, filed_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            m.enterpriseId(),
                            m.day(),
                            m.declaredMs(),
                            m.unitsRunning(),
                            m.unitsStopped(),
                            m.hazardsControlled(),
                            work.encode(),
                            m.startups(),
                            m.shutdowns(),
                            m.turnaround(),
                            m.safeState(),
                            m.responsible(),
                            m.filedBy());
                });
    }

    /** The commitments of one day by enterprise. */
    Map<String, Commitment> commitments(String day) throws SQLException {
        return db.withConnection(
                c -> {
                    Map<String, Commitment> out = new LinkedHashMap<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    COMMITMENT_SELECT
                                            + " WHERE commit_day = ? ORDER BY enterprise_id")) {
                        ps.setString(1, day);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Commitment m = commitment(rs);
                                out.put(m.enterpriseId(), m);
                            }
                        }
                    }
                    return out;
                });
    }

    private static final String COMMITMENT_SELECT =
            "SELECT enterprise_id, commit_day, declared_ms, units_running, units_stopped,"
                    + " hazards_controlled, special_work, startups, shutdowns, turnaround,"
                    + " safe_state, responsible, filed_by FROM safety_commitment";

    private static Optional<Commitment> commitment(Connection c, String enterpriseId, String day)
            throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement(
                        COMMITMENT_SELECT + " WHERE enterprise_id = ? AND commit_day = ?")) {
            ps.setString(1, enterpriseId);
            ps.setString(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(commitment(rs)) : Optional.empty();
            }
        }
    }

    private static Commitment commitment(ResultSet rs) throws SQLException {
        Map<String, Integer> work = new LinkedHashMap<>();
        JsonObject w = new JsonObject(rs.getString(7));
        for (String k : w.fieldNames()) work.put(k, w.getInteger(k));
        return new Commitment(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getBoolean(6),
                work,
                rs.getInt(8),
                rs.getInt(9),
                rs.getBoolean(10),
                rs.getBoolean(11),
                rs.getString(12),
                rs.getString(13));
    }

    // --- calendar ---

    synchronized UnitFiling addFiling(UnitFiling f) throws SQLException {
        return db.inTransaction(
                c -> {
                    UnitFiling stored = f.withId(nextId(c, "unit_filing"));
                    update(
                            c,
                            "INSERT INTO unit_filing (id, enterprise_id, unit_id, kind,"
                                    + " planned_start_ms, planned_end_ms, actual_start_ms,"
                                    + " actual_end_ms, approver, note, filed_by, filed_ms) VALUES"
                                    + " (?,?,?,?,?,?,?,?,?,?,?,?)",
                            stored.id(),
                            stored.enterpriseId(),
                            stored.unitId(),
                            stored.kind().id(),
                            stored.plannedStartMs(),
                            stored.plannedEndMs(),
                            stored.actualStartMs(),
                            stored.actualEndMs(),
                            stored.approver(),
                            stored.note(),
                            stored.filedBy(),
                            stored.filedMs());
                    return stored;
                });
    }

    /** Records the actual start and end of a filing. */
    void setActual(long id, Long actualStartMs, Long actualEndMs) throws SQLException {
        db.inTransaction(
                c ->
                        update(
                                c,
                                "UPDATE unit_filing SET actual_start_ms = ?, actual_end_ms = ?"
                                        + " WHERE id = ?",
                                actualStartMs,
                                actualEndMs,
                                id));
    }

    /** Every filing, by unit and planned start. */
    List<UnitFiling> filings() throws SQLException {
        return db.withConnection(
                c -> {
                    List<UnitFiling> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT id, enterprise_id, unit_id, kind,"
                                                    + " planned_start_ms, planned_end_ms,"
                                                    + " actual_start_ms, actual_end_ms, approver,"
                                                    + " note, filed_by, filed_ms FROM unit_filing"
                                                    + " ORDER BY unit_id, planned_start_ms, id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new UnitFiling(
                                            rs.getLong(1),
                                            rs.getString(2),
                                            rs.getString(3),
                                            FilingKind.parse(rs.getString(4)),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            nullableLong(rs, 7),
                                            nullableLong(rs, 8),
                                            rs.getString(9),
                                            rs.getString(10),
                                            rs.getString(11),
                                            rs.getLong(12)));
                        }
                    }
                    return out;
                });
    }

    /** True when no table holds a row (a fresh database: the demo seed may fill it). */
    boolean isEmpty() throws SQLException {
        return db.withConnection(
                c -> {
                    for (String t :
                            List.of(
                                    "duty_responsible",
                                    "duty_check",
                                    "safety_commitment",
                                    "unit_filing")) {
                        try (PreparedStatement ps =
                                        c.prepareStatement("SELECT COUNT(*) FROM " + t);
                                ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) return false;
                        }
                    }
                    return true;
                });
    }

    private static Long nullableLong(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM " + table);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) + 1;
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null) ps.setNull(i + 1, Types.BIGINT);
                else if (a instanceof Boolean b) ps.setBoolean(i + 1, b);
                else ps.setObject(i + 1, a);
            }
            return ps.executeUpdate();
        }
    }
}
