package org.parkwatch.backend.app;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.parkwatch.backend.ingest.IngestPipeline;
import org.parkwatch.backend.ingest.SeqHighWater;
import org.parkwatch.backend.ingest.UplinkAuthenticator;
import org.parkwatch.backend.ingest.uplink.CredentialAuthenticator;
import org.parkwatch.backend.ingest.uplink.UplinkCli;
import org.parkwatch.backend.live.BridgeHealth;
import org.parkwatch.backend.live.FeedHealth;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.platform.metrics.ParkWatchMetrics;
import org.parkwatch.backend.push.PushHub;
import org.parkwatch.backend.security.RolePermissions;
import org.parkwatch.backend.security.Security;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.UplinkCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place where the backend's object graph is built. Start-up has two
 * phases:
 *
 * <ol>
 *   <li><b>infrastructure</b> ({@link #start()}): every configuration group read into validated
 *       {@link Settings} (a bad value anywhere stops the start naming the key), Vert.x, live state
 *       and the push hub (in the constructor), the ingest pipeline with the settings' plausibility
 *       limits, then the {@link Store} (the database, or a private in-memory one with {@code
 *       db.enabled=false}) and {@link Security};
 *   <li><b>capabilities</b> ({@link Capabilities}), each built with a constructor that takes typed
 *       ports; then the route table is mounted, the capabilities start on the ingest context and
 *       the listeners open ({@link Transports}).
 * </ol>
 *
 * Every ingest, live-state, push and HTTP handler runs on one event-loop context (the "ingest
 * context"), which makes {@link LiveState} single-writer without locks. Stopping releases in
 * reverse order.
 */
public final class ParkWatchApp {
    public static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Logger LOG = LoggerFactory.getLogger(ParkWatchApp.class);

    /** The ports the backend listens on (useful with port 0). */
    public record Ports(int http, int mqtt) {}

    /**
     * Which capabilities to build: the whole platform, or only the live core (ingest, live, push,
     * layers).
     */
    public enum Scope {
        ALL,
        CORE
    }

    private final ParkWatchConfig config;
    private final ParkCatalog park;
    private final ParkWatchOptions options;
    private final TenantScope tenancy;
    private final ParkWatchMetrics metrics = new ParkWatchMetrics();
    private final Vertx vertx;
    private final LiveState live;
    private final SeqHighWater seqs;
    private final UplinkCodec codec;
    private volatile IngestPipeline pipeline;
    private final PushHub push;
    private final long startedMs = System.currentTimeMillis();
    private volatile Store store;
    private volatile Security security;
    private volatile Capabilities capabilities;
    private volatile List<RouteSpec> routeTable = List.of();
    private volatile Transports transports;
    private String deploymentId;

    /**
     * The park from park.dir (the demo park when unset), every capability, the environment's
     * secrets.
     */
    public ParkWatchApp(ParkWatchConfig config) {
        this(
                config,
                config.parkDir().map(ParkCatalog::load).orElseGet(ParkCatalog::loadDemo),
                ParkWatchOptions.defaults());
    }

    public ParkWatchApp(ParkWatchConfig config, ParkCatalog park, ParkWatchOptions options) {
        this.config = config;
        this.park = park;
        this.options = options;
        this.tenancy = new TenantScope(park);
        this.vertx =
                Vertx.builder()
                        .with(
                                new VertxOptions()
                                        .setMetricsOptions(
                                                new MicrometerMetricsOptions().setEnabled(true)))
                        .withMetrics(new MicrometerMetricsFactory(metrics.registry()))
                        .build();
        this.live =
                new LiveState(
                        park,
                        config.live().staleFactor(),
                        config.live().refreshMs(),
                        System.currentTimeMillis());
        try {
            this.seqs = new SeqHighWater(config.dataDir().resolve(SeqHighWater.FILE_NAME));
        } catch (IOException e) {
            vertx.close();
            throw new UncheckedIOException(
                    "cannot read the ingest sequence marks: " + e.getMessage(), e);
        }
        this.codec =
                new UplinkCodec(
                        config.ingest().maxPayloadBytes(), config.ingest().maxSamplesPerBatch());
        this.push =
                new PushHub(
                        live,
                        metrics,
                        config.push().maxQueuedPerClient(),
                        System::currentTimeMillis);
        metrics.gauge(
                "parkwatch.ingest.bridges.connected",
                "bridges whose last state is online",
                this::bridgesConnected);
    }

    /**
     * Phase 1 (settings, store, security), then phase 2 (capabilities, route table, transports);
     * the future holds the bound ports. A failure anywhere fails the future with a message that
     * names its cause.
     */
    public Future<Ports> start() {
        Settings settings;
        UplinkAuthenticator uplink;
        try {
            settings = Settings.read(config, park, options.secrets());
            pipeline =
                    new IngestPipeline(
                            codec,
                            live,
                            seqs,
                            metrics,
                            settings.plausibility(),
                            System::currentTimeMillis);
            uplink =
                    options.uplinkAuthenticator() != null
                            ? options.uplinkAuthenticator()
                            : configuredUplink();
            if (uplink instanceof CredentialAuthenticator auth) {
                pipeline.ownership(auth::ownership);
                live.tagOwners(tagId -> auth.ownership().ownerOf(tagId));
            }
        } catch (ConfigException | UncheckedIOException e) {
            return Future.failedFuture(e);
        }
        return Store.start(vertx, settings.database(), settings.history(), park, Clock.systemUTC())
                .compose(
                        opened -> {
                            this.store = opened;
                            return Security.start(
                                    vertx,
                                    settings.security(),
                                    opened.database(),
                                    park,
                                    options.secrets(),
                                    System.out);
                        })
                .compose(
                        opened -> {
                            this.security = opened;
                            return startCapabilities(settings, uplink);
                        });
    }

    private Future<Ports> startCapabilities(Settings settings, UplinkAuthenticator uplink) {
        Capabilities built =
                new Capabilities(
                        options.scope(),
                        settings,
                        config,
                        park,
                        vertx,
                        tenancy,
                        live,
                        push,
                        store,
                        metrics,
                        System::currentTimeMillis);
        this.capabilities = built;
        pipeline.durableStore(built.durableStore());
        // batches durable in the log but maybe not acknowledged before a crash: not applied twice
        built.recoveredMarks()
                .forEach(m -> pipeline.recoverMark(m.bridgeKey(), m.epoch(), m.seq()));
        options.earlyIngestListeners().forEach(pipeline::addListener);
        built.ingestListeners().forEach(pipeline::addListener);
        options.ingestListeners().forEach(pipeline::addListener);
        List<RouteSpec> table = new ArrayList<>(security.routes(vertx));
        table.addAll(
                built.routes(
                        this::health,
                        metrics::scrape,
                        options.pushAuthorizer() != null
                                ? options.pushAuthorizer()
                                : security.pushAuthorizer()));
        table.addAll(options.extraRoutes());
        table.addAll(Capabilities.staticRoutes());
        this.routeTable = List.copyOf(table);
        try {
            RolePermissions.checkRoutes(routeTable);
        } catch (IllegalStateException e) {
            return Future.failedFuture(e);
        }
        Transports t =
                new Transports(
                        config,
                        pipeline,
                        push,
                        live,
                        seqs,
                        metrics,
                        security,
                        routeTable,
                        uplink,
                        built.all(),
                        built.mqttDevices());
        this.transports = t;
        return vertx.deployVerticle(t)
                .map(
                        id -> {
                            deploymentId = id;
                            Ports ports = new Ports(t.httpPort(), t.mqttPort());
                            LOG.info(
                                    "ParkWatch backend {} started: HTTP port {}, MQTT {} port {}, {} tags",
                                    VERSION,
                                    ports.http(),
                                    config.mqtt().mode().name().toLowerCase(),
                                    ports.mqtt(),
                                    live.size());
                            return ports;
                        });
    }

    /**
     * The embedded endpoint's authenticator: per-bridge credentials from {@code
     * mqtt.credentialsFile} (an empty store refuses everyone, and the log says how to add
     * credentials), or everyone with {@code mqtt.allowAnonymous=true} (lab use); null with an
     * external broker, which authenticates.
     */
    private UplinkAuthenticator configuredUplink() {
        if (config.mqtt().mode() != ParkWatchConfig.MqttMode.EMBEDDED) return null;
        if (Boolean.parseBoolean(config.value("mqtt.allowAnonymous"))) {
            LOG.warn(
                    "mqtt.allowAnonymous=true: the MQTT endpoint accepts clients WITHOUT credentials and lets them"
                            + " publish for any enterprise (lab use only)");
            return UplinkAuthenticator.ACCEPT_ALL;
        }
        try {
            CredentialAuthenticator auth =
                    new CredentialAuthenticator(vertx, UplinkCli.credentialsFile(config));
            if (auth.store().isEmpty()) {
                LOG.warn(
                        "no uplink credentials in {}: the MQTT endpoint refuses every bridge. Add one per bridge:"
                                + " ./parkwatch uplink add <bridgeId> <enterpriseId> [--out password-file]",
                        auth.file());
            } else {
                LOG.info(
                        "uplink credentials: {} bridge(s) from {}",
                        auth.store().list().size(),
                        auth.file());
            }
            auth.warmUp();
            return auth;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the uplink credentials: " + e.getMessage(), e);
        }
    }

    /**
     * Stops the capabilities and transports (reverse order), then Vert.x, security and the store.
     */
    public Future<Void> stop() {
        // completed by whichever thread finishes the close, not through a context whose event loop
        // is gone
        CompletableFuture<Void> done = new CompletableFuture<>();
        Future<?> undeploy =
                deploymentId == null ? Future.succeededFuture() : vertx.undeploy(deploymentId);
        undeploy.onComplete(
                u -> {
                    if (u.failed()) LOG.warn("stopping the backend: {}", u.cause().toString());
                    vertx.close()
                            .onComplete(
                                    c -> {
                                        if (security != null)
                                            security.close(); // writes the pending audit records
                                        // first
                                        if (store != null)
                                            store.close(); // flushes history (or spills it) and
                                        // closes the pool
                                        done.complete(null);
                                    });
                });
        return Future.fromCompletionStage(done);
    }

    /** The route table as started (the authorisation tests walk it). */
    public List<RouteSpec> routeTable() {
        return routeTable;
    }

    /** The bound ports, or null before the start completed. */
    public Ports ports() {
        Transports t = transports;
        return t == null || t.httpPort() == 0 ? null : new Ports(t.httpPort(), t.mqttPort());
    }

    /**
     * The built capabilities (for tests and the end-to-end stack), or null before {@link #start()}.
     */
    public Capabilities capabilities() {
        return capabilities;
    }

    public ParkWatchConfig config() {
        return config;
    }

    public ParkCatalog park() {
        return park;
    }

    /** The ingest pipeline (tests: its durable store); null before {@link #start()}. */
    public IngestPipeline pipeline() {
        return pipeline;
    }

    public ParkWatchMetrics metrics() {
        return metrics;
    }

    /** The store as started (tests read the database through it). */
    public Store store() {
        return store;
    }

    /** Users, sessions and the audit log as started (tests log in through it). */
    public Security security() {
        return security;
    }

    /**
     * The live state (tests and the end-to-end stack read tag and feed state; written on the ingest
     * context).
     */
    public LiveState live() {
        return live;
    }

    /** The WebSocket hub (tests look at the connected clients on the ingest context). */
    public PushHub push() {
        return push;
    }

    /** Runs a task on the ingest context and returns its result (tests). */
    public <T> Future<T> onIngestContext(Callable<T> task) {
        Promise<T> p = Promise.promise();
        Context context = transports == null ? null : transports.context();
        if (context == null) {
            p.fail("backend not started");
            return p.future();
        }
        context.runOnContext(
                v -> {
                    try {
                        p.complete(task.call());
                    } catch (Exception e) {
                        p.fail(e);
                    }
                });
        return p.future();
    }

    private JsonObject health() {
        Transports t = transports;
        return new JsonObject()
                .put("status", "UP")
                .put("version", VERSION)
                .put("startedMs", startedMs)
                .put(
                        "mqtt",
                        new JsonObject()
                                .put("mode", config.mqtt().mode().name().toLowerCase())
                                .put("port", t == null || t.mqttPort() == 0 ? null : t.mqttPort()))
                .put("tags", live.size())
                .put("bridgesConnected", bridgesConnected())
                .put("warnings", warnings().size());
    }

    /**
     * What needs a person's attention (the notification roster's gaps, unconfigured channels,
     * unanswered notifications): counted here, which is public; listed at /api/notify/health.
     */
    private List<String> warnings() {
        Capabilities c = capabilities;
        return c == null || c.notification() == null ? List.of() : c.notification().warnings();
    }

    private int bridgesConnected() {
        int n = 0;
        for (FeedHealth f : live.feeds()) for (BridgeHealth b : f.bridges()) if (b.isOnline()) n++;
        return n;
    }
}
