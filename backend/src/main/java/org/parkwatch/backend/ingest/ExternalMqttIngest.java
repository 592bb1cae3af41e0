package org.parkwatch.backend.ingest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.util.concurrent.CompletableFuture;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.uplink.UplinkTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest from an external broker (Mosquitto, EMQX): a persistent session (clean session false)
 * subscribed with QoS 1 to {@link UplinkTopics#ALL}; each message is acknowledged (manual PUBACK,
 * in order) only once its samples are durable in the history's write-ahead log, so the broker keeps
 * and redelivers whatever a crash interrupted (issue 19, D2). Durability then spans two parties:
 * the bridge's spool until the broker's PUBACK, the broker's persistent session (its persistence
 * file when configured, else its memory) until the backend's PUBACK, the log after. Reconnects with
 * exponential back-off. Must be started on the ingest context.
 */
public final class ExternalMqttIngest {
    private static final Logger LOG = LoggerFactory.getLogger(ExternalMqttIngest.class);

    private final Vertx vertx;
    private final ParkWatchConfig.External config;
    private final IngestPipeline pipeline;
    private final MqttClient client;
    private long failures;
    private OrderedAcks acks;
    private long connection; // counts lost connections: acknowledgements belong to one
    private boolean stopped;
    private long reconnectTimer = -1;

    public ExternalMqttIngest(
            Vertx vertx,
            ParkWatchConfig.External config,
            int maxMessageBytes,
            IngestPipeline pipeline) {
        this.vertx = vertx;
        this.config = config;
        this.pipeline = pipeline;
        MqttClientOptions options =
                new MqttClientOptions()
                        .setClientId(config.clientId())
                        .setCleanSession(false)
                        .setMaxMessageSize(maxMessageBytes)
                        .setKeepAliveInterval(30);
        options.setAutoAck(false);
        options.setSsl(config.ssl());
        if (!config.username().isEmpty()) options.setUsername(config.username());
        if (!config.password().isEmpty()) options.setPassword(config.password());
        this.client = MqttClient.create(vertx, options);
        client.publishHandler(
                m -> {
                    OrderedAcks acks = acks();
                    long generation = connection;
                    CompletableFuture<?> durable =
                            pipeline.acceptDurably(m.topicName(), m.payload().getBytes()).durable();
                    if (m.qosLevel().value() > 0)
                        acks.after(
                                durable,
                                () -> {
                                    // a message of an earlier connection is redelivered instead
                                    if (generation == connection && client.isConnected()) m.ack();
                                });
                });
        client.closeHandler(
                v -> {
                    acks = null;
                    connection++;
                    if (stopped) return;
                    LOG.warn("connection to MQTT broker {}:{} lost", config.host(), config.port());
                    scheduleReconnect();
                });
        client.exceptionHandler(
                e -> LOG.warn("MQTT broker {}:{}: {}", config.host(), config.port(), e.toString()));
    }

    /** The acknowledgements of the current connection (one chain per connection). */
    private OrderedAcks acks() {
        if (acks == null) {
            acks =
                    new OrderedAcks(
                            vertx.getOrCreateContext(),
                            e -> {
                                LOG.error(
                                        "a batch could not be made durable ({}); disconnecting"
                                                + " unacknowledged so the broker redelivers it",
                                        e.toString());
                                if (client.isConnected()) client.disconnect();
                            });
        }
        return acks;
    }

    /** Connects and subscribes; a failure does not fail the start, it schedules a reconnect. */
    public Future<Void> start() {
        connect();
        return Future.succeededFuture();
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    private void connect() {
        if (stopped) return;
        client.connect(config.port(), config.host())
                .compose(ack -> client.subscribe(UplinkTopics.ALL, 1))
                .onSuccess(
                        id -> {
                            failures = 0;
                            LOG.info(
                                    "subscribed to {} on MQTT broker {}:{} as {}",
                                    UplinkTopics.ALL,
                                    config.host(),
                                    config.port(),
                                    config.clientId());
                        })
                .onFailure(
                        e -> {
                            LOG.warn(
                                    "cannot connect to MQTT broker {}:{}: {}",
                                    config.host(),
                                    config.port(),
                                    e.toString());
                            if (client.isConnected())
                                client.disconnect(); // the close handler reconnects
                            else scheduleReconnect();
                        });
    }

    private void scheduleReconnect() {
        if (stopped || reconnectTimer >= 0) return;
        long delay =
                Math.min(
                        config.reconnectMaxMs(), config.reconnectMinMs() << Math.min(failures, 20));
        failures++;
        LOG.info("reconnecting to MQTT broker in {} ms", delay);
        reconnectTimer =
                vertx.setTimer(
                        delay,
                        id -> {
                            reconnectTimer = -1;
                            connect();
                        });
    }

    public Future<Void> stop() {
        stopped = true;
        if (reconnectTimer >= 0) vertx.cancelTimer(reconnectTimer);
        return client.isConnected() ? client.disconnect() : Future.succeededFuture();
    }
}
