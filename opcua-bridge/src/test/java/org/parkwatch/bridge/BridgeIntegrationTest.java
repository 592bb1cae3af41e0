package org.parkwatch.bridge;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.testsupport.LoopbackOpcUaServer;
import org.parkwatch.bridge.testsupport.MqttProbe;
import org.parkwatch.bridge.testsupport.TestConfigs;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkTopics;

/** OPC UA server on loopback → bridge → the machine's Mosquitto → a Paho subscriber. */
class BridgeIntegrationTest {
    @TempDir Path spoolDir;

    private LoopbackOpcUaServer server;
    private Bridge bridge;
    private MqttProbe probe;
    private BridgeConfig cfg;

    @AfterEach
    void stop() throws Exception {
        if (bridge != null) bridge.close();
        if (probe != null) {
            probe.close();
            MqttProbe.clearRetainedWithNewClient(
                    UplinkTopics.status(cfg.enterpriseId(), cfg.bridgeId()));
        }
        if (server != null) server.close();
    }

    private void startBridge(List<Mapping> mappings) throws Exception {
        cfg =
                TestConfigs.bridge(
                        TestConfigs.uniqueId("I"),
                        MqttProbe.BROKER,
                        spoolDir,
                        1000,
                        50,
                        server.endpointUrl(),
                        mappings);
        probe =
                new MqttProbe(
                        UplinkTopics.samples(cfg.enterpriseId(), cfg.bridgeId()),
                        UplinkTopics.status(cfg.enterpriseId(), cfg.bridgeId()));
        bridge = new Bridge(cfg);
        bridge.start();
    }

    private Object valueOf(String tagId) {
        Sample s = lastPublished(tagId);
        return s == null ? null : s.value();
    }

    private long statusOf(String tagId) {
        Sample s = lastPublished(tagId);
        return s == null ? -1 : s.status();
    }

    private Sample lastPublished(String tagId) {
        return probe.batches.stream()
                .flatMap(b -> b.samples().stream())
                .filter(s -> s.tagId().equals(tagId))
                .reduce((a, b) -> b)
                .orElse(null);
    }

    private static Mapping map(String name, String tagId) {
        return new Mapping(LoopbackOpcUaServer.node(name), tagId, 50, 0, 0);
    }

    @Test
    void samplesFlowFromOpcUaToMqtt() throws Exception {
        server = new LoopbackOpcUaServer().variable("TK1.LT", 3.5).variable("TK1.HS", false);
        server.start();
        long before = System.currentTimeMillis();
        startBridge(List.of(map("TK1.LT", "X.TK1.LT"), map("TK1.HS", "X.TK1.HS")));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                lastPublished("X.TK1.LT") != null
                                        && lastPublished("X.TK1.HS") != null);
        assertEquals(3.5, valueOf("X.TK1.LT"));
        assertEquals(Boolean.FALSE, valueOf("X.TK1.HS"));
        server.set("TK1.LT", 6.0);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Objects.equals(6.0, valueOf("X.TK1.LT")));
        Sample s = lastPublished("X.TK1.LT");
        assertEquals(Sample.GOOD, s.status());
        assertTrue(
                s.sourceTimeMs() >= before - 1000
                        && s.sourceTimeMs() <= System.currentTimeMillis());
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () ->
                                probe.statuses.stream()
                                        .anyMatch(
                                                st ->
                                                        st.state().equals(FeedStatus.ONLINE)
                                                                && st.serversUp() == 1));
        assertTrue(bridge.stats().samplesRead() >= 3);
        assertTrue(probe.errors.isEmpty(), probe.errors.toString());
        try (StatusEndpoint status = new StatusEndpoint(0, List.of(bridge))) {
            var response =
                    java.net.http.HttpClient.newHttpClient()
                            .send(
                                    java.net.http.HttpRequest.newBuilder(
                                                    java.net.URI.create(
                                                            "http://127.0.0.1:"
                                                                    + status.port()
                                                                    + "/status"))
                                            .build(),
                                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            var json =
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(response.body())
                            .get(0);
            assertEquals(cfg.bridgeId(), json.get("bridgeId").asText());
            assertTrue(json.get("samplesRead").asLong() >= 3, response.body());
            assertEquals(1, json.get("serversUp").asInt());
        }
    }

    @Test
    void serverRestartTurnsTagsBadThenGoodAgain() throws Exception {
        server = new LoopbackOpcUaServer().variable("TK1.LT", 1.0).variable("TK1.HS", true);
        server.start();
        startBridge(List.of(map("TK1.LT", "X.TK1.LT"), map("TK1.HS", "X.TK1.HS")));
        await().atMost(Duration.ofSeconds(20)).until(() -> lastPublished("X.TK1.LT") != null);
        server.stop();
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                statusOf("X.TK1.LT") == Sample.BAD_NO_COMMUNICATION
                                        && statusOf("X.TK1.HS") == Sample.BAD_NO_COMMUNICATION);
        assertNull(valueOf("X.TK1.HS"));
        server.set("TK1.LT", 2.0);
        server.start();
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                (statusOf("X.TK1.LT") == Sample.GOOD)
                                        && (statusOf("X.TK1.HS") == Sample.GOOD));
        assertEquals(2.0, valueOf("X.TK1.LT"));
        assertEquals(Boolean.TRUE, valueOf("X.TK1.HS"));
        server.set("TK1.LT", 2.5);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Objects.equals(2.5, valueOf("X.TK1.LT")));
    }

    @Test
    void badNodeIdInMappingsLeavesOtherMappingsFlowing() throws Exception {
        server = new LoopbackOpcUaServer().variable("TK1.LT", 1.0);
        server.start();
        startBridge(
                List.of(
                        new Mapping(LoopbackOpcUaServer.node("Missing"), "X.MISSING", 50, 0, 0),
                        map("TK1.LT", "X.TK1.LT")));
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () ->
                                lastPublished("X.MISSING") != null
                                        && lastPublished("X.TK1.LT") != null);
        assertTrue(lastPublished("X.MISSING").isBad());
        assertEquals(1, bridge.problems().size());
        server.set("TK1.LT", 8.0);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Objects.equals(8.0, valueOf("X.TK1.LT")));
    }
}
