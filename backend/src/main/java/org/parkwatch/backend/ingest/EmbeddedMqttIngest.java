package org.parkwatch.backend.ingest;

import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttServer;
import io.vertx.mqtt.MqttServerOptions;
import io.vertx.mqtt.MqttWill;
import io.vertx.mqtt.messages.MqttPublishMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT server inside the backend that bridges publish to directly (MQTT 3.1.1, optionally over
 * TLS). Accepts CONNECT through the {@link UplinkAuthenticator} (refused: return code "not
 * authorized", logged with client id and address, counted in {@code
 * parkwatch.uplink.refused{reason}}), checks every PUBLISH and the will against the topic rule of
 * {@link UplinkAcl} (a foreign topic is dropped, acknowledged so the client's window does not jam,
 * logged and counted; after {@link UplinkAcl#VIOLATIONS_BEFORE_DISCONNECT} of them the connection
 * is closed), applies PUBLISH QoS 0/1/2 through the {@link IngestPipeline} and acknowledges only
 * after the message's samples are durable in the history's write-ahead log (issue 19, D2: a crash
 * after PUBACK never loses the batch; group commit shares one fsync among many batches). PUBACKs
 * leave in the order the PUBLISHes came (MQTT 3.1.1 §4.6), each after its own and all earlier
 * messages' durability. A message refused for a reason (undecodable, foreign, a duplicate) is
 * acknowledged too, in turn: resending it would not make it good. When the log cannot make a batch
 * durable the connection is closed without acknowledging, so the bridge keeps it in its spool.
 * Keeps retained status messages, publishes a client's will into the pipeline when it vanishes
 * without DISCONNECT, and refuses SUBSCRIBE (the endpoint is for uplink only). Must be started on
 * the ingest context: Vert.x then runs every endpoint's handlers on that context.
 */
public final class EmbeddedMqttIngest {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMqttIngest.class);

    private final Vertx vertx;
    private final String host;
    private final int port;
    private final int maxMessageBytes;
    private final IngestPipeline pipeline;
    private final UplinkAuthenticator authenticator;
    private final ParkWatchMetrics metrics;
    private final KeyCertOptions tls;
    private final WarnLimiter warnings;
    private final Map<String, byte[]> retained = new LinkedHashMap<>();
    private final List<MqttEndpoint> endpoints = new ArrayList<>();
    private MqttDevices devices;
    private MqttServer server;

    /**
     * @param port 0 = any free port
     * @param maxMessageBytes largest MQTT message accepted by the codec; larger ones close the
     *     connection, so keep it above ingest.maxPayloadBytes and let the pipeline reject oversize
     *     payloads politely
     * @param tls the server's key and certificate for MQTT over TLS; null = plain TCP
     */
    public EmbeddedMqttIngest(
            Vertx vertx,
            String host,
            int port,
            int maxMessageBytes,
            IngestPipeline pipeline,
            UplinkAuthenticator authenticator,
            ParkWatchMetrics metrics,
            KeyCertOptions tls,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.metrics = metrics;
        this.tls = tls;
        this.warnings =
                new WarnLimiter(
                        LOG, IngestPipeline.LOG_INTERVAL_MS, IngestPipeline.LOG_BURST, clockMs);
        this.host = host;
        this.port = port;
        this.maxMessageBytes = maxMessageBytes;
        this.pipeline = pipeline;
        this.authenticator = authenticator;
    }

    /**
     * Lets devices other than bridges (gates, issue 16) connect with their own credentials; call
     * before {@link #start()}. Null: bridges only.
     */
    public EmbeddedMqttIngest devices(MqttDevices devices) {
        this.devices = devices;
        return this;
    }

    /** Binds the server; the future holds the bound port. */
    public Future<Integer> start() {
        MqttServerOptions options =
                new MqttServerOptions()
                        .setHost(host)
                        .setPort(port)
                        .setMaxMessageSize(maxMessageBytes)
                        .setMaxClientIdLength(128);
        if (tls != null) options.setSsl(true).setKeyCertOptions(tls);
        server = MqttServer.create(vertx, options);
        server.endpointHandler(this::connect);
        server.exceptionHandler(e -> LOG.warn("MQTT endpoint error: {}", e.toString()));
        return server.listen()
                .map(
                        s -> {
                            LOG.info(
                                    "MQTT uplink endpoint listening on {}:{}{}",
                                    host,
                                    s.actualPort(),
                                    tls != null ? " (TLS)" : "");
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
        String address = String.valueOf(endpoint.remoteAddress());
        if (devices != null && username != null && devices.claims(username)) {
            connectDevice(endpoint, username, password, address);
            return;
        }
        authenticator
                .authenticate(endpoint.clientIdentifier(), username, password, address)
                .onComplete(
                        ar -> {
                            String reason =
                                    ar.failed()
                                            ? UplinkAuthenticator.Result.BAD_CREDENTIALS
                                            : ar.result().isAccepted()
                                                    ? null
                                                    : ar.result().reason();
                            if (ar.failed())
                                LOG.error(
                                        "uplink authentication failed: {}", ar.cause().toString());
                            if (reason == null) {
                                UplinkClient client = ar.result().client();
                                MqttWill will = endpoint.will();
                                if (will != null
                                        && will.isWillFlag()
                                        && !UplinkAcl.mayPublish(client, will.getWillTopic())) {
                                    refuse(
                                            endpoint,
                                            address,
                                            "will-acl",
                                            "its last will names topic '"
                                                    + will.getWillTopic()
                                                    + "', which "
                                                    + client
                                                    + " may not publish");
                                    return;
                                }
                                accept(endpoint, client);
                            } else {
                                refuse(
                                        endpoint,
                                        address,
                                        reason,
                                        switch (reason) {
                                            case UplinkAuthenticator.Result.MISSING_CREDENTIALS ->
                                                    "no user name or password";
                                            case UplinkAuthenticator.Result.THROTTLED ->
                                                    "too many failed logins from this address in the last minute; not checked";
                                            default ->
                                                    "user name or password not accepted (user '"
                                                            + username
                                                            + "')";
                                        });
                            }
                        });
    }

    /**
     * A device's connection: its own credentials, PUBLISH to its own topic only (a foreign topic
     * counts as an ACL violation, as for a bridge), no will, no SUBSCRIBE.
     */
    private void connectDevice(
            MqttEndpoint endpoint, String username, String password, String address) {
        var id = devices.authenticate(username, password);
        if (id.isEmpty()) {
            refuse(
                    endpoint,
                    address,
                    UplinkAuthenticator.Result.BAD_CREDENTIALS,
                    "device credentials not accepted (user '" + username + "')");
            return;
        }
        String device = id.get();
        int[] violations = {0};
        OrderedAcks acks =
                new OrderedAcks(vertx.getOrCreateContext(), e -> notDurable(endpoint, e));
        endpoint.publishAutoAck(false);
        endpoint.publishHandler(
                m -> {
                    CompletableFuture<Object> done = new CompletableFuture<>();
                    devices.publish(device, m.topicName(), m.payload().getBytes())
                            .onComplete(
                                    ar -> {
                                        if (ar.succeeded()) {
                                            done.complete(null);
                                        } else if (ar.cause() instanceof SecurityException) {
                                            done.complete(null);
                                            deviceViolation(endpoint, device, m, ++violations[0]);
                                        } else {
                                            done.completeExceptionally(ar.cause());
                                        }
                                    });
                    if (m.qosLevel() != MqttQoS.AT_MOST_ONCE)
                        acks.after(done, () -> ack(endpoint, m));
                });
        endpoint.publishReleaseHandler(endpoint::publishComplete);
        endpoint.subscribeHandler(
                s -> {
                    List<MqttQoS> refused = new ArrayList<>();
                    s.topicSubscriptions().forEach(x -> refused.add(MqttQoS.FAILURE));
                    endpoint.subscribeAcknowledge(s.messageId(), refused);
                });
        endpoint.unsubscribeHandler(u -> endpoint.unsubscribeAcknowledge(u.messageId()));
        endpoint.closeHandler(v -> endpoints.remove(endpoint));
        endpoints.add(endpoint);
        endpoint.accept(false);
        LOG.info("MQTT device {} connected from {}", device, endpoint.remoteAddress());
    }

    private void deviceViolation(
            MqttEndpoint endpoint, String device, MqttPublishMessage m, int count) {
        metrics.uplinkRefused("topic-acl", 1);
        warnings.warn(
                device,
                "MQTT device '{}' may not publish to '{}': dropped ({} of {} before disconnect)",
                device,
                m.topicName(),
                count,
                UplinkAcl.VIOLATIONS_BEFORE_DISCONNECT);
        if (count >= UplinkAcl.VIOLATIONS_BEFORE_DISCONNECT && endpoint.isConnected()) {
            endpoint.close();
        }
    }

    private void refuse(MqttEndpoint endpoint, String address, String reason, String why) {
        metrics.uplinkRefused(reason, 1);
        // rate-limited per host, not per host:port: a client retrying from new ports is still one
        // client
        String host = endpoint.remoteAddress() == null ? address : endpoint.remoteAddress().host();
        warnings.warn(
                host,
                "MQTT client '{}' from {} refused (not authorized): {}",
                endpoint.clientIdentifier(),
                address,
                why);
        endpoint.reject(MqttConnectReturnCode.CONNECTION_REFUSED_NOT_AUTHORIZED);
    }

    private void accept(MqttEndpoint endpoint, UplinkClient client) {
        boolean[] cleanDisconnect = {false};
        int[] violations = {0};
        OrderedAcks acks =
                new OrderedAcks(vertx.getOrCreateContext(), e -> notDurable(endpoint, e));
        endpoint.publishAutoAck(false);
        endpoint.publishHandler(
                m -> {
                    if (UplinkAcl.mayPublish(client, m.topicName())) {
                        publish(endpoint, acks, m);
                    } else {
                        aclViolation(endpoint, client, m, ++violations[0], acks);
                    }
                });
        endpoint.publishReleaseHandler(endpoint::publishComplete);
        endpoint.subscribeHandler(
                s -> {
                    List<MqttQoS> refused = new ArrayList<>();
                    s.topicSubscriptions().forEach(x -> refused.add(MqttQoS.FAILURE));
                    endpoint.subscribeAcknowledge(s.messageId(), refused);
                });
        endpoint.unsubscribeHandler(u -> endpoint.unsubscribeAcknowledge(u.messageId()));
        endpoint.disconnectHandler(v -> cleanDisconnect[0] = true);
        endpoint.exceptionHandler(
                e -> LOG.warn("MQTT client {}: {}", endpoint.clientIdentifier(), e.toString()));
        endpoint.closeHandler(
                v -> {
                    endpoints.remove(endpoint);
                    LOG.info(
                            "MQTT client {} disconnected{}",
                            endpoint.clientIdentifier(),
                            cleanDisconnect[0] ? "" : " without DISCONNECT");
                    MqttWill will = endpoint.will();
                    if (!cleanDisconnect[0] && will != null && will.isWillFlag()) {
                        deliver(
                                will.getWillTopic(),
                                will.getWillMessageBytes(),
                                will.isWillRetain());
                    }
                });
        endpoints.add(endpoint);
        endpoint.accept(false);
        LOG.info(
                "MQTT client {} connected from {} as bridge {}",
                endpoint.clientIdentifier(),
                endpoint.remoteAddress(),
                client);
    }

    /**
     * Drops a PUBLISH to a topic the bridge does not own; acknowledges it so the client's window
     * does not jam.
     */
    private void aclViolation(
            MqttEndpoint endpoint,
            UplinkClient client,
            MqttPublishMessage m,
            int count,
            OrderedAcks acks) {
        metrics.uplinkRefused("topic-acl", 1);
        warnings.warn(
                client.toString(),
                "MQTT client '{}' ({}, bridge {}) may not publish to '{}': dropped ({} of {}"
                        + " before disconnect)",
                endpoint.clientIdentifier(),
                endpoint.remoteAddress(),
                client,
                m.topicName(),
                count,
                UplinkAcl.VIOLATIONS_BEFORE_DISCONNECT);
        acks.after(CompletableFuture.completedFuture(null), () -> ack(endpoint, m));
        if (count >= UplinkAcl.VIOLATIONS_BEFORE_DISCONNECT && endpoint.isConnected()) {
            LOG.warn(
                    "MQTT client '{}' (bridge {}) disconnected after {} topic ACL violations",
                    endpoint.clientIdentifier(),
                    client,
                    count);
            endpoint.close();
        }
    }

    private void publish(MqttEndpoint endpoint, OrderedAcks acks, MqttPublishMessage m) {
        CompletableFuture<?> durable = deliver(m.topicName(), m.payload().getBytes(), m.isRetain());
        if (m.qosLevel() != MqttQoS.AT_MOST_ONCE) acks.after(durable, () -> ack(endpoint, m));
    }

    /** Applies a message; the future completes once what it changed is durable. */
    private CompletableFuture<?> deliver(String topic, byte[] payload, boolean retain) {
        IngestPipeline.Accepted accepted = pipeline.acceptDurably(topic, payload);
        if (retain
                && accepted.outcome()
                        == IngestPipeline.Outcome.STATUS) { // only status of park bridges: bounded
            if (payload.length == 0) retained.remove(topic);
            else retained.put(topic, payload);
        }
        return accepted.durable();
    }

    private static void ack(MqttEndpoint endpoint, MqttPublishMessage m) {
        if (!endpoint.isConnected()) return;
        switch (m.qosLevel()) {
            case AT_LEAST_ONCE -> endpoint.publishAcknowledge(m.messageId());
            case EXACTLY_ONCE -> endpoint.publishReceived(m.messageId());
            default -> {}
        }
    }

    private static void notDurable(MqttEndpoint endpoint, Throwable e) {
        if (!endpoint.isConnected()) return;
        LOG.error(
                "MQTT client {}: a batch could not be made durable ({}); closing the connection"
                        + " unacknowledged so the bridge keeps it",
                endpoint.clientIdentifier(),
                e.toString());
        endpoint.close();
    }
}
