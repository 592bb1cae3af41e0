package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.trucks.TruckFleet;
import org.parkwatch.model.logistics.demo.DemoFleet;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The demo's truck simulator against the demo park's backend over real TCP JT/T 808: the park
 * provisions the demo fleet, each terminal enrols itself and keeps its issued code owner-only;
 * {@code truck-deviation} sends 豫E10001 into 纬一路 and E01's route-deviation alarm activates; {@code
 * unlicensed-truck} drives a truck with an expired permit to the west gate, which refuses it with
 * that reason. The trucks drive at 90 km/h here so the test does not wait for a demo-speed trip (so
 * speeding alarms come too; they are not what is checked).
 */
class TruckScenariosTest {
    @Test
    void deviationAndUnlicensedTruckScenariosProduceTheirAlarms(@TempDir Path dir)
            throws Exception {
        InProcessBackend backend =
                InProcessBackend.start(
                        dir.resolve("data"),
                        Map.of(
                                "risk.qra.autoStart", "false",
                                "logistics.jt808.enabled", "true",
                                "logistics.jt808.host", "127.0.0.1",
                                "logistics.jt808.port", "0",
                                "logistics.demoFleet", "true",
                                "logistics.pushMs", "200"));
        String token = backend.adminToken();
        DemoFleet demo = DemoFleet.of(ParkCatalog.loadDemo());
        Path secrets = dir.resolve("secrets");
        try (TruckFleet fleet =
                new TruckFleet(
                        new DemoFleet(90, 1, demo.trucks()),
                        "127.0.0.1",
                        backend.app().capabilities().logistics().jt808Port(),
                        secrets,
                        500)) {
            fleet.start();
            Path code = secrets.resolve("13800010001.authcode");
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(code));
            assertEquals(
                    "rw-------",
                    java.nio.file.attribute.PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(code)));

            // the truck to E01 inside the park with its permitted route, then the detour
            await().atMost(Duration.ofSeconds(120))
                    .until(
                            () -> {
                                try {
                                    JsonNode r =
                                            Http.getJson(
                                                    backend.base()
                                                            + "/api/logistics/vehicles/13800010001/route",
                                                    token);
                                    return r.path("insidePark").asBoolean() && r.has("route");
                                } catch (AssertionError e) {
                                    return false;
                                }
                            });
            assertEquals("豫E10001", fleet.deviate("豫E10001").orElseThrow());
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> activeAlarms(backend, token).contains("E01.TRUCK_OFFROUTE"));

            assertEquals("豫E10009", fleet.sendUnlicensed().orElseThrow());
            await().atMost(Duration.ofSeconds(120))
                    .until(
                            () ->
                                    Http.getJson(
                                                    backend.base()
                                                            + "/api/logistics/gate/decisions",
                                                    token)
                                            .toString()
                                            .contains("VEHICLE_PERMIT_EXPIRED"));
            JsonNode decisions =
                    Http.getJson(backend.base() + "/api/logistics/gate/decisions", token);
            boolean refused = false;
            for (JsonNode d : decisions.path("decisions")) {
                if (d.path("plate").asText().equals("豫E10009")) {
                    refused |= !d.path("allowed").asBoolean(true);
                }
            }
            assertTrue(refused, "the expired permit is refused at the gate: " + decisions);
        } finally {
            backend.close();
        }
    }

    private static String activeAlarms(InProcessBackend backend, String token) throws Exception {
        return Http.getJson(backend.base() + "/api/alarms", token).toString();
    }
}
