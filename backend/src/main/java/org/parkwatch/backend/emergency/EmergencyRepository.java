package org.parkwatch.backend.emergency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * The emergency tables of migration V65 (plans, command records, tasks, dispatches, stock); the
 * only place with their SQL. Every method takes the connection so that a change and its
 * incident-log entry ({@link IncidentLog}) commit together.
 */
final class EmergencyRepository {
    private static final String RECORD_COLUMNS =
            "incident_id, enterprises, incident_kind, drill, detected_ms, plan_id, response_level,"
                    + " government, casualties, receptor_reached, confirmed_ms, decided_ms,"
                    + " first_dispatch_ms, evacuation_ms, all_clear_ms";
    private static final String TASK_COLUMNS =
            "task_id, incident_id, action_id, level_name, group_id, owner_zh, owner_en, text_zh,"
                    + " text_en, within_min, status, created_ms, started_ms, done_ms";
    private static final String DISPATCH_COLUMNS =
            "dispatch_id, incident_id, resource_id, dispatched_ms, distance_m, eta_s, eta_basis_zh,"
                    + " eta_basis_en, released_ms, dispatched_by";

    /** A stored plan file. */
    record StoredPlan(String planId, String sourceFile, String body) {}

    List<StoredPlan> plans(Connection c) throws SQLException {
        List<StoredPlan> out = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT plan_id, source_file, body FROM emergency_plan ORDER BY plan_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next())
                out.add(new StoredPlan(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
        return out;
    }

    void upsertPlan(
            Connection c, String id, String kind, String file, String body, long ms, String by)
            throws SQLException {
        int n =
                update(
                        c,
                        "UPDATE emergency_plan SET kind = ?, source_file = ?, body = ?, updated_ms = ?,"
                                + " updated_by = ? WHERE plan_id = ?",
                        kind,
                        file,
                        body,
                        ms,
                        by,
                        id);
        if (n == 0) {
            update(
                    c,
                    "INSERT INTO emergency_plan (plan_id, kind, source_file, body, updated_ms, updated_by)"
                            + " VALUES (?,?,?,?,?,?)",
                    id,
                    kind,
                    file,
                    body,
                    ms,
                    by);
        }
    }

    Optional<CommandRecord> record(Connection c, String incidentId) throws SQLException {
        List<CommandRecord> l =
                query(
                        c,
                        "SELECT " + RECORD_COLUMNS + " FROM emergency_record WHERE incident_id = ?",
                        EmergencyRepository::readRecord,
                        incidentId);
        return l.stream().findFirst();
    }

    List<CommandRecord> records(Connection c, int limit) throws SQLException {
        return query(
                c,
                "SELECT "
                        + RECORD_COLUMNS
                        + " FROM emergency_record ORDER BY detected_ms DESC LIMIT ?",
                EmergencyRepository::readRecord,
                limit);
    }

    /** Command records flagged as drills detected in [fromMs, toMs). */
    int drillsBetween(Connection c, long fromMs, long toMs) throws SQLException {
        return query(
                        c,
                        "SELECT COUNT(*) FROM emergency_record WHERE drill = TRUE"
                                + " AND detected_ms >= ? AND detected_ms < ?",
                        rs -> rs.getInt(1),
                        fromMs,
                        toMs)
                .get(0);
    }

    void insertRecord(Connection c, CommandRecord r) throws SQLException {
        update(
                c,
                "INSERT INTO emergency_record ("
                        + RECORD_COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                recordValues(r));
    }

    void updateRecord(Connection c, CommandRecord r) throws SQLException {
        Object[] v = recordValues(r);
        Object[] args = Arrays.copyOf(Arrays.copyOfRange(v, 1, v.length), v.length);
        args[v.length - 1] = r.incidentId();
        update(
                c,
                "UPDATE emergency_record SET enterprises = ?, incident_kind = ?, drill = ?, detected_ms = ?,"
                        + " plan_id = ?, response_level = ?, government = ?, casualties = ?,"
                        + " receptor_reached = ?, confirmed_ms = ?, decided_ms = ?, first_dispatch_ms = ?,"
                        + " evacuation_ms = ?, all_clear_ms = ? WHERE incident_id = ?",
                args);
    }

    List<Task> tasks(Connection c, String incidentId) throws SQLException {
        return query(
                c,
                "SELECT "
                        + TASK_COLUMNS
                        + " FROM emergency_task WHERE incident_id = ? ORDER BY created_ms, task_id",
                EmergencyRepository::readTask,
                incidentId);
    }

    Optional<Task> task(Connection c, String taskId) throws SQLException {
        return query(
                        c,
                        "SELECT " + TASK_COLUMNS + " FROM emergency_task WHERE task_id = ?",
                        EmergencyRepository::readTask,
                        taskId)
                .stream()
                .findFirst();
    }

    void insertTask(Connection c, Task t) throws SQLException {
        update(
                c,
                "INSERT INTO emergency_task ("
                        + TASK_COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                t.taskId(),
                t.incidentId(),
                t.actionId(),
                t.level(),
                t.groupId(),
                t.ownerZh(),
                t.ownerEn(),
                t.textZh(),
                t.textEn(),
                t.withinMin(),
                t.status().name(),
                t.createdMs(),
                t.startedMs(),
                t.doneMs());
    }

    void updateTaskStatus(Connection c, Task t) throws SQLException {
        update(
                c,
                "UPDATE emergency_task SET status = ?, started_ms = ?, done_ms = ? WHERE task_id = ?",
                t.status().name(),
                t.startedMs(),
                t.doneMs(),
                t.taskId());
    }

    List<Dispatch> dispatches(Connection c, String incidentId) throws SQLException {
        return query(
                c,
                "SELECT "
                        + DISPATCH_COLUMNS
                        + " FROM emergency_dispatch WHERE incident_id = ?"
                        + " ORDER BY dispatched_ms, dispatch_id",
                EmergencyRepository::readDispatch,
                incidentId);
    }

    /** Dispatches not yet released, of every incident. */
    List<Dispatch> committed(Connection c) throws SQLException {
        return query(
                c,
                "SELECT " + DISPATCH_COLUMNS + " FROM emergency_dispatch WHERE released_ms IS NULL",
                EmergencyRepository::readDispatch);
    }

    void insertDispatch(Connection c, Dispatch d) throws SQLException {
        update(
                c,
                "INSERT INTO emergency_dispatch ("
                        + DISPATCH_COLUMNS
                        + ") VALUES (?,?,?,?,?,?,?,?,?,?)",
                d.dispatchId(),
                d.incidentId(),
                d.resourceId(),
                d.dispatchedMs(),
                d.distanceM(),
                d.etaS(),
                d.etaBasisZh(),
                d.etaBasisEn(),
                d.releasedMs(),
                d.dispatchedBy());
    }

    /** Releases a committed dispatch; false when it was not committed. */
    boolean release(Connection c, String dispatchId, long ms) throws SQLException {
        return update(
                        c,
                        "UPDATE emergency_dispatch SET released_ms = ? WHERE dispatch_id = ?"
                                + " AND released_ms IS NULL",
                        ms,
                        dispatchId)
                == 1;
    }

    /** store id → item → quantity. */
    Map<String, Map<String, Double>> stock(Connection c) throws SQLException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try (PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT store_id, item, quantity FROM emergency_stock ORDER BY store_id, item");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next())
                out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getDouble(3));
        }
        return out;
    }

    void insertStock(Connection c, String store, String item, double quantity) throws SQLException {
        update(
                c,
                "INSERT INTO emergency_stock (store_id, item, quantity) VALUES (?,?,?)",
                store,
                item,
                quantity);
    }

    /**
     * Takes {@code quantity} out of stock; false (and nothing changed) when less than that is left.
     */
    boolean take(Connection c, String store, String item, double quantity) throws SQLException {
        return update(
                        c,
                        "UPDATE emergency_stock SET quantity = quantity - ? WHERE store_id = ? AND item = ?"
                                + " AND quantity >= ?",
                        quantity,
                        store,
                        item,
                        quantity)
                == 1;
    }

    private static Object[] recordValues(CommandRecord r) {
        return new Object[] {
            r.incidentId(),
            String.join(",", r.enterprises()),
            r.incidentKind(),
            r.drill(),
            r.detectedMs(),
            r.planId(),
            r.level() == null ? null : r.level().name(),
            r.government(),
            r.casualties(),
            r.receptorReached(),
            r.confirmedMs(),
            r.decidedMs(),
            r.firstDispatchMs(),
            r.evacuationMs(),
            r.allClearMs()
        };
    }

    private static CommandRecord readRecord(ResultSet rs) throws SQLException {
        String ents = rs.getString(2);
        String level = rs.getString(7);
        return new CommandRecord(
                rs.getString(1),
                ents.isEmpty() ? List.of() : List.of(ents.split(",")),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getLong(5),
                rs.getString(6),
                level == null ? null : ResponseLevel.valueOf(level),
                rs.getBoolean(8),
                rs.getInt(9),
                rs.getBoolean(10),
                longOrNull(rs, 11),
                longOrNull(rs, 12),
                longOrNull(rs, 13),
                longOrNull(rs, 14),
                longOrNull(rs, 15));
    }

    private static Task readTask(ResultSet rs) throws SQLException {
        int within = rs.getInt(10);
        return new Task(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.wasNull() ? null : within,
                Task.Status.valueOf(rs.getString(11)),
                rs.getLong(12),
                longOrNull(rs, 13),
                longOrNull(rs, 14));
    }

    private static Dispatch readDispatch(ResultSet rs) throws SQLException {
        return new Dispatch(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                doubleOrNull(rs, 5),
                doubleOrNull(rs, 6),
                rs.getString(7),
                rs.getString(8),
                longOrNull(rs, 9),
                rs.getString(10));
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args)
            throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(row.read(rs));
            }
        }
        return out;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) ps.setNull(i + 1, Types.NULL);
            else ps.setObject(i + 1, a);
        }
    }
}
