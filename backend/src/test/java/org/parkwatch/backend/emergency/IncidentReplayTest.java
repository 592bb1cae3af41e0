package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * The replay of an incident (issue 14, scope 7): the command state folded to an instant, and the
 * route through the real backend showing an earlier state at an earlier instant.
 */
class IncidentReplayTest {
    @TempDir Path dataDir;

    private static AuditRecord entry(long seq, long ts, String action, String detail) {
        return new AuditRecord(seq, ts, "op", "operator", "-", action, "INC-1", detail, "", "");
    }

    @Test
    void levelInForceIsTheLastDecidedOrChangedOneUpToTheInstant() {
        List<AuditRecord> log =
                List.of(
                        entry(1, 100, "incident.detected", "{}"),
                        entry(2, 200, "level.decided", "{\"level\":\"IV\",\"reason\":\"r\"}"),
                        entry(3, 300, "level.changed", "{\"from\":\"IV\",\"to\":\"II\"}"));
        assertNull(IncidentReplay.levelAt(log.subList(0, 1)));
        assertEquals(ResponseLevel.IV, IncidentReplay.levelAt(log.subList(0, 2)));
        assertEquals(ResponseLevel.II, IncidentReplay.levelAt(log));
    }

    @Test
    void taskStatusFollowsItsTimeStamps() {
        Task t =
                new Task(
                        "INC-1/a",
                        "INC-1",
                        "a",
                        "III",
                        "g",
                        "组",
                        "group",
                        "做",
                        "do",
                        null,
                        Task.Status.DONE,
                        100,
                        200L,
                        300L);
        assertTrue(IncidentReplay.tasksAt(List.of(t), 99).isEmpty());
        assertEquals(Task.Status.TODO, IncidentReplay.tasksAt(List.of(t), 150).get(0).status());
        assertEquals(Task.Status.DOING, IncidentReplay.tasksAt(List.of(t), 200).get(0).status());
        assertEquals(Task.Status.DONE, IncidentReplay.tasksAt(List.of(t), 300).get(0).status());
    }

    @Test
    void dispatchedResourceIsEnRouteUntilItsEtaThenOnSceneUntilReleased() {
        Dispatch d =
                new Dispatch("D1", "INC-1", "T-1", 1_000, 900.0, 60.0, "路", "road", 100_000L, "op");
        assertTrue(IncidentReplay.dispatchesAt(List.of(d), 999).isEmpty());
        assertEquals(
                ReplayFrame.Movement.EN_ROUTE,
                IncidentReplay.dispatchesAt(List.of(d), 60_999).get(0).movement());
        assertEquals(
                ReplayFrame.Movement.ON_SCENE,
                IncidentReplay.dispatchesAt(List.of(d), 61_000).get(0).movement());
        assertEquals(
                ReplayFrame.Movement.RELEASED,
                IncidentReplay.dispatchesAt(List.of(d), 100_000).get(0).movement());
    }

    @Test
    void replayBeforeTheDecisionShowsNoLevelNoZonesAndTheEarlierGasValue() throws Exception {
        try (TestBackend b = EmergencyCommandTest.start(dataDir, Map.of("db.enabled", "true"))) {
            EmergencyScenario s = new EmergencyScenario(b);
            String id = s.leak();
            s.commanderFlow(id);
            String path = "/api/emergency/incidents/" + id + "/replay";
            JsonObject now = s.ok(s.operatorToken(), "GET", path, null);
            long detected = s.record(id).getLong("detectedMs");
            // the leak published 0.45, then 0.50 2.5 s later on E01.GD101.GAS (sample times before
            // the detection): the replay at the first sample shows the first value
            long first = Long.MAX_VALUE;
            for (Object o :
                    s.ok(
                                    s.operatorToken(),
                                    "GET",
                                    "/api/history/E01.GD101.GAS/raw?from="
                                            + (detected - 600_000)
                                            + "&to="
                                            + (detected + 600_000),
                                    null)
                            .getJsonArray("samples"))
                first = Math.min(first, ((JsonObject) o).getLong("t"));
            JsonObject early = s.ok(s.operatorToken(), "GET", path + "?at=" + first, null);

            assertTrue(now.getString("level") != null, now.encode());
            assertTrue(now.getJsonObject("zones").getJsonArray("features").size() > 0);
            assertTrue(now.getJsonArray("tasks").size() > 0);
            assertTrue(now.getJsonObject("routes") != null);
            assertNull(early.getString("level"));
            assertNull(early.getValue("zones"));
            assertEquals(0, early.getJsonArray("tasks").size());
            assertEquals(0, early.getJsonArray("dispatches").size());
            assertEquals(
                    0.45,
                    early.getJsonObject("values").getJsonObject("E01.GD101.GAS").getDouble("v"));
            assertEquals(
                    0.5, now.getJsonObject("values").getJsonObject("E01.GD101.GAS").getDouble("v"));

            assertEquals(
                    400,
                    s.call(s.operatorToken(), "GET", path + "?at=yesterday", null).statusCode());
            assertEquals(
                    400,
                    s.call(s.operatorToken(), "GET", path + "?at=" + (detected - 86_400_000L), null)
                            .statusCode());
        }
    }
}
