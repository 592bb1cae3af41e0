package org.parkwatch.backend.risk.zones;

import io.vertx.core.json.JsonObject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.db.Database;

/**
 * Threat-zone runs of incidents in the database (migration V9: {@code threat_zone_run}), so an
 * incident's zones and their history survive a restart. Every call blocks: call it off the event
 * loop.
 */
public final class ThreatZoneRepository {
    private final Database db;

    public ThreatZoneRepository(Database db) {
        this.db = db;
    }

    public void save(ZoneRun run) throws SQLException {
        db.inTransaction(
                c -> {
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "INSERT INTO threat_zone_run (run_id, incident_id, "
                                            + "enterprise_id, trigger_kind, computed_ms, result_json) VALUES (?,?,?,?,?,?)")) {
                        ps.setString(1, run.runId());
                        ps.setString(2, run.incidentId());
                        ps.setString(3, run.enterpriseId());
                        ps.setString(4, run.trigger());
                        ps.setLong(5, run.computedMs());
                        ps.setString(6, run.resultJson());
                        ps.executeUpdate();
                    }
                    return null;
                });
    }

    /** The newest {@code limit} runs, oldest first (to replay into memory in order). */
    public List<ZoneRun> loadRecent(int limit) throws SQLException {
        return db.withConnection(
                c -> {
                    List<ZoneRun> out = new ArrayList<>();
                    try (PreparedStatement ps =
                            c.prepareStatement(
                                    "SELECT run_id, incident_id, enterprise_id, trigger_kind, "
                                            + "computed_ms, result_json FROM threat_zone_run ORDER BY computed_ms DESC, run_id DESC")) {
                        ps.setMaxRows(limit);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(
                                        0,
                                        ThreatZoneJson.run(
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getString(3),
                                                rs.getString(4),
                                                rs.getLong(5),
                                                new JsonObject(rs.getString(6))));
                            }
                        }
                    }
                    return out;
                });
    }
}
