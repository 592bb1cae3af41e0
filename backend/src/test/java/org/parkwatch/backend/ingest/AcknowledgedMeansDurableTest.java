package org.parkwatch.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Issue 19, D2: the backend's MQTT endpoint acknowledges a batch (PUBACK) only once its samples are
 * durable, and keeps the PUBACKs in the order the batches came. A real backend and a real MQTT
 * client; the durable store is held back by a gate so that "not yet durable" lasts as long as the
 * test needs (with the real write-ahead log it lasts one group commit, too short to observe). The
 * kill -9 side of the guarantee is proven end to end by {@code
 * e2e.AcknowledgedMeansDurableE2ETest}.
 */
class AcknowledgedMeansDurableTest {
    @TempDir Path dir;

    @Test
    void pubackWaitsForDurabilityAndKeepsTheOrder() throws Exception {
        try (TestBackend tb = TestBackend.start(dir, Map.of())) {
            List<CompletableFuture<Object>> gates = new CopyOnWriteArrayList<>();
            tb.backend
                    .pipeline()
                    .durableStore(
                            (bridge, epoch, seq, samples) -> {
                                CompletableFuture<Object> gate = new CompletableFuture<>();
                                gates.add(gate);
                                return gate;
                            });
            MqttAsyncClient client =
                    new MqttAsyncClient(
                            "tcp://127.0.0.1:" + tb.ports.mqtt(),
                            "pw-d2-" + System.nanoTime(),
                            new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            client.connect(o).waitForCompletion(10_000);
            try {
                String topic = UplinkTopics.samples("T01", "T01-D2");
                long now = System.currentTimeMillis();
                IMqttDeliveryToken applied = client.publish(topic, batch(1, 12.5, now), 1, false);
                // refused for a reason: acknowledged, but only after the batch before it
                IMqttDeliveryToken garbage =
                        client.publish(
                                topic, "not a batch".getBytes(StandardCharsets.UTF_8), 1, false);
                Thread.sleep(1_500);
                assertEquals(1, gates.size(), "the applied batch went to the durable store");
                assertFalse(applied.isComplete(), "no PUBACK before the batch is durable");
                assertFalse(garbage.isComplete(), "no PUBACK overtakes an earlier one");

                gates.get(0).complete(null);
                applied.waitForCompletion(10_000);
                garbage.waitForCompletion(10_000);
                assertTrue(applied.isComplete() && garbage.isComplete());

                // a batch that could not be made durable is never acknowledged: the connection
                // closes, so the bridge keeps it in its spool and sends it again
                IMqttDeliveryToken failed =
                        client.publish(topic, batch(2, 13.5, now + 100), 1, false);
                long deadline = System.currentTimeMillis() + 10_000;
                while (gates.size() < 2 && System.currentTimeMillis() < deadline) Thread.sleep(20);
                gates.get(1).completeExceptionally(new java.io.IOException("disk full"));
                while (client.isConnected() && System.currentTimeMillis() < deadline)
                    Thread.sleep(20);
                assertFalse(client.isConnected(), "the endpoint closed the connection");
                assertFalse(failed.isComplete() && failed.getException() == null, "no PUBACK");
            } finally {
                if (client.isConnected()) client.disconnect().waitForCompletion(5_000);
                client.close();
            }
        }
    }

    private static byte[] batch(long seq, double value, long sourceMs) {
        return new UplinkCodec()
                .encode(
                        new UplinkBatch(
                                "T01",
                                "T01-D2",
                                seq,
                                System.currentTimeMillis(),
                                List.of(Sample.of("T01.TK101.LT", value, sourceMs)),
                                "d2epoch"));
    }
}
