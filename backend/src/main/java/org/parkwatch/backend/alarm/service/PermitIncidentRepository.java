package org.parkwatch.backend.alarm.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.backend.alarm.IncidentClosure;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.alarm.WorkPermit;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.platform.db.Database;

/**
 * Work permits and incidents in the database (migrations V8, V14: {@code alarm_permit}, {@code
 * alarm_incident}; V20: {@code alarm_incident_close}, every closing of an incident by an operator),
 * so they survive a restart. Every call blocks: call it off the event loop.
 */
public final class PermitIncidentRepository {
    private final Database db;

    public PermitIncidentRepository(Database db) {
        this.db = db;
    }

    /** Stores a permit, or its new state (approval) when the number is stored already. */
    public void savePermit(WorkPermit p) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement del =
                            c.prepareStatement("DELETE FROM alarm_permit WHERE number = ?")) {
                        del.setString(1, p.number());
                        del.executeUpdate();
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO alarm_permit (number, scope, valid_from_ms, "
                                            + "valid_to_ms, entered_by, signatory, approved_by, approved_at_ms) VALUES (?,?,?,?,?,?,?,?)")) {
                        ps.setString(1, p.number());
                        ps.setString(2, String.join(",", p.scope()));
                        ps.setLong(3, p.validFromMs());
                        ps.setLong(4, p.validToMs());
                        ps.setString(5, p.enteredBy());
                        ps.setString(6, p.signatory());
                        ps.setString(7, p.approvedBy());
                        ps.setLong(8, p.approvedAtMs());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** Every registered permit, in the order of their validity start. */
    public List<WorkPermit> loadPermits() throws SQLException {
        return db.withConnection(
                c -> {
                    List<WorkPermit> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT number, scope, valid_from_ms, valid_to_ms, "
                                                    + "entered_by, signatory, approved_by, approved_at_ms FROM alarm_permit "
                                                    + "ORDER BY valid_from_ms, number");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(
                                    new WorkPermit(
                                            rs.getString(1),
                                            split(rs.getString(2)),
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getString(5),
                                            rs.getString(6),
                                            rs.getString(7),
                                            rs.getLong(8)));
                        }
                    }
                    return out;
                });
    }

    /** Stores the incident's latest version (replacing an earlier one of the same id). */
    public void saveIncident(Incident i) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement del =
                                    c.prepareStatement("DELETE FROM alarm_incident WHERE id = ?");
                            PreparedStatement ins =
                                    c.prepareStatement(
                                            "INSERT INTO alarm_incident (id, kind, severity, "
                                                    + "alarm_ids, lon, lat, enterprises, unit_id, opened_ms, updated_ms, state) "
                                                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                        del.setString(1, i.id());
                        del.executeUpdate();
                        ins.setString(1, i.id());
                        ins.setString(2, i.kind().name());
                        ins.setString(3, i.severity().id());
                        ins.setString(4, String.join(",", i.alarmIds()));
                        setDouble(ins, 5, i.lon());
                        setDouble(ins, 6, i.lat());
                        ins.setString(7, String.join(",", i.enterprises()));
                        ins.setString(8, i.unitId());
                        ins.setLong(9, i.openedMs());
                        ins.setLong(10, i.updatedMs());
                        ins.setString(11, i.state().name());
                        ins.executeUpdate();
                    }
                    return null;
                });
    }

    /** Open incidents and the newest {@code closedKept} closed ones, oldest update first. */
    public List<Incident> loadIncidents(int closedKept) throws SQLException {
        return db.withConnection(
                c -> {
                    List<Incident> out = new ArrayList<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT id, kind, severity, alarm_ids, lon, lat, "
                                                    + "enterprises, unit_id, opened_ms, updated_ms, state FROM alarm_incident "
                                                    + "ORDER BY updated_ms, id");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            double lon = rs.getDouble(5);
                            if (rs.wasNull()) lon = Double.NaN;
                            double lat = rs.getDouble(6);
                            if (rs.wasNull()) lat = Double.NaN;
                            out.add(
                                    new Incident(
                                            rs.getString(1),
                                            Incident.Kind.valueOf(rs.getString(2)),
                                            Priority.of(rs.getString(3)),
                                            split(rs.getString(4)),
                                            lon,
                                            lat,
                                            split(rs.getString(7)),
                                            rs.getString(8),
                                            rs.getLong(9),
                                            rs.getLong(10),
                                            Incident.State.valueOf(rs.getString(11))));
                        }
                    }
                    long closed =
                            out.stream().filter(i -> i.state() == Incident.State.CLOSED).count();
                    List<Incident> kept = new ArrayList<>();
                    for (Incident i : out) {
                        if (i.state() == Incident.State.CLOSED && closed-- > closedKept) continue;
                        kept.add(i);
                    }
                    return kept;
                });
    }

    /** Records an operator closing an incident (kept with every earlier closing). */
    public void saveClosure(IncidentClosure closure) throws SQLException {
        saveClosure(closure, false);
    }

    /**
     * {@link #saveClosure(IncidentClosure)}; a {@code retry} (the earlier attempt may have
     * committed before its connection broke) writes nothing when the closing is already there.
     */
    public void saveClosure(IncidentClosure closure, boolean retry) throws SQLException {
        db.inTransaction(
                c -> {
                    if (retry) {
                        try (PreparedStatement q =
                                c.prepareStatement(
                                        "SELECT 1 FROM alarm_incident_close WHERE incident_id = ?"
                                                + " AND closed_ms = ?")) {
                            q.setString(1, closure.incidentId());
                            q.setLong(2, closure.closedMs());
                            try (java.sql.ResultSet rs = q.executeQuery()) {
                                if (rs.next()) return null;
                            }
                        }
                    }
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO alarm_incident_close (incident_id, closed_ms, "
                                            + "closed_by, reason) VALUES (?,?,?,?)")) {
                        ps.setString(1, closure.incidentId());
                        ps.setLong(2, closure.closedMs());
                        ps.setString(3, closure.closedBy());
                        ps.setString(4, closure.reason());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** The latest closing of each incident ever closed by an operator, by incident id. */
    public Map<String, IncidentClosure> loadLatestClosures() throws SQLException {
        return db.withConnection(
                c -> {
                    Map<String, IncidentClosure> out = new LinkedHashMap<>();
                    try (PreparedStatement ps =
                                    c.prepareStatement(
                                            "SELECT incident_id, closed_ms, closed_by, reason "
                                                    + "FROM alarm_incident_close ORDER BY closed_ms");
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(
                                    rs.getString(1),
                                    new IncidentClosure(
                                            rs.getString(1),
                                            rs.getLong(2),
                                            rs.getString(3),
                                            rs.getString(4)));
                        }
                    }
                    return out;
                });
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v) || Double.isInfinite(v)) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }
}
