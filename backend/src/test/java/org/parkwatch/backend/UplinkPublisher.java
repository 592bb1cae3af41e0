package org.parkwatch.backend;

import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.parkwatch.model.uplink.FeedStatus;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * A Paho client that publishes like a bridge: UplinkCodec batches QoS 1, status retained, optional
 * last will.
 */
public final class UplinkPublisher implements AutoCloseable {
    private static final UplinkCodec CODEC = new UplinkCodec();

    public final String enterpriseId;
    public final String bridgeId;
    public final MqttClient client;

    public UplinkPublisher(String serverUri, String enterpriseId, String bridgeId, boolean withWill)
            throws MqttException {
        this(serverUri, enterpriseId, bridgeId, withWill, null, null, null);
    }

    /**
     * @param username null = connect without credentials
     * @param socketFactory for ssl:// URIs: trusts the test's server certificate; null = the JVM
     *     default
     */
    public UplinkPublisher(
            String serverUri,
            String enterpriseId,
            String bridgeId,
            boolean withWill,
            String username,
            String password,
            javax.net.SocketFactory socketFactory)
            throws MqttException {
        this.enterpriseId = enterpriseId;
        this.bridgeId = bridgeId;
        this.client =
                new MqttClient(
                        serverUri, bridgeId + "-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setConnectionTimeout(10);
        o.setKeepAliveInterval(30);
        o.setMaxInflight(1000);
        o.setMqttVersion(
                MqttConnectOptions
                        .MQTT_VERSION_3_1_1); // no silent 3.1 retry: one CONNECT per attempt
        if (username != null) o.setUserName(username);
        if (password != null) o.setPassword(password.toCharArray());
        if (socketFactory != null) o.setSocketFactory(socketFactory);
        if (withWill) {
            o.setWill(
                    UplinkTopics.status(enterpriseId, bridgeId),
                    CODEC.encodeStatus(
                            new FeedStatus(enterpriseId, bridgeId, FeedStatus.LOST, 0, 0, 1)),
                    1,
                    true);
        }
        client.connect(o);
    }

    public static UplinkPublisher embedded(int port, String enterpriseId, String bridgeId)
            throws MqttException {
        return new UplinkPublisher("tcp://127.0.0.1:" + port, enterpriseId, bridgeId, false);
    }

    /** Publishes a batch QoS 1 and waits for the PUBACK (the backend sends it after applying). */
    public void publish(long seq, List<Sample> samples) throws MqttException {
        publishRaw(
                UplinkTopics.samples(enterpriseId, bridgeId),
                CODEC.encode(
                        new UplinkBatch(
                                enterpriseId, bridgeId, seq, System.currentTimeMillis(), samples)));
    }

    /** {@link #publish(long, List)} of a bridge whose sequence carries an epoch (issue 19). */
    public void publish(long seq, String epoch, List<Sample> samples) throws MqttException {
        publishRaw(
                UplinkTopics.samples(enterpriseId, bridgeId),
                CODEC.encode(
                        new UplinkBatch(
                                enterpriseId,
                                bridgeId,
                                seq,
                                System.currentTimeMillis(),
                                samples,
                                epoch)));
    }

    public void publishRaw(String topic, byte[] payload) throws MqttException {
        client.publish(topic, payload, 1, false);
    }

    public void status(String state) throws MqttException {
        client.publish(
                UplinkTopics.status(enterpriseId, bridgeId),
                CODEC.encodeStatus(
                        new FeedStatus(
                                enterpriseId, bridgeId, state, System.currentTimeMillis(), 1, 1)),
                1,
                true);
    }

    public static Sample sample(String tagId, Object value) {
        return new Sample(tagId, value, System.currentTimeMillis(), Sample.GOOD);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) client.disconnect(2000);
        client.close();
    }
}
