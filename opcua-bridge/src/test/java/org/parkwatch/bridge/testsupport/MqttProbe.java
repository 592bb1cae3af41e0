package org.parkwatch.bridge.testsupport;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkFormatException;

/**
 * A Paho subscriber on the machine's Mosquitto that decodes what a bridge publishes, for
 * assertions.
 */
public final class MqttProbe implements AutoCloseable {
    public static final String BROKER = "tcp://127.0.0.1:1883";
    public static final int BROKER_PORT = 1883;

    private final MqttClient client;
    private final UplinkCodec codec = new UplinkCodec();
    public final List<UplinkBatch> batches = new CopyOnWriteArrayList<>();
    public final List<FeedStatus> statuses = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();

    public MqttProbe(String samplesTopic, String statusTopic) throws MqttException {
        client = new MqttClient(BROKER, "probe-" + UUID.randomUUID(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        client.connect(o);
        client.subscribe(
                samplesTopic,
                1,
                (t, m) -> {
                    try {
                        batches.add(codec.decode(m.getPayload()));
                    } catch (UplinkFormatException e) {
                        errors.add(e.getMessage());
                    }
                });
        client.subscribe(
                statusTopic,
                1,
                (t, m) -> {
                    if (m.getPayload().length > 0) statuses.add(codec.decodeStatus(m.getPayload()));
                });
    }

    /**
     * Clears a retained message with a short-lived client (after the bridge's own {@code offline}
     * went out).
     */
    public static void clearRetainedWithNewClient(String topic) throws MqttException {
        MqttClient c =
                new MqttClient(BROKER, "probe-clear-" + UUID.randomUUID(), new MemoryPersistence());
        c.connect();
        c.publish(topic, new byte[0], 1, true);
        c.disconnect();
        c.close();
    }

    public List<Long> seqs() {
        return batches.stream().map(UplinkBatch::seq).toList();
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
