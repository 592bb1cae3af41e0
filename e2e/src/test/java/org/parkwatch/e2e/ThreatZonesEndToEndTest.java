package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Issue 6's live threat zones end to end: the simulator's gas-leak scenario at E01's chlorine tank
 * V101 with the simulated wind blowing towards the village north of the park (real OPC UA → bridges
 * → MQTT → backend) → a leak incident whose zones are computed with the live PARK.WS1 wind, pushed
 * as {@code incident.zones} and served at {@code /api/incidents/:id/threat-zones}. The test checks
 * that the zones lie downwind of the source for the wind the live tag reports, and that the people
 * reported inside equal the population of the population-layer features it finds intersecting the
 * returned polygons with JTS itself.
 */
class ThreatZonesEndToEndTest {
    /**
     * Wind from 186°: the plume heads north-north-east, over Xiaolizhuang (about 500 m at 6° from
     * V101).
     */
    static final double WIND_FROM_DEG = 186;

    @Test
    void gasLeakIncidentGetsLiveThreatZonesDownwindWithThePeopleInside(@TempDir Path dir)
            throws Exception {
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01", "PARK"), Map.of(), 250);
                WsRecorder ws =
                        new WsRecorder(u -> {}, true).connect(stack.wsUrl(), stack.adminToken())) {
            stack.simulator().setValue("PARK.WS1.WS", 3.0);
            stack.simulator().setValue("PARK.WS1.WD", WIND_FROM_DEG);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> {
                                JsonNode wd = Http.getJson(stack, "/api/tags/PARK.WS1.WD");
                                return wd.path("q").asText().equals("good")
                                        && Math.abs(wd.path("v").asDouble() - WIND_FROM_DEG) < 0.01
                                        && Http.getJson(stack, "/api/tags/E01.GD101.GAS")
                                                .path("q")
                                                .asText()
                                                .equals("good");
                            });
            stack.simulator().scenarios().start("gas-leak", Map.of("tank", "E01-V101"));

            await().atMost(Duration.ofSeconds(45))
                    .until(
                            () ->
                                    ws.messages().stream()
                                            .anyMatch(
                                                    m ->
                                                            m.path("type")
                                                                    .asText()
                                                                    .equals("incident.zones")));
            JsonNode pushed =
                    ws.messages().stream()
                            .filter(m -> m.path("type").asText().equals("incident.zones"))
                            .findFirst()
                            .orElseThrow();
            String incidentId = pushed.path("incidentId").asText();
            JsonNode incident = Http.getJson(stack, "/api/incidents/" + incidentId);
            assertEquals("LEAK", incident.path("kind").asText());
            assertTrue(
                    pushed.path("zones").path("features").size() >= 3,
                    "zones pushed with the event");

            JsonNode zones = Http.getJson(stack, "/api/incidents/" + incidentId + "/threat-zones");
            JsonNode in = zones.path("inputs");
            assertTrue(in.path("featureId").asText().startsWith("E01-V10"), in.toString());
            assertTrue(
                    in.path("weatherSource").asText().startsWith("live PARK-WS1"), in.toString());
            JsonNode liveWind = Http.getJson(stack, "/api/tags/PARK.WS1.WD");
            assertEquals(liveWind.path("v").asDouble(), in.path("windFromDeg").asDouble(), 0.05);

            // downwind: every vertex lies ahead of the source along the wind's travel direction
            double lon0 = in.path("lon").asDouble();
            double lat0 = in.path("lat").asDouble();
            double t = Math.toRadians(liveWind.path("v").asDouble());
            double dE = -Math.sin(t);
            double dN = -Math.cos(t);
            List<Geometry> polygons = new ArrayList<>();
            GeoJsonReader reader = new GeoJsonReader();
            double farthest = 0;
            for (JsonNode f : zones.path("features")) {
                if (f.path("geometry").isNull()) continue;
                Geometry g = reader.read(f.path("geometry").toString());
                polygons.add(g);
                for (Coordinate c : g.getCoordinates()) {
                    double east = (c.x - lon0) * 111_320 * Math.cos(Math.toRadians(lat0));
                    double north = (c.y - lat0) * 110_574;
                    double along = east * dE + north * dN;
                    assertTrue(along > -1.0, "vertex " + c + " lies upwind by " + along + " m");
                    farthest = Math.max(farthest, along);
                }
            }
            assertTrue(
                    farthest > 500,
                    "the outer zone reaches beyond the village: " + farthest + " m");

            // people inside: the population features that intersect the returned polygons, found
            // here with JTS
            int expected = 0;
            List<String> inside = new ArrayList<>();
            for (JsonNode f :
                    Http.getJson(stack, "/api/layers/sensitive-targets").path("features")) {
                Geometry g = reader.read(f.path("geometry").toString());
                if (polygons.stream().anyMatch(z -> z.intersects(g))) {
                    expected += f.path("properties").path("population").asInt();
                    inside.add(f.path("id").asText());
                }
            }
            assertTrue(
                    inside.contains("V-XIAOLIZHUANG"),
                    "the village downwind is in the zones: " + inside);
            assertEquals(
                    expected,
                    zones.path("exposure").path("population").asInt(),
                    "people inside " + inside);
            List<String> reported = new ArrayList<>();
            zones.path("exposure")
                    .path("targets")
                    .forEach(x -> reported.add(x.path("id").asText()));
            assertEquals(inside.stream().sorted().toList(), reported.stream().sorted().toList());
        }
    }
}
