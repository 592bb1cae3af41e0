package org.parkwatch.backend.app;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.ingest.DurableMarks;
import org.parkwatch.backend.ingest.EmbeddedMqttIngest;
import org.parkwatch.backend.ingest.ExternalMqttIngest;
import org.parkwatch.backend.ingest.IngestPipeline;
import org.parkwatch.backend.ingest.MqttDevices;
import org.parkwatch.backend.ingest.SeqHighWater;
import org.parkwatch.backend.ingest.UplinkAuthenticator;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.platform.config.TlsKeystore;
import org.parkwatch.backend.platform.http.HttpApi;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.push.PushHub;
import org.parkwatch.backend.security.Security;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the ingest context: the capabilities' start and stop, the HTTP server, the MQTT transport
 * and the periodic tasks of live state, push, sequence marks and sessions all run here. Starts the
 * capabilities in order, then MQTT, then HTTP; stops in the reverse order.
 */
final class Transports extends VerticleBase {
    /** Period of rate updates and routine feed refreshes, milliseconds. */
    static final long TICK_MS = 1000;

    /**
     * Room above ingest.maxPayloadBytes for the MQTT header, so oversize payloads reach the
     * pipeline's check.
     */
    private static final int MQTT_HEADROOM_BYTES = 64 * 1024;

    /** How often expired sessions and idle login counters are forgotten, milliseconds. */
    private static final long SWEEP_MS = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(Transports.class);

    private final ParkWatchConfig config;
    private final IngestPipeline pipeline;
    private final PushHub push;
    private final LiveState live;
    private final SeqHighWater seqs;
    private final ParkWatchMetrics metrics;
    private final Security security;
    private final List<RouteSpec> routeTable;
    private final UplinkAuthenticator uplink;
    private final List<Capability> capabilities;
    private final MqttDevices devices;
    private final List<Long> timers = new ArrayList<>();
    private final List<Capability> started = new ArrayList<>();
    private HttpServer http;
    private EmbeddedMqttIngest embedded;
    private ExternalMqttIngest external;
    private volatile Context ingestContext;
    private DurableMarks marks;
    private volatile int httpPort;
    private volatile int mqttPort;

    Transports(
            ParkWatchConfig config,
            IngestPipeline pipeline,
            PushHub push,
            LiveState live,
            SeqHighWater seqs,
            ParkWatchMetrics metrics,
            Security security,
            List<RouteSpec> routeTable,
            UplinkAuthenticator uplink,
            List<Capability> capabilities,
            MqttDevices devices) {
        this.config = config;
        this.pipeline = pipeline;
        this.push = push;
        this.live = live;
        this.seqs = seqs;
        this.metrics = metrics;
        this.security = security;
        this.routeTable = routeTable;
        this.uplink = uplink;
        this.capabilities = capabilities;
        this.devices = devices;
    }

    Context context() {
        return ingestContext;
    }

    int httpPort() {
        return httpPort;
    }

    int mqttPort() {
        return mqttPort;
    }

    @Override
    public Future<?> start() {
        ingestContext = context;
        timers.add(
                vertx.setPeriodic(
                        config.live().staleCheckMs(),
                        id -> live.checkStale(System.currentTimeMillis())));
        timers.add(vertx.setPeriodic(TICK_MS, id -> live.tick(System.currentTimeMillis())));
        timers.add(vertx.setPeriodic(config.push().flushMs(), id -> push.flush()));
        // the marks are written behind the log, before each acknowledgement (issue 19, D2)
        marks =
                new DurableMarks(
                        seqs,
                        snapshot ->
                                vertx.executeBlocking(
                                                () -> {
                                                    seqs.write(snapshot);
                                                    return null;
                                                })
                                        .toCompletionStage()
                                        .toCompletableFuture(),
                        task -> context.runOnContext(v -> task.run()));
        pipeline.durableMarks(marks);
        timers.add(vertx.setPeriodic(SWEEP_MS, id -> security.sweep()));
        return startInOrder(0).compose(v -> startTransports());
    }

    /** Starts the capabilities one after another, in the order the root built them. */
    private Future<Void> startInOrder(int i) {
        if (i == capabilities.size()) return Future.succeededFuture();
        Capability c = capabilities.get(i);
        return c.start()
                .compose(
                        v -> {
                            started.add(c);
                            return startInOrder(i + 1);
                        });
    }

    private Future<?> startTransports() {
        int maxMqttBytes = config.ingest().maxPayloadBytes() + MQTT_HEADROOM_BYTES;
        Future<Integer> mqtt;
        if (config.mqtt().mode() == ParkWatchConfig.MqttMode.EMBEDDED) {
            embedded =
                    new EmbeddedMqttIngest(
                            vertx,
                            config.mqtt().embedded().host(),
                            config.mqtt().embedded().port(),
                            maxMqttBytes,
                            pipeline,
                            uplink,
                            metrics,
                            TlsKeystore.options(config, "mqtt.tls.keystore"),
                            System::currentTimeMillis);
            mqtt = embedded.devices(devices).start();
        } else {
            external =
                    new ExternalMqttIngest(vertx, config.mqtt().external(), maxMqttBytes, pipeline);
            mqtt = external.start().map(v -> config.mqtt().external().port());
        }
        // no h2c upgrade: the JDK's HttpClient asks for it on every plain request and a reply could
        // then hang or
        // be misread as an HTTP/2 frame; browsers never use h2c, and TLS clients still negotiate
        // HTTP/2 by ALPN
        HttpServerOptions httpOptions =
                new HttpServerOptions()
                        .setHost(config.http().host())
                        .setPort(config.http().port())
                        .setCompressionSupported(true)
                        .setHttp2ClearTextEnabled(false);
        var httpTls = TlsKeystore.options(config, "http.tls.keystore");
        if (httpTls != null) httpOptions.setSsl(true).setKeyCertOptions(httpTls);
        http = vertx.createHttpServer(httpOptions);
        http.requestHandler(
                HttpApi.router(
                        vertx,
                        routeTable,
                        config.http().maxBodyBytes(),
                        security.guard()::handlerFor));
        return mqtt.compose(
                        port -> {
                            mqttPort = port;
                            return http.listen();
                        })
                .map(
                        s -> {
                            httpPort = s.actualPort();
                            return s;
                        });
    }

    @Override
    public Future<?> stop() {
        return stopInReverse(started.size() - 1).transform(v -> stopTransports());
    }

    /**
     * Stops the started capabilities one after another, last started first; a failure is logged,
     * not fatal.
     */
    private Future<Void> stopInReverse(int i) {
        if (i < 0) return Future.succeededFuture();
        Capability c = started.get(i);
        return c.stop()
                .<Void>mapEmpty()
                .recover(
                        e -> {
                            LOG.warn("stopping {}: {}", c.getClass().getSimpleName(), e.toString());
                            return Future.succeededFuture();
                        })
                .compose(v -> stopInReverse(i - 1));
    }

    private Future<?> stopTransports() {
        timers.forEach(vertx::cancelTimer);
        push.closeAll();
        Future<Void> transport =
                embedded != null
                        ? embedded.stop()
                        : external != null ? external.stop() : Future.succeededFuture();
        Future<Void> seqWrite =
                marks == null
                        ? Future.succeededFuture()
                        : Future.fromCompletionStage(marks.changed(pipeline::lastDurable));
        Future<Void> httpClose = http == null ? Future.succeededFuture() : http.close();
        return Future.join(transport.recover(e -> Future.succeededFuture()), seqWrite, httpClose);
    }
}
