package org.parkwatch.backend.ingest;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttServer;
import io.vertx.mqtt.MqttServerOptions;
import io.vertx.mqtt.MqttWill;
import io.vertx.mqtt.messages.MqttPublishMessage;
import org.parkwatch.model.uplink.UplinkTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The MQTT server inside the backend that bridges publish to directly (MQTT 3.1.1). Accepts CONNECT through the
 * {@link UplinkAuthenticator}, applies PUBLISH QoS 0/1/2 through the {@link IngestPipeline} and acknowledges only
 * after the message was applied (PUBACK also for rejected payloads: resending a bad payload would not make it good),
 * keeps retained status messages, publishes a client's will into the pipeline when it vanishes without DISCONNECT,
 * and refuses SUBSCRIBE (the endpoint is for uplink only). Must be started on the ingest context: Vert.x then runs
 * every endpoint's handlers on that context.
 */
public final class EmbeddedMqttIngest {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMqttIngest.class);

    private final Vertx vertx;
    private final String host;
    private final int port;
    private final int maxMessageBytes;
    private final IngestPipeline pipeline;
    private final UplinkAuthenticator authenticator;
    private final Map<String, byte[]> retained = new LinkedHashMap<>();
    private final List<MqttEndpoint> endpoints = new ArrayList<>();
    private MqttServer server;

    /**
     * @param port            0 = any free port
     * @param maxMessageBytes largest MQTT message accepted by the codec; larger ones close the connection, so keep it
     *                        above ingest.maxPayloadBytes and let the pipeline reject oversize payloads politely
     */
    public EmbeddedMqttIngest(Vertx vertx, String host, int port, int maxMessageBytes, IngestPipeline pipeline,
                              UplinkAuthenticator authenticator) {
        this.vertx = vertx;
        this.host = host;
        this.port = port;
        this.maxMessageBytes = maxMessageBytes;
        this.pipeline = pipeline;
        this.authenticator = authenticator;
    }

    /** Binds the server; the future holds the bound port. */
    public Future<Integer> start() {
        MqttServerOptions options = new MqttServerOptions().setHost(host).setPort(port)
                .setMaxMessageSize(maxMessageBytes).setMaxClientIdLength(128);
        server = MqttServer.create(vertx, options);
        server.endpointHandler(this::connect);
        server.exceptionHandler(e -> LOG.warn("MQTT endpoint error: {}", e.toString()));
        return server.listen().map(s -> {
            LOG.info("MQTT uplink endpoint listening on {}:{}", host, s.actualPort());
            return s.actualPort();
        });
    }

    public Future<Void> stop() {
        for (MqttEndpoint e : new ArrayList<>(endpoints)) {
            if (e.isConnected()) e.close();
        }
        return server == null ? Future.succeededFuture() : server.close();
    }

    public int connectedClients() {
        return endpoints.size();
    }

    /** The retained status payload of a topic, or null. */
    public byte[] retained(String topic) {
        return retained.get(topic);
    }

    private void connect(MqttEndpoint endpoint) {
        String password = endpoint.auth() == null ? null : endpoint.auth().getPassword();
        String username = endpoint.auth() == null ? null : endpoint.auth().getUsername();
        authenticator.authenticate(endpoint.clientIdentifier(), username, password,
                        String.valueOf(endpoint.remoteAddress()))
                .onComplete(ar -> {
                    if (ar.succeeded() && Boolean.TRUE.equals(ar.result())) {
                        accept(endpoint);
                    } else {
                        LOG.warn("MQTT client {} from {} refused: not authorised", endpoint.clientIdentifier(),
                                endpoint.remoteAddress());
                        endpoint.reject(MqttConnectReturnCode.CONNECTION_REFUSED_NOT_AUTHORIZED);
                    }
                });
    }

    private void accept(MqttEndpoint endpoint) {
        boolean[] cleanDisconnect = {false};
        endpoint.publishAutoAck(false);
        endpoint.publishHandler(m -> publish(endpoint, m));
        endpoint.publishReleaseHandler(endpoint::publishComplete);
        endpoint.subscribeHandler(s -> {
            List<MqttQoS> refused = new ArrayList<>();
            s.topicSubscriptions().forEach(x -> refused.add(MqttQoS.FAILURE));
            endpoint.subscribeAcknowledge(s.messageId(), refused);
        });
        endpoint.unsubscribeHandler(u -> endpoint.unsubscribeAcknowledge(u.messageId()));
        endpoint.disconnectHandler(v -> cleanDisconnect[0] = true);
        endpoint.exceptionHandler(e -> LOG.warn("MQTT client {}: {}", endpoint.clientIdentifier(), e.toString()));
        endpoint.closeHandler(v -> {
            endpoints.remove(endpoint);
            LOG.info("MQTT client {} disconnected{}", endpoint.clientIdentifier(),
                    cleanDisconnect[0] ? "" : " without DISCONNECT");
            MqttWill will = endpoint.will();
            if (!cleanDisconnect[0] && will != null && will.isWillFlag()) {
                deliver(will.getWillTopic(), will.getWillMessageBytes(), will.isWillRetain());
            }
        });
        endpoints.add(endpoint);
        endpoint.accept(false);
        LOG.info("MQTT client {} connected from {}", endpoint.clientIdentifier(), endpoint.remoteAddress());
    }

    private void publish(MqttEndpoint endpoint, MqttPublishMessage m) {
        deliver(m.topicName(), m.payload().getBytes(), m.isRetain());
        switch (m.qosLevel()) {
            case AT_LEAST_ONCE -> endpoint.publishAcknowledge(m.messageId());
            case EXACTLY_ONCE -> endpoint.publishReceived(m.messageId());
            default -> { }
        }
    }

    private void deliver(String topic, byte[] payload, boolean retain) {
        pipeline.accept(topic, payload);
        if (retain) {
            UplinkTopics.Parsed t = UplinkTopics.parse(topic);
            if (t != null && !t.isSamples()) {
                if (payload.length == 0) retained.remove(topic);
                else retained.put(topic, payload);
            }
        }
    }
}
