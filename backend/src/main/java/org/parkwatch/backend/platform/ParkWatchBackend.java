package org.parkwatch.backend.platform;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import org.parkwatch.backend.ingest.EmbeddedMqttIngest;
import org.parkwatch.backend.ingest.ExternalMqttIngest;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.ingest.IngestPipeline;
import org.parkwatch.backend.ingest.Plausibility;
import org.parkwatch.backend.ingest.SeqHighWater;
import org.parkwatch.backend.ingest.UplinkAuthenticator;
import org.parkwatch.backend.live.BridgeHealth;
import org.parkwatch.backend.live.FeedHealth;
import org.parkwatch.backend.live.LiveRoutes;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.platform.config.TlsKeystore;
import org.parkwatch.backend.security.uplink.CredentialAuthenticator;
import org.parkwatch.backend.security.uplink.UplinkCli;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.platform.db.Store;
import org.parkwatch.backend.platform.http.HttpApi;
import org.parkwatch.backend.platform.http.PageRoutes;
import org.parkwatch.backend.platform.http.ParkLayerRoutes;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.PlatformRoutes;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.portal.EnterpriseMappingRoutes;
import org.parkwatch.backend.push.PushAuthorizer;
import org.parkwatch.backend.push.PushHub;
import org.parkwatch.backend.push.PushRoutes;
import org.parkwatch.backend.security.ScopedViews;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.backend.security.RolePermissions;
import org.parkwatch.backend.security.Security;
import org.parkwatch.backend.security.SecurityConfig;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.UplinkCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The composition root: builds the backend's object graph with constructors and starts it. Every ingest, live-state,
 * push and HTTP handler runs on one Vert.x event-loop context (the "ingest context"), which makes {@link LiveState}
 * single-writer without locks. Capabilities plug in before {@link #start()}: {@link #addRoutes} (rows of the route
 * table), {@link #addIngestListener} (every applied batch), {@link #setUplinkAuthenticator} and
 * {@link #setPushAuthorizer} (issue 7).
 */
public final class ParkWatchBackend {
    public static final String VERSION = "0.1.0-SNAPSHOT";
    /** Period of rate updates and routine feed refreshes, milliseconds. */
    public static final long TICK_MS = 1000;
    /** Room above ingest.maxPayloadBytes for the MQTT header, so oversize payloads reach the pipeline's check. */
    private static final int MQTT_HEADROOM_BYTES = 64 * 1024;
    /** How often expired sessions and idle login counters are forgotten, milliseconds. */
    private static final long SWEEP_MS = 60_000;
    private static final Logger LOG = LoggerFactory.getLogger(ParkWatchBackend.class);

    /** The ports the backend listens on (useful with port 0). */
    public record Ports(int http, int mqtt) {
    }

    private final ParkWatchConfig config;
    private final ParkCatalog park;
    private final TenantScope tenancy;
    private final ParkWatchMetrics metrics = new ParkWatchMetrics();
    private final Vertx vertx;
    private final LiveState live;
    private final SeqHighWater seqs;
    private final IngestPipeline pipeline;
    private final PushHub push;
    private final List<RouteSpec> extraRoutes = new ArrayList<>();
    private final List<Lifecycle> lifecycles = new ArrayList<>();
    private UplinkAuthenticator uplinkAuthenticator;
    private PushAuthorizer pushAuthorizer; // null = the session check of Security
    private Function<String, String> secrets = System::getenv;
    private volatile Security security;
    private List<RouteSpec> routeTable = List.of();
    private final long startedMs = System.currentTimeMillis();
    private String deploymentId;
    private volatile Ports ports;
    private volatile Context ingestContext;
    private volatile Store store;

    /** The park from park.dir, or the demo park when it is empty. */
    public ParkWatchBackend(ParkWatchConfig config) {
        this(config, config.parkDir().map(ParkCatalog::load).orElseGet(ParkCatalog::loadDemo));
    }

    public ParkWatchBackend(ParkWatchConfig config, ParkCatalog park) {
        this.config = config;
        this.park = park;
        this.tenancy = new TenantScope(park);
        this.vertx = Vertx.builder()
                .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)))
                .withMetrics(new MicrometerMetricsFactory(metrics.registry()))
                .build();
        this.live = new LiveState(park, config.live().staleFactor(), config.live().refreshMs(),
                System.currentTimeMillis());
        try {
            this.seqs = new SeqHighWater(config.dataDir().resolve(SeqHighWater.FILE_NAME));
        } catch (IOException e) {
            vertx.close();
            throw new UncheckedIOException("cannot read the ingest sequence marks: " + e.getMessage(), e);
        }
        UplinkCodec codec = new UplinkCodec(config.ingest().maxPayloadBytes(), config.ingest().maxSamplesPerBatch());
        this.pipeline = new IngestPipeline(codec, live, seqs, metrics, Plausibility.from(config::value),
                System::currentTimeMillis);
        this.push = new PushHub(live, metrics, config.push().maxQueuedPerClient(), System::currentTimeMillis,
                new ScopedViews(tenancy)::pushMessage);
        metrics.gauge("parkwatch.ingest.bridges.connected", "bridges whose last state is online",
                this::bridgesConnected);
        this.uplinkAuthenticator = defaultUplinkAuthenticator();
    }

    /**
     * The embedded endpoint's default: per-bridge credentials from {@code mqtt.credentialsFile} (an empty store refuses
     * everyone, and the log says how to add credentials), or everyone with {@code mqtt.allowAnonymous=true} (lab use).
     */
    private UplinkAuthenticator defaultUplinkAuthenticator() {
        if (config.mqtt().mode() != ParkWatchConfig.MqttMode.EMBEDDED) return null; // the broker authenticates
        if (Boolean.parseBoolean(config.value("mqtt.allowAnonymous"))) {
            LOG.warn("mqtt.allowAnonymous=true: the MQTT endpoint accepts clients WITHOUT credentials and lets them"
                    + " publish for any enterprise (lab use only)");
            return UplinkAuthenticator.ACCEPT_ALL;
        }
        try {
            CredentialAuthenticator auth = new CredentialAuthenticator(vertx, UplinkCli.credentialsFile(config));
            if (auth.store().isEmpty()) {
                LOG.warn("no uplink credentials in {}: the MQTT endpoint refuses every bridge. Add one per bridge:"
                        + " ./parkwatch uplink add <bridgeId> <enterpriseId> [--out password-file]", auth.file());
            } else {
                LOG.info("uplink credentials: {} bridge(s) from {}", auth.store().list().size(), auth.file());
            }
            auth.warmUp();
            return auth;
        } catch (IOException e) {
            vertx.close();
            throw new UncheckedIOException("cannot read the uplink credentials: " + e.getMessage(), e);
        }
    }

    public void addIngestListener(IngestListener listener) {
        pipeline.addListener(listener);
    }

    /** Adds rows to the route table; they come before the static front end. Call before {@link #start()}. */
    public void addRoutes(List<RouteSpec> routes) {
        extraRoutes.addAll(routes);
    }

    /**
     * A capability's start and stop, run on the ingest context: started after the store opened and before HTTP and
     * MQTT listen (so it can restore state first), stopped before the transports close.
     */
    public interface Lifecycle {
        Future<?> start();

        Future<?> stop();
    }

    /** Call before {@link #start()}. */
    public void addLifecycle(Lifecycle lifecycle) {
        lifecycles.add(lifecycle);
    }

    /** Replaces the default authenticator of the embedded endpoint (see {@code defaultUplinkAuthenticator}). */
    public void setUplinkAuthenticator(UplinkAuthenticator authenticator) {
        this.uplinkAuthenticator = authenticator;
    }

    /** Replaces the default WebSocket check (a live session or token and a same-site Origin). */
    public void setPushAuthorizer(PushAuthorizer authorizer) {
        this.pushAuthorizer = authorizer;
    }

    /**
     * Where secrets named by configuration are read (the first administrator's password, see
     * {@code security.adminPasswordEnv}); the process environment by default. Call before {@link #start()}.
     */
    public void setSecrets(Function<String, String> secrets) {
        this.secrets = secrets;
    }

    /**
     * Opens the store (unless {@code db.enabled=false}), then starts HTTP and the ingest transport; the future holds
     * the bound ports.
     */
    public Future<Ports> start() {
        Future<Store> storeReady = Boolean.parseBoolean(config.value("db.enabled"))
                ? Store.start(vertx, DatabaseOptions.from(config::value, config.dataDir()), park, Clock.systemUTC())
                : Future.succeededFuture(null);
        SecurityConfig securityConfig;
        try {
            securityConfig = SecurityConfig.from(config::value);
        } catch (IllegalArgumentException e) {
            return Future.failedFuture(e);
        }
        return storeReady.compose(opened -> {
            this.store = opened;
            return Security.start(vertx, securityConfig, opened == null ? null : opened.database(), park, secrets,
                    System.out);
        }).compose(this::startCore);
    }

    private Future<Ports> startCore(Security openedSecurity) {
        this.security = openedSecurity;
        if (store != null) {
            addIngestListener(batch -> store.historyWriter().accept(batch.samples()));
            metrics.gauge("parkwatch.history.written", "samples written to the database since start",
                    () -> store.historyWriter().stats().written());
            metrics.gauge("parkwatch.history.pending", "samples waiting in memory for the database",
                    () -> store.historyWriter().stats().pending());
            metrics.gauge("parkwatch.history.spilled", "samples spilled to disk since start (database slow or away)",
                    () -> store.historyWriter().stats().spilled());
            metrics.gauge("parkwatch.history.failures", "failed history writes since start",
                    () -> store.historyWriter().stats().failures());
        }
        routeTable = buildRouteTable();
        try {
            RolePermissions.checkRoutes(routeTable);
        } catch (IllegalStateException e) {
            return Future.failedFuture(e);
        }
        Core core = new Core();
        return vertx.deployVerticle(core).map(id -> {
            deploymentId = id;
            ports = new Ports(core.httpPort, core.mqttPort);
            LOG.info("ParkWatch backend {} started: HTTP port {}, MQTT {} port {}, {} tags", VERSION, ports.http(),
                    config.mqtt().mode().name().toLowerCase(), ports.mqtt(), live.size());
            return ports;
        });
    }

    /** Stops the transports, writes the sequence marks and closes Vert.x. */
    public Future<Void> stop() {
        // completed by whichever thread finishes the close, not through a context whose event loop is gone
        CompletableFuture<Void> done = new CompletableFuture<>();
        Future<?> undeploy = deploymentId == null ? Future.succeededFuture() : vertx.undeploy(deploymentId);
        undeploy.onComplete(u -> {
            if (u.failed()) LOG.warn("stopping the backend: {}", u.cause().toString());
            vertx.close().onComplete(c -> {
                if (security != null) security.close(); // writes the pending audit records first
                if (store != null) store.close(); // flushes history (or spills it) and closes the pool
                done.complete(null);
            });
        });
        return Future.fromCompletionStage(done);
    }

    /** The route table as started (security walks it). */
    public List<RouteSpec> routeTable() {
        return routeTable;
    }

    public Vertx vertx() {
        return vertx;
    }

    public ParkWatchConfig config() {
        return config;
    }

    public ParkCatalog park() {
        return park;
    }

    /** Who owns which resource: every route that returns enterprise-owned data scopes its answer with it. */
    public TenantScope tenancy() {
        return tenancy;
    }

    /** Live state; read it only on the ingest context (e.g. from an HTTP handler or {@link #onIngestContext}). */
    public LiveState live() {
        return live;
    }

    /** The spatial store, or null when {@code db.enabled=false} or before {@link #start()}. */
    public Store store() {
        return store;
    }

    /** Users, sessions, the guard and the audit log; null before {@link #start()}. */
    public Security security() {
        return security;
    }

    public PushHub push() {
        return push;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public ParkWatchMetrics metrics() {
        return metrics;
    }

    public Ports ports() {
        return ports;
    }

    /** Runs a task on the ingest context and returns its result (for tests and other capabilities). */
    public <T> Future<T> onIngestContext(Callable<T> task) {
        Promise<T> p = Promise.promise();
        Runnable r = () -> {
            try {
                p.complete(task.call());
            } catch (Exception e) {
                p.fail(e);
            }
        };
        if (ingestContext == null) p.fail("backend not started");
        else ingestContext.runOnContext(v -> r.run());
        return p.future();
    }

    private List<RouteSpec> buildRouteTable() {
        List<RouteSpec> table = new ArrayList<>();
        table.addAll(security.routes(vertx));
        table.addAll(new PlatformRoutes(this::health, metrics::scrape).routes());
        table.addAll(new LiveRoutes(live, tenancy).routes());
        table.addAll(new EnterpriseMappingRoutes(park, live, tenancy).routes());
        // with a database, layers come from it (plus OGC API Features and history); without, from the catalogue
        table.addAll(store != null ? store.routes(vertx, Clock.systemUTC(), tenancy)
                : new ParkLayerRoutes(park, tenancy).routes());
        table.addAll(new PushRoutes(push, pushAuthorizer != null ? pushAuthorizer : security.pushAuthorizer())
                .routes());
        table.addAll(extraRoutes);
        table.addAll(PageRoutes.routes());
        table.add(RouteSpec.get("/webjars/*", StaticHandler.create("META-INF/resources/webjars"),
                Permissions.PUBLIC));
        table.add(RouteSpec.get("/*", StaticHandler.create("parkwatch-web"), Permissions.PUBLIC));
        return List.copyOf(table);
    }

    private JsonObject health() {
        return new JsonObject().put("status", "UP").put("version", VERSION).put("startedMs", startedMs)
                .put("mqtt", new JsonObject().put("mode", config.mqtt().mode().name().toLowerCase())
                        .put("port", ports == null ? null : ports.mqtt()))
                .put("tags", live.size()).put("bridgesConnected", bridgesConnected());
    }

    private int bridgesConnected() {
        int n = 0;
        for (FeedHealth f : live.feeds()) for (BridgeHealth b : f.bridges()) if (b.isOnline()) n++;
        return n;
    }

    /** Owns the ingest context: the HTTP server, the MQTT transport and the periodic tasks all run here. */
    private final class Core extends VerticleBase {
        private HttpServer http;
        private EmbeddedMqttIngest embedded;
        private ExternalMqttIngest external;
        private final List<Long> timers = new ArrayList<>();
        int httpPort;
        int mqttPort;

        @Override
        public Future<?> start() {
            ingestContext = context;
            timers.add(vertx.setPeriodic(config.live().staleCheckMs(),
                    id -> live.checkStale(System.currentTimeMillis())));
            timers.add(vertx.setPeriodic(TICK_MS, id -> live.tick(System.currentTimeMillis())));
            timers.add(vertx.setPeriodic(config.push().flushMs(), id -> push.flush()));
            timers.add(vertx.setPeriodic(config.ingest().seqFlushMs(), id -> writeSeqs()));
            timers.add(vertx.setPeriodic(SWEEP_MS, id -> security.sweep()));
            int maxMqttBytes = config.ingest().maxPayloadBytes() + MQTT_HEADROOM_BYTES;
            List<Future<?>> started = new ArrayList<>();
            for (Lifecycle l : lifecycles) started.add(l.start());
            return Future.all(started).compose(v -> startTransports(maxMqttBytes));
        }

        private Future<?> startTransports(int maxMqttBytes) {
            Future<Integer> mqtt;
            if (config.mqtt().mode() == ParkWatchConfig.MqttMode.EMBEDDED) {
                embedded = new EmbeddedMqttIngest(vertx, config.mqtt().embedded().host(),
                        config.mqtt().embedded().port(), maxMqttBytes, pipeline, uplinkAuthenticator, metrics,
                        TlsKeystore.options(config, "mqtt.tls.keystore"), System::currentTimeMillis);
                mqtt = embedded.start();
            } else {
                external = new ExternalMqttIngest(vertx, config.mqtt().external(), maxMqttBytes, pipeline);
                mqtt = external.start().map(v -> config.mqtt().external().port());
            }
            // no h2c upgrade: the JDK's HttpClient asks for it on every plain request and a reply could then hang or
            // be misread as an HTTP/2 frame; browsers never use h2c, and TLS clients still negotiate HTTP/2 by ALPN
            HttpServerOptions httpOptions = new HttpServerOptions().setHost(config.http().host())
                    .setPort(config.http().port()).setCompressionSupported(true).setHttp2ClearTextEnabled(false);
            var httpTls = TlsKeystore.options(config, "http.tls.keystore");
            if (httpTls != null) httpOptions.setSsl(true).setKeyCertOptions(httpTls);
            http = vertx.createHttpServer(httpOptions);
            http.requestHandler(HttpApi.router(vertx, routeTable, config.http().maxBodyBytes(),
                    security.guard()::handlerFor));
            return mqtt.compose(port -> {
                mqttPort = port;
                return http.listen();
            }).map(s -> {
                httpPort = s.actualPort();
                return s;
            });
        }

        @Override
        public Future<?> stop() {
            List<Future<?>> stopped = new ArrayList<>();
            for (Lifecycle l : lifecycles) stopped.add(l.stop().recover(e -> Future.succeededFuture()));
            return Future.join(stopped).transform(v -> stopCore());
        }

        private Future<?> stopCore() {
            timers.forEach(vertx::cancelTimer);
            push.closeAll();
            Future<Void> transport = embedded != null ? embedded.stop()
                    : external != null ? external.stop() : Future.succeededFuture();
            String snapshot = seqs.takeSnapshotIfDirty();
            Future<Void> seqWrite = snapshot == null ? Future.succeededFuture()
                    : vertx.executeBlocking(() -> {
                        seqs.write(snapshot);
                        return null;
                    });
            Future<Void> httpClose = http == null ? Future.succeededFuture() : http.close();
            return Future.join(transport.recover(e -> Future.succeededFuture()), seqWrite, httpClose);
        }

        private void writeSeqs() {
            String snapshot = seqs.takeSnapshotIfDirty();
            if (snapshot == null) return;
            vertx.executeBlocking(() -> {
                seqs.write(snapshot);
                return null;
            }).onFailure(e -> LOG.error("cannot write {}: {}", seqs.file(), e.toString()));
        }
    }
}
