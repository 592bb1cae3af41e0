package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Emergency command through the real backend (demo park, H2GIS file database, embedded MQTT): see
 * {@link EmergencyScenario}.
 */
class EmergencyCommandTest {
    @TempDir Path dataDir;

    static TestBackend start(Path dataDir, Map<String, String> db) throws Exception {
        Map<String, String> cfg = new java.util.HashMap<>(db);
        cfg.put("live.refreshMs", "60000"); // the weather is published once
        cfg.put("risk.qra.autoStart", "false");
        return TestBackend.startAll(TestBackend.config(dataDir, cfg), ParkCatalog.loadDemo());
    }

    @Test
    void leakIncidentIsCommandedFromProposalToAfterActionReport() throws Exception {
        try (TestBackend b = start(dataDir, Map.of("db.enabled", "true"))) {
            EmergencyScenario s = new EmergencyScenario(b);
            s.brokenPlanIsRefused();
            String id = s.leak();
            s.proposalSaysWhy(id);
            assertFalse(s.commanderFlow(id).getBoolean("drill"));
            s.reportMatchesApi(id, false);
            assertEquals(0, s.drillsOnTheTracker(), "a real incident is not a drill");

            // the log is append-only: a changed row breaks the chain at that row
            int changed =
                    b.backend
                            .store()
                            .database()
                            .withConnection(
                                    c -> {
                                        try (var ps =
                                                c.prepareStatement(
                                                        "UPDATE emergency_log SET detail = '{\"tampered\":true}' WHERE incident_id = ? AND seq = 3")) {
                                            ps.setString(1, id);
                                            return ps.executeUpdate();
                                        }
                                    });
            assertEquals(1, changed);
            JsonObject log =
                    s.ok(s.operatorToken(), "GET", "/api/emergency/incidents/" + id + "/log", null);
            assertFalse(log.getBoolean("chainOk"));
            assertEquals(3L, log.getLong("firstBadSeq"));
        }
    }
}
