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

/**
 * Issue 17's back-tracing through the real stack: the simulator's boundary air stations see its
 * scenarios' plumes for the wind its weather station publishes (OPC UA → bridge → MQTT → backend
 * history), and {@code GET /api/environment/backtrace} over the recorded window ranks the
 * enterprise the scenario released from first — E01 for the gas-leak at its chlorine bullet, E06
 * for the {@code voc-episode}. The wind veers in 30-second holds and the sky is overcast (Pasquill
 * D for the simulator and the backend alike), and the trace runs in 10-second steps so that the
 * test takes minutes, not hours.
 */
class BacktraceEndToEndTest {
    static final int HOLD_MS = 30_000;
    static final int STEP_S = 10;

    @Test
    void gasLeakAndVocEpisodeAreTracedToTheirEnterprises(@TempDir Path dir) throws Exception {
        try (DemoStack stack =
                DemoStack.start(
                        dir,
                        Set.of("PARK", "E01", "E06"),
                        Map.of(),
                        250,
                        null,
                        c -> DemoStack.withIntervals(c, 500))) {
            stack.simulator().setValue("PARK.WS1.WS", 3.0);
            stack.simulator().setValue("PARK.WS1.CC", 8.0);
            stack.simulator().setValue("PARK.WS1.WD", 240.0);
            // a loaded machine may take a while to bring every feed up
            await().atMost(Duration.ofSeconds(150))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/tags/PARK.WS1.CC")
                                                            .path("v")
                                                            .asDouble()
                                                    == 8.0
                                            && Http.getJson(stack, "/api/tags/PARK.AQ6.CL2")
                                                    .path("q")
                                                    .asText()
                                                    .equals("good"));
            double clBefore = Http.getJson(stack, "/api/tags/PARK.AQ1.CL2").path("v").asDouble();

            var leak =
                    stack.simulator()
                            .scenarios()
                            .start("gas-leak", Map.of("tank", "E01-V101", "rateKgPerS", "0.2"));
            long from = System.currentTimeMillis();
            double clAtFence = veer(stack, new double[] {240, 255, 270, 285, 300, 315});
            long to = System.currentTimeMillis();
            stack.simulator().scenarios().stop(leak.id());
            JsonNode cl = trace(stack, "CL2", from, to);
            assertEquals("E01", firstEnterprise(cl), cl.toString());
            assertTrue(
                    clAtFence > 20 * Math.max(1, clBefore),
                    "the north boundary station rose: " + clBefore + " → " + clAtFence);

            var voc =
                    stack.simulator()
                            .scenarios()
                            .start("voc-episode", Map.of("enterprise", "E06", "rampS", "1"));
            from = System.currentTimeMillis() + 2_000;
            veer(stack, new double[] {200, 220, 240, 260, 280, 300, 320});
            to = System.currentTimeMillis();
            stack.simulator().scenarios().stop(voc.id());
            JsonNode tvoc = trace(stack, "VOC", from, to);
            assertEquals("E06", firstEnterprise(tvoc), tvoc.toString());
            assertEquals("E06", tvoc.path("ranking").get(0).path("enterpriseId").asText());
        }
    }

    /**
     * Holds each wind direction for {@link #HOLD_MS}; returns the highest Cl₂ the north boundary
     * station reported at the end of a hold (through the backend's live state).
     */
    private static double veer(DemoStack stack, double[] fromDeg) throws Exception {
        double max = 0;
        for (double d : fromDeg) {
            stack.simulator().setValue("PARK.WS1.WD", d);
            Thread.sleep(HOLD_MS);
            max = Math.max(max, Http.getJson(stack, "/api/tags/PARK.AQ1.CL2").path("v").asDouble());
        }
        return max;
    }

    /** The back-trace of the window, once the history holds its last step. */
    private static JsonNode trace(DemoStack stack, String pollutant, long from, long to)
            throws Exception {
        Thread.sleep(3_000); // the last samples reach the history store
        return Http.getJson(
                stack,
                "/api/environment/backtrace?pollutant="
                        + pollutant
                        + "&from="
                        + from
                        + "&to="
                        + to
                        + "&step="
                        + STEP_S);
    }

    private static String firstEnterprise(JsonNode r) {
        List<String> order = new ArrayList<>();
        r.path("confidenceByEnterprise").fieldNames().forEachRemaining(order::add);
        assertTrue(!order.isEmpty(), r.toString());
        return order.get(0);
    }
}
