package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The gas leak at E01-V101 on a running demo stack, up to a command record with its proposal (the
 * zones exist), and the commander's steps through the HTTP API as the administrator: the shared
 * setup of the emergency browser tests.
 */
final class EmergencyLeak {
    private EmergencyLeak() {}

    /**
     * Sets a steady wind, waits until the detector and the wind are good, starts the {@code
     * gas-leak} scenario and returns the incident id once its proposal rests on a zone run.
     */
    static String start(DemoStack stack) throws Exception {
        steadyWind(stack);
        awaitGood(stack, "E01.GD101.GAS", "PARK.WS1.WD", "PARK.WS1.WS");
        startScenario(stack);
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            JsonNode list = Http.getJson(stack, "/api/emergency/incidents");
                            if (list.isEmpty()) return false;
                            id[0] = list.get(0).path("incidentId").asText();
                            return Http.getJson(stack, "/api/emergency/incidents/" + id[0])
                                    .path("proposal")
                                    .path("zoneRun")
                                    .isTextual();
                        });
        return id[0];
    }

    /** POSTs a JSON body to the stack as the administrator; fails unless the answer is 200. */
    static JsonNode post(DemoStack stack, String path, String json) throws Exception {
        HttpResponse<String> r =
                Http.CLIENT.send(
                        HttpRequest.newBuilder(URI.create(stack.httpBase() + path))
                                .header("Authorization", "Bearer " + stack.adminToken())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new AssertionError("POST " + path + " → " + r.statusCode() + ": " + r.body());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
    }

    /** A steady 3 m/s wind from {@link ThreatZonesEndToEndTest#WIND_FROM_DEG} at PARK.WS1. */
    static void steadyWind(DemoStack stack) throws Exception {
        stack.simulator().setValue("PARK.WS1.WS", 3.0);
        stack.simulator().setValue("PARK.WS1.WD", ThreatZonesEndToEndTest.WIND_FROM_DEG);
    }

    /** Waits (up to 30 s) until every one of {@code tags} reads with quality good. */
    static void awaitGood(DemoStack stack, String... tags) {
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            for (String tag : tags) {
                                if (!good(stack, tag)) return false;
                            }
                            return true;
                        });
    }

    /** Starts the simulator's {@code gas-leak} scenario at tank E01-V101. */
    static void startScenario(DemoStack stack) throws Exception {
        stack.simulator().scenarios().start("gas-leak", Map.of("tank", "E01-V101"));
    }

    private static boolean good(DemoStack stack, String tag) throws Exception {
        return Http.getJson(stack, "/api/tags/" + tag).path("q").asText().equals("good");
    }
}
