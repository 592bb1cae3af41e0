package org.parkwatch.backend.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.model.uplink.FeedStatus;

/**
 * mqtt.mode=external through the machine's Mosquitto (127.0.0.1:1883). The test park's enterprises
 * (T01, T02) are not used by anyone else, and the backend's client id is unique per run; its
 * persistent session is removed after. (Authentication and the topic ACL are the broker's job in
 * this mode — see backend/README.md for Mosquitto's password_file and acl_file — the tag ACL stays
 * the backend's.)
 */
class ExternalMqttIngestTest {
    private static final String BROKER = "tcp://127.0.0.1:1883";

    @TempDir Path dataDir;

    @Test
    void batchesThroughMosquittoShowInApiTags() throws Exception {
        String clientId = "pw-core-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        try (TestBackend backend =
                TestBackend.start(
                        dataDir,
                        Map.of(
                                "mqtt.mode",
                                "external",
                                "mqtt.external.url",
                                BROKER,
                                "mqtt.external.clientId",
                                clientId))) {
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    backend.backend
                                                    .onIngestContext(() -> true)
                                                    .toCompletionStage()
                                                    .toCompletableFuture()
                                                    .get()
                                            && backend.get("/metrics")
                                                    .body()
                                                    .contains(
                                                            "parkwatch_ingest_bridges_connected"));
            assertEquals(
                    "external",
                    backend.getObject("/api/health").getJsonObject("mqtt").getString("mode"));
            try (UplinkPublisher b = new UplinkPublisher(BROKER, "T02", "T02-EXT", false)) {
                // the subscription may still be in flight: publish until the first batch arrives
                await().atMost(Duration.ofSeconds(15))
                        .pollInterval(Duration.ofMillis(300))
                        .untilAsserted(
                                () -> {
                                    b.publish(
                                            System.nanoTime(),
                                            List.of(sample("T02.GD201.CONC", 17.5)));
                                    assertEquals(
                                            17.5,
                                            backend.getObject("/api/tags/T02.GD201.CONC")
                                                    .getDouble("v"));
                                });
                long seq = backend.bridge("T02", "T02-EXT").getLong("lastSeq");
                b.publish(seq, List.of(sample("T02.GD201.CONC", 30.0))); // duplicate
                b.publish(
                        seq + 1,
                        List.of(sample("T02.GD201.CONC", 18.5), sample("T02.PV201.PT", 905.0)));
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(
                                () ->
                                        assertEquals(
                                                905.0,
                                                backend.getObject("/api/tags/T02.PV201.PT")
                                                        .getDouble("v")));
                assertEquals(18.5, backend.getObject("/api/tags/T02.GD201.CONC").getDouble("v"));
                assertEquals(1, backend.bridge("T02", "T02-EXT").getLong("duplicatesDropped"));
                // the tag ACL also holds behind a broker: on T02's topic only T02's tags apply
                // (issue 7)
                b.publish(
                        seq + 2,
                        List.of(sample("T01.TK101.LT", 11.0), sample("T02.PV201.PT", 906.0)));
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(
                                () ->
                                        assertEquals(
                                                906.0,
                                                backend.getObject("/api/tags/T02.PV201.PT")
                                                        .getDouble("v")));
                assertNull(backend.getObject("/api/tags/T01.TK101.LT").getValue("v"));
                assertTrue(
                        backend.get("/metrics")
                                .body()
                                .contains(
                                        "parkwatch_uplink_refused_total{reason=\"foreign-tag\"} 1.0"));
                b.status(FeedStatus.OFFLINE);
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(
                                () ->
                                        assertEquals(
                                                "offline",
                                                backend.bridge("T02", "T02-EXT")
                                                        .getString("state")));
                b.client.publish(
                        org.parkwatch.model.uplink.UplinkTopics.status("T02", "T02-EXT"),
                        new byte[0],
                        1,
                        true); // clear the retained status on the shared broker
            }
        } finally {
            removeSession(clientId);
        }
    }

    /**
     * Connecting once with clean session true drops the persistent session the backend left on the
     * broker.
     */
    private static void removeSession(String clientId) throws Exception {
        MqttClient c = new MqttClient(BROKER, clientId, new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        c.connect(o);
        c.disconnect();
        c.close();
    }
}
