package org.parkwatch.backend.logistics;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * People in threat zones through the real backend on the demo park: ten people enter E01 through
 * its gate device; a chlorine leak at E01's V101 (detectors, live wind) opens an incident whose
 * threat zones cover part of E01's site, and the incident's people-in-zones answer places E01's
 * people in the zones by the site's share; another enterprise's user gets 404.
 */
class PeopleInZonesTest {
    @Test
    void theStaffInsideAnEnterpriseJoinItsIncidentsThreatZones(@TempDir Path dir) throws Exception {
        try (TestBackend b =
                TestBackend.startAll(
                        TestBackend.config(
                                dir, Map.of("db.enabled", "true", "live.refreshMs", "60000")),
                        ParkCatalog.loadDemo())) {
            String secret = GateDevicesTest.provision(b, "G-E01", "E01");
            for (int i = 0; i < 10; i++) {
                GateDevicesTest.report(
                        b, "G-E01", "G-E01", secret, GateDevicesTest.person("P" + i, "in"));
            }
            long t0 = System.currentTimeMillis() - 5000;
            try (UplinkPublisher park =
                            UplinkPublisher.embedded(b.ports.mqtt(), "PARK", "PARK-B1");
                    UplinkPublisher e01 =
                            UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
                park.publish(
                        1,
                        List.of(
                                new Sample("PARK.WS1.WD", 270.0, t0, 0),
                                new Sample("PARK.WS1.WS", 3.0, t0, 0),
                                new Sample("PARK.WS1.TA", 15.0, t0, 0),
                                new Sample("PARK.WS1.CC", 8.0, t0, 0)));
                e01.publish(
                        1,
                        List.of(
                                new Sample("E01.GD101.GAS", 0.45, t0, 0),
                                new Sample("E01.GD102.GAS", 0.40, t0, 0)));
                e01.publish(
                        2,
                        List.of(
                                new Sample("E01.GD101.GAS", 0.50, t0 + 2500, 0),
                                new Sample("E01.GD102.GAS", 0.42, t0 + 2500, 0)));
            }
            String[] incident = {null};
            JsonObject[] answer = {null};
            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () -> {
                                for (Object o : b.getArray("/api/incidents")) {
                                    String id = ((JsonObject) o).getString("id");
                                    HttpResponse<String> r =
                                            b.get("/api/incidents/" + id + "/people-in-zones");
                                    if (r.statusCode() == 200) {
                                        incident[0] = id;
                                        answer[0] = new JsonObject(r.body());
                                        return true;
                                    }
                                }
                                return false;
                            });
            JsonArray zones = answer[0].getJsonArray("zones");
            assertTrue(zones.size() > 0, answer[0].encode());
            int placed = 0;
            for (Object o : zones) {
                for (Object s : ((JsonObject) o).getJsonArray("enterprises")) {
                    JsonObject share = (JsonObject) s;
                    assertEquals("E01", share.getString("enterpriseId"), answer[0].encode());
                    assertEquals(10, share.getInteger("peopleInside"));
                    double fraction = share.getDouble("siteFraction");
                    assertEquals(
                            (int) Math.ceil(10 * fraction - 1e-9),
                            share.getInteger("peopleInZone"));
                    placed = Math.max(placed, share.getInteger("peopleInZone"));
                }
            }
            assertTrue(placed > 0, "the outermost zone reaches E01's site: " + answer[0].encode());
            assertEquals(placed, answer[0].getInteger("maxPeopleInAZone"));

            String e02 = TestAuth.token(b.backend, Role.ENTERPRISE, "E02");
            HttpResponse<String> foreign =
                    TestHttp.CLIENT.send(
                            HttpRequest.newBuilder(
                                            b.uri(
                                                    "/api/incidents/"
                                                            + incident[0]
                                                            + "/people-in-zones"))
                                    .header("Authorization", "Bearer " + e02)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(404, foreign.statusCode(), foreign.body());
        }
    }
}
