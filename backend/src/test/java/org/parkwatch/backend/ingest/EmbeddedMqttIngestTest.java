package org.parkwatch.backend.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Bridges publishing real UplinkCodec batches with Paho to the backend's embedded MQTT endpoint.
 */
class EmbeddedMqttIngestTest {
    @TempDir Path dataDir;
    private TestBackend backend;

    @BeforeEach
    void start() throws Exception {
        backend = TestBackend.start(dataDir, Map.of("ingest.maxPayloadBytes", "4096"));
    }

    @AfterEach
    void stop() throws Exception {
        backend.close();
    }

    @Test
    void publishedBatchShowsInApiTags() throws Exception {
        try (UplinkPublisher b1 = UplinkPublisher.embedded(backend.ports.mqtt(), "T01", "T01-B1")) {
            long ts = System.currentTimeMillis() - 40;
            b1.publish(
                    1,
                    List.of(
                            new Sample("T01.TK101.LT", 12.34, ts, 0),
                            sample("T01.SIS1.TRIP", true)));
            // PUBACK came after the batch was applied, so the values are there already
            JsonObject lt = backend.getObject("/api/tags/T01.TK101.LT");
            assertEquals(12.34, lt.getDouble("v"));
            assertEquals(ts, lt.getLong("ts"));
            assertEquals("good", lt.getString("q"));
            assertEquals(false, lt.getBoolean("stale"));
            assertEquals("TK101 液位", lt.getString("nameZh"));
            assertEquals("TK101 level", lt.getString("nameEn"));
            assertEquals(16.0, lt.getJsonObject("limits").getDouble("h"));
            assertEquals(true, backend.getObject("/api/tags/T01.SIS1.TRIP").getBoolean("v"));
            assertEquals(3, backend.getArray("/api/tags?enterprise=T01").size());
            JsonObject bridge = backend.bridge("T01", "T01-B1");
            assertEquals("online", bridge.getString("state"));
            assertEquals(1, bridge.getLong("lastSeq"));
        }
    }

    @Test
    void duplicateSeqIsDroppedAndCounted() throws Exception {
        try (UplinkPublisher b1 = UplinkPublisher.embedded(backend.ports.mqtt(), "T01", "T01-B1")) {
            b1.publish(7, List.of(sample("T01.TK101.LT", 5.0)));
            b1.publish(7, List.of(sample("T01.TK101.LT", 6.0)));
            b1.publish(6, List.of(sample("T01.TK101.LT", 7.0)));
            assertEquals(5.0, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
            assertEquals(2, backend.feed("T01").getLong("duplicatesDropped"));
            assertTrue(
                    backend.get("/metrics")
                            .body()
                            .contains("parkwatch_ingest_duplicates_dropped_total 2.0"));
        }
    }

    @Test
    void badInputIsRejectedWhileGoodInputAndOtherBridgesCarryOn() throws Exception {
        try (UplinkPublisher b1 = UplinkPublisher.embedded(backend.ports.mqtt(), "T01", "T01-B1");
                UplinkPublisher b2 =
                        UplinkPublisher.embedded(backend.ports.mqtt(), "T02", "T02-B1")) {
            String t01 = UplinkTopics.samples("T01", "T01-B1");
            b1.publishRaw(t01, "{\"v\":1,\"enterprise\":\"T01\",".getBytes(StandardCharsets.UTF_8));
            b1.publishRaw(t01, new byte[5000]); // over ingest.maxPayloadBytes=4096
            b1.publishRaw(
                    UplinkTopics.samples("T02", "T01-B1"),
                    new UplinkCodec()
                            .encode(
                                    new org.parkwatch.model.uplink.UplinkBatch(
                                            "T01", "T01-B1", 1, 0, List.of())));
            b1.publish(
                    1,
                    List.of(
                            sample("T01.TK101.LT", 3.5),
                            sample("T01.UNKNOWN.TAG", 1.0),
                            sample("T01.SIS1.TRIP", "yes")));
            b2.publish(1, List.of(sample("T02.PV201.PT", 812.0)));

            assertTrue(b1.client.isConnected(), "a bridge sending bad input is not disconnected");
            assertEquals(3.5, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
            assertEquals(null, backend.getObject("/api/tags/T01.SIS1.TRIP").getValue("v"));
            assertEquals(812.0, backend.getObject("/api/tags/T02.PV201.PT").getDouble("v"));
            JsonObject f = backend.feed("T01");
            assertEquals(1, f.getLong("unknownTags"));
            assertEquals("T01.UNKNOWN.TAG", f.getJsonArray("unknownTagIds").getString(0));
            assertEquals(2, backend.bridge("T01", "T01-B1").getLong("rejectedSamples"));
            String metrics = backend.get("/metrics").body();
            assertTrue(metrics.contains("parkwatch_ingest_decode_errors_total 3.0"), metrics);
            assertTrue(metrics.contains("parkwatch_ingest_samples_rejected_total 2.0"), metrics);
            b1.publish(2, List.of(sample("T01.TK101.LT", 4.5)));
            assertEquals(4.5, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
        }
    }

    @Test
    void willMarksTheBridgeLost() throws Exception {
        String uri = "tcp://127.0.0.1:" + backend.ports.mqtt();
        UplinkPublisher bridge = new UplinkPublisher(uri, "T02", "T02-B7", true);
        bridge.status(FeedStatus.ONLINE);
        bridge.publish(1, List.of(sample("T02.GD201.CONC", 4.0), sample("T02.PV201.PT", 800.0)));
        assertEquals("online", backend.bridge("T02", "T02-B7").getString("state"));
        assertEquals("ok", backend.feed("T02").getString("health"));
        bridge.client.disconnectForcibly(
                100, 100, false); // no DISCONNECT packet: the broker must publish the will
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () ->
                                assertEquals(
                                        "lost",
                                        backend.bridge("T02", "T02-B7").getString("state")));
        assertEquals("down", backend.feed("T02").getString("health"));
        bridge.client.close();
    }

    @Test
    void subscribeIsRefusedButTheConnectionStays() throws Exception {
        MqttClient c =
                new MqttClient(
                        "tcp://127.0.0.1:" + backend.ports.mqtt(),
                        "viewer",
                        new MemoryPersistence());
        c.connect(new MqttConnectOptions());
        try {
            c.subscribe("parkwatch/v1/#", 1);
        } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
            // Paho reports a refused subscription (granted QoS 0x80) as an exception: expected
        }
        assertTrue(c.isConnected());
        c.disconnect();
        c.close();
    }

    @Test
    void staleDetectionMarksASilentTag() throws Exception {
        backend.adminToken(); // log in first: the fresh-state read below must come within the 600
        // ms
        try (UplinkPublisher b1 = UplinkPublisher.embedded(backend.ports.mqtt(), "T01", "T01-B1")) {
            b1.publish(
                    1,
                    List.of(sample("T01.SIS1.TRIP", false))); // samplingMs 200 → stale after 600 ms
            assertEquals(false, backend.getObject("/api/tags/T01.SIS1.TRIP").getBoolean("stale"));
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(
                            () ->
                                    assertEquals(
                                            true,
                                            backend.getObject("/api/tags/T01.SIS1.TRIP")
                                                    .getBoolean("stale")));
            assertNotNull(backend.getObject("/api/tags/T01.SIS1.TRIP").getLong("rx"));
        }
    }
}
