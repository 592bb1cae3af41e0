package org.parkwatch.bridge.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.parkwatch.bridge.sim.control.ControlApi;
import org.parkwatch.bridge.sim.model.SimulationModel;
import org.parkwatch.bridge.sim.opcua.EnterpriseServer;
import org.parkwatch.bridge.sim.scenario.ScenarioContext;
import org.parkwatch.bridge.sim.scenario.ScenarioEngine;
import org.parkwatch.bridge.sim.scenario.ScenarioFeatures;
import org.parkwatch.bridge.sim.scenario.ServerControl;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.secret.SecretFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running DCS/SIS simulator of a park: one OPC UA server per enterprise (each enterprise has
 * its own DCS, so each gets its own Milo server and TCP port — enterprise i of park.json on
 * basePort + i), a simulation model stepped every tick, the scenario engine and the HTTP control
 * API. With {@code benchTags} an extra server {@code BENCH} follows the park's enterprises (see
 * {@link BenchTags}). Start with {@link #start}; other modules' tests use it to get a live park on
 * loopback.
 */
public final class ParkSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParkSimulator.class);

    private final SimulatorOptions options;
    private final ParkCatalog catalog;
    private final SimulationModel model;
    private final Map<String, EnterpriseServer> servers = new LinkedHashMap<>();
    private final ScenarioEngine scenarios;
    private final ScheduledExecutorService ticker;
    private ControlApi control;
    private final LongAdder tickNanos = new LongAdder();
    private final LongAdder tickCount = new LongAdder();
    private final AtomicBoolean stopped = new AtomicBoolean();

    private final EnterpriseTags benchTags;

    private ParkSimulator(SimulatorOptions options, ParkCatalog catalog) {
        this.options = options;
        this.catalog = catalog;
        this.benchTags = options.benchTags() > 0 ? BenchTags.create(options.benchTags()) : null;
        ZoneId zone = ZoneId.of(catalog.metadata().path("timeZone").asText("Asia/Shanghai"));
        List<TagDefinition> tags = new ArrayList<>(catalog.allTags());
        if (benchTags != null) tags.addAll(benchTags.tags());
        this.model = new SimulationModel(tags, options.seed(), zone, Instant.now());
        this.scenarios =
                new ScenarioEngine(
                        new ScenarioContext(model, ScenarioFeatures.of(catalog), serverControl()),
                        ScenarioEngine.builtInTypes());
        this.ticker =
                Executors.newSingleThreadScheduledExecutor(
                        r -> {
                            Thread t = new Thread(r, "parkwatch-sim-tick");
                            t.setDaemon(true);
                            return t;
                        });
    }

    /**
     * Starts servers, the tick and the control API; on failure everything already started is
     * stopped again.
     */
    public static ParkSimulator start(SimulatorOptions options) throws Exception {
        ParkCatalog catalog =
                options.parkFolder() == null
                        ? ParkCatalog.loadDemo()
                        : ParkCatalog.load(options.parkFolder());
        ParkSimulator sim = new ParkSimulator(options, catalog);
        try {
            sim.startAll();
        } catch (Exception e) {
            sim.stop();
            throw e;
        }
        return sim;
    }

    /** How the enterprise servers of these options are bound and secured. */
    public static EnterpriseServer.Settings serverSettings(SimulatorOptions options) {
        return new EnterpriseServer.Settings(
                options.bindAddress(),
                options.pkiDir(),
                options.securityEnabled(),
                options.trustAllClients(),
                options.username(),
                options.password(),
                keyStorePassword(options.pkiDir()));
    }

    /**
     * Password of the servers' PKCS#12 keystores: random, made once, kept owner-only in the PKI
     * folder.
     */
    static final String KEYSTORE_PASSWORD_FILE = "keystore-password";

    /**
     * What folders made before the password file existed used; read only, never for new keystores.
     */
    private static final String LEGACY_KEYSTORE_PASSWORD = "parkwatch-sim";

    private static synchronized char[] keyStorePassword(Path pkiDir) {
        Path file = pkiDir.resolve(KEYSTORE_PASSWORD_FILE);
        try {
            if (Files.exists(file)) return SecretFiles.readFirstLine(file).toCharArray();
            if (hasKeystores(pkiDir)) {
                LOG.warn(
                        "{}: server keystores without {}; reading them with the old fixed password. Delete the"
                                + " folder to make new certificates (and approve them again)",
                        pkiDir,
                        KEYSTORE_PASSWORD_FILE);
                return LEGACY_KEYSTORE_PASSWORD.toCharArray();
            }
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            SecretFiles.write(file, password + "\n");
            return password.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("simulator PKI " + pkiDir + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasKeystores(Path pkiDir) throws IOException {
        if (!Files.isDirectory(pkiDir)) return false;
        try (var dirs = Files.list(pkiDir)) {
            return dirs.anyMatch(d -> Files.exists(d.resolve("server.pfx")));
        }
    }

    private void startAll() throws Exception {
        EnterpriseServer.Settings settings = serverSettings(options);
        int i = 0;
        for (EnterpriseInfo e : catalog.enterprises()) {
            EnterpriseTags tags = catalog.tagsOf(e.id()).orElse(null);
            int index = i++;
            if (tags == null || tags.tags().isEmpty()) continue;
            int port = options.basePort() == 0 ? 0 : options.basePort() + index;
            servers.put(e.id(), new EnterpriseServer(tags, settings, port, model::snapshot));
        }
        if (benchTags != null) {
            int port = options.basePort() == 0 ? 0 : options.basePort() + i;
            servers.put(
                    BenchTags.ENTERPRISE_ID,
                    new EnterpriseServer(benchTags, settings, port, model::snapshot));
        }
        startServersInParallel();
        // fixed delay, not fixed rate: after a stall (GC, an overloaded host) the park does not
        // replay missed ticks in a
        // burst; each step uses the real elapsed time anyway
        ticker.scheduleWithFixedDelay(
                this::tick, options.tickMs(), options.tickMs(), TimeUnit.MILLISECONDS);
        control = ControlApi.start(options.bindAddress(), options.controlPort(), this);
    }

    /**
     * Starts every server, as many at once as there are processors: the first start generates RSA
     * keys.
     */
    private void startServersInParallel() throws Exception {
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> started = new ArrayList<>();
            for (EnterpriseServer s : servers.values()) {
                started.add(
                        pool.submit(
                                () -> {
                                    s.start();
                                    return null;
                                }));
            }
            for (Future<?> f : started) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception c ? c : e;
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private void tick() {
        long t0 = System.nanoTime();
        try {
            Instant now = Instant.now();
            Map<String, Object> values;
            synchronized (model) {
                model.step(now);
                scenarios.applyAll(now);
                model.applyForced();
                values = model.snapshot();
            }
            Set<String> silenced = scenarios.silencedTags();
            DateTime ts = new DateTime(now);
            servers.values().forEach(s -> s.publish(values, ts, silenced));
            tickNanos.add(System.nanoTime() - t0);
            tickCount.increment();
        } catch (RuntimeException e) {
            // keep ticking: one bad scenario must not freeze the whole park
            LOG.error("simulation tick failed: {}", e.toString(), e);
        }
    }

    /** Ticks completed since start. */
    public long ticks() {
        return tickCount.sum();
    }

    /** Total wall time spent in ticks since start, ns (benchmarks take differences). */
    public long tickNanos() {
        return tickNanos.sum();
    }

    /**
     * Mean wall time of a tick (step, scenarios, publishing into the address spaces) since start,
     * ms.
     */
    public double meanTickMs() {
        long n = tickCount.sum();
        return n == 0 ? 0 : tickNanos.sum() / 1e6 / n;
    }

    public String endpointUrl(String enterpriseId) {
        return server(enterpriseId).endpointUrl();
    }

    /** Endpoint URL by enterprise id, in park.json order. */
    public Map<String, String> endpointUrls() {
        Map<String, String> m = new LinkedHashMap<>();
        servers.forEach((id, s) -> m.put(id, s.endpointUrl()));
        return m;
    }

    public int controlPort() {
        return control.port();
    }

    public ScenarioEngine scenarios() {
        return scenarios;
    }

    public SimulationModel model() {
        return model;
    }

    public ParkCatalog catalog() {
        return catalog;
    }

    /**
     * The server certificate of an enterprise's OPC UA server (what a bridge operator approves).
     */
    public X509Certificate serverCertificate(String enterpriseId) throws Exception {
        return EnterpriseServer.certificate(serverSettings(options), enterpriseId);
    }

    public SimulatorOptions options() {
        return options;
    }

    /**
     * Forces a tag to a value until {@link #releaseValue}: Double for analogue tags, Boolean for
     * discrete ones (numbers and "true"/"false" text are converted). Servers show it from the next
     * tick.
     *
     * @throws IllegalArgumentException for an unknown tag or a value of the wrong type, naming the
     *     tag
     */
    public void setValue(String tagId, Object value) {
        model.force(tagId, value);
    }

    public void releaseValue(String tagId) {
        model.release(tagId);
    }

    public boolean isServerRunning(String enterpriseId) {
        return server(enterpriseId).isRunning();
    }

    /**
     * Shuts one enterprise's server down (its port is freed); {@link #startServer} brings it back
     * on the same port.
     */
    public void stopServer(String enterpriseId) {
        try {
            server(enterpriseId).stop();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot stop server " + enterpriseId + ": " + e.getMessage(), e);
        }
    }

    public void startServer(String enterpriseId) {
        try {
            server(enterpriseId).start();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot start server " + enterpriseId + ": " + e.getMessage(), e);
        }
    }

    private EnterpriseServer server(String enterpriseId) {
        EnterpriseServer s = servers.get(enterpriseId);
        if (s == null) {
            throw new IllegalArgumentException(
                    "no simulated server for enterprise '"
                            + enterpriseId
                            + "'; known: "
                            + servers.keySet());
        }
        return s;
    }

    private ServerControl serverControl() {
        return new ServerControl() {
            @Override
            public void stopServer(String enterpriseId) {
                ParkSimulator.this.stopServer(enterpriseId);
            }

            @Override
            public void startServer(String enterpriseId) {
                ParkSimulator.this.startServer(enterpriseId);
            }
        };
    }

    /** Stops the control API, the tick and every server; later calls do nothing. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) return;
        if (control != null) control.stop();
        ticker.shutdownNow();
        for (EnterpriseServer s : servers.values()) {
            try {
                s.stop();
            } catch (Exception e) {
                LOG.warn("stopping server {} failed: {}", s.enterpriseId(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * A human-readable list of endpoints and the control URL (printed by {@link SimulatorMain}).
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        endpointUrls().forEach((id, url) -> b.append(id).append(' ').append(url).append('\n'));
        b.append("control http://")
                .append(options.bindAddress())
                .append(':')
                .append(controlPort())
                .append("/scenarios\n");
        return b.toString();
    }
}
