package org.parkwatch.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.platform.Modules;
import org.parkwatch.backend.publicdisplay.PublicDisplayService;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.platform.ParkWatchBackend;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.UserException;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.model.park.EnterpriseTags;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The whole demo path in one JVM on loopback: the OPC UA simulator (one Milo server per enterprise), one bridge per
 * chosen enterprise and the backend with its embedded MQTT endpoint and database under a temporary folder.
 * Every port is chosen by the system; the backend can be stopped and started again on the same MQTT port.
 */
public final class DemoStack implements AutoCloseable {
    /** Simulator certificates shared by the stacks of one build (under the module's target folder). */
    static final Path SHARED_PKI = Path.of("target", "e2e-sim-pki").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path workDir;
    private final Map<String, String> backendOverrides;
    private final ParkSimulator simulator;
    private final List<Bridge> bridges = new ArrayList<>();
    private final List<IngestListener> listeners = new CopyOnWriteArrayList<>();
    private ParkWatchBackend backend;
    private AlarmService alarms;
    private HazardService hazards;
    private PublicDisplayService publicDisplay;
    private int mqttPort;
    private int httpPort;
    /** The first administrator's password, random per stack (set through the backend's secrets, never a literal). */
    private final String adminPassword = "pw-" + Long.toHexString(new SecureRandom().nextLong())
            + Long.toHexString(new SecureRandom().nextLong());
    private String adminToken;

    private DemoStack(Path workDir, Map<String, String> backendOverrides, ParkSimulator simulator) {
        this.workDir = workDir;
        this.backendOverrides = backendOverrides;
        this.simulator = simulator;
    }

    /**
     * Starts simulator, backend and a bridge for each of {@code enterprises}.
     *
     * @param backendOverrides extra backend configuration keys (e.g. {@code push.flushMs})
     * @param tickMs           simulator tick
     */
    public static DemoStack start(Path workDir, Set<String> enterprises, Map<String, String> backendOverrides,
                                  int tickMs) throws Exception {
        return start(workDir, enterprises, backendOverrides, tickMs, null);
    }

    /**
     * As {@link #start(Path, Set, Map, int)}, but with {@code externalBrokerUrl} set the bridges publish to that broker
     * and the backend subscribes to it ({@code mqtt.mode=external}) instead of using its embedded endpoint.
     */
    public static DemoStack start(Path workDir, Set<String> enterprises, Map<String, String> backendOverrides,
                                  int tickMs, String externalBrokerUrl) throws Exception {
        return start(workDir, enterprises, backendOverrides, tickMs, externalBrokerUrl, UnaryOperator.identity());
    }

    /** The general form: {@code bridgeConfig} may change each demo bridge's configuration (intervals, batching). */
    public static DemoStack start(Path workDir, Set<String> enterprises, Map<String, String> backendOverrides,
                                  int tickMs, String externalBrokerUrl, UnaryOperator<BridgeConfig> bridgeConfig)
            throws Exception {
        if (externalBrokerUrl != null) {
            backendOverrides = new HashMap<>(backendOverrides);
            backendOverrides.put("mqtt.mode", "external");
            backendOverrides.put("mqtt.external.url", externalBrokerUrl);
            backendOverrides.putIfAbsent("mqtt.external.clientId", "pw-e2e-" + System.nanoTime());
        }
        ParkSimulator sim = ParkSimulator.start(SimulatorOptions.builder()
                .basePort(0).controlPort(0).tickMs(tickMs)
                .pkiDir(SHARED_PKI) // keys made once per build: RSA key generation dominates start-up
                .build());
        DemoStack stack = new DemoStack(workDir, backendOverrides, sim);
        try {
            stack.startBackend(0, 0);
            for (EnterpriseTags tags : sim.catalog().tagLists()) {
                if (!enterprises.contains(tags.enterpriseId())) continue;
                BridgeConfig cfg = BridgeConfig.forDemoEnterprise(tags, sim.endpointUrl(tags.enterpriseId()),
                        externalBrokerUrl != null ? externalBrokerUrl : "tcp://127.0.0.1:" + stack.mqttPort,
                        workDir.resolve("spool"));
                Bridge bridge = new Bridge(bridgeConfig.apply(cfg));
                bridge.start();
                stack.bridges.add(bridge);
            }
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    /** Starts the backend; port 0 lets the system choose. */
    public void startBackend(int http, int mqtt) throws Exception {
        Map<String, String> cfg = new HashMap<>();
        // the park QRA (seconds of CPU on 2 cores) would run in the middle of latency-sensitive tests; tests that
        // want it (BrowserRiskTest) start their own backend, others may override
        cfg.put("risk.qra.autoStart", "false");
        cfg.putAll(backendOverrides);
        cfg.put("http.host", "127.0.0.1");
        cfg.put("http.port", Integer.toString(http));
        cfg.put("mqtt.embedded.port", Integer.toString(mqtt));
        cfg.put("data.dir", workDir.resolve("backend-data").toString());
        backend = new ParkWatchBackend(new ConfigLoader().load(cfg));
        backend.setSecrets(name -> adminPassword);
        adminToken = null;
        // the same capabilities as platform.Main: hazards and registry, alarms, threat zones, QRA, the public display
        Modules.Installed installed = Modules.installAll(backend);
        hazards = installed.hazards();
        alarms = installed.alarms();
        publicDisplay = installed.publicDisplay();
        listeners.forEach(backend::addIngestListener);
        ParkWatchBackend.Ports ports = backend.start().toCompletionStage().toCompletableFuture()
                .get(60, TimeUnit.SECONDS);
        httpPort = ports.http();
        mqttPort = ports.mqtt();
    }

    /** Registers a listener on the running backend and on every backend started later. */
    public void addIngestListener(IngestListener listener) {
        listeners.add(listener);
        if (backend != null) backend.addIngestListener(listener);
    }

    /** Stops the backend; bridges keep running and spool. */
    public void stopBackend() throws Exception {
        if (backend != null) {
            backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            backend = null;
        }
    }

    /** Starts the backend again on the ports it had, so bridges reconnect to it. */
    public void restartBackend() throws Exception {
        startBackend(httpPort, mqttPort);
    }

    /**
     * The same bridge configuration tuned for latency: every sampling and publishing interval {@code intervalMs},
     * no deadband (every change reported) and batches closed after at most {@code intervalMs / 10} ms.
     */
    public static BridgeConfig withIntervals(BridgeConfig c, int intervalMs) {
        return withIntervals(c, intervalMs, intervalMs);
    }

    /** As {@link #withIntervals(BridgeConfig, int)} with its own sampling interval for every mapping. */
    public static BridgeConfig withIntervals(BridgeConfig c, int intervalMs, int samplingMs) {
        BridgeConfig.Batch batch = new BridgeConfig.Batch(c.batch().maxSamples(), Math.max(1, intervalMs / 10),
                c.batch().refreshMs());
        return new BridgeConfig(c.bridgeId(), c.enterpriseId(), c.mqtt(), c.spool(), batch,
                c.endpoints().stream().map(e -> new BridgeConfig.Endpoint(e.url(), e.securityPolicy(),
                        e.securityMode(), e.identity(), intervalMs, e.maxItemsPerSubscription())).toList(),
                c.mappings().stream().map(m -> new BridgeConfig.Mapping(m.node(), m.tagId(), samplingMs, 0,
                        m.endpoint())).toList());
    }

    public ParkSimulator simulator() {
        return simulator;
    }

    public ParkWatchBackend backend() {
        return backend;
    }

    /** The running backend's alarm service (issue 5); null while the backend is stopped. */
    public AlarmService alarms() {
        return backend == null ? null : alarms;
    }

    /** The running backend's hazard service (issue 4) with the registry; null while the backend is stopped. */
    public HazardService hazards() {
        return backend == null ? null : hazards;
    }

    /** The running backend's public display; null while the backend is stopped. */
    public PublicDisplayService publicDisplay() {
        return backend == null ? null : publicDisplay;
    }

    public List<Bridge> bridges() {
        return bridges;
    }

    public String httpBase() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The first administrator's login name. */
    public String adminUser() {
        return "admin";
    }

    public String adminPassword() {
        return adminPassword;
    }

    /**
     * Creates (or resets) a user of {@code role} in the running backend, with {@link #adminPassword()} as its
     * password, for tests that log in as another role (enterprise users need {@code enterpriseId}). Blocks.
     */
    public String ensureUser(Role role, String enterpriseId) throws Exception {
        String name = "e2e-" + role.id() + (enterpriseId == null ? "" : "-" + enterpriseId.toLowerCase());
        try {
            backend.security().users().create(name, role, enterpriseId, name, adminPassword);
        } catch (UserException e) {
            if (e.status() != 409) throw e;
            backend.security().users().setPassword(name, adminPassword);
        }
        return name;
    }

    /** A bearer token of the administrator from a real login ({@code POST /api/auth/token}), per backend start. */
    public synchronized String adminToken() throws Exception {
        if (adminToken != null) return adminToken;
        String body = JSON.writeValueAsString(Map.of("username", adminUser(), "password", adminPassword));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(httpBase() + "/api/auth/token"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("admin login: " + r.statusCode() + " " + r.body());
        adminToken = JSON.readTree(r.body()).path("token").asText();
        return adminToken;
    }

    public String wsUrl() {
        return "ws://127.0.0.1:" + httpPort + "/ws";
    }

    public int mqttPort() {
        return mqttPort;
    }

    @Override
    public void close() throws Exception {
        for (Bridge b : bridges) {
            try {
                b.close();
            } catch (RuntimeException e) {
                System.err.println("bridge close: " + e);
            }
        }
        try {
            stopBackend();
        } finally {
            simulator.close();
        }
    }
}
