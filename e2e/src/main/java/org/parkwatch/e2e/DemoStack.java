package org.parkwatch.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.ingest.uplink.PasswordHash;
import org.parkwatch.backend.ingest.uplink.UplinkCredential;
import org.parkwatch.backend.ingest.uplink.UplinkCredentialStore;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.publicdisplay.PublicDisplayService;
import org.parkwatch.backend.security.Role;
import org.parkwatch.backend.security.UserException;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.demo.DemoSecurity;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.secret.SecretFiles;

/**
 * The whole demo path in one JVM on loopback: the OPC UA simulator (one Milo server per
 * enterprise), one bridge per chosen enterprise and the backend with its embedded MQTT endpoint and
 * database under a temporary folder. Every port is chosen by the system; the backend can be stopped
 * and started again on the same MQTT port.
 *
 * <p>Secured like {@code ./parkwatch demo} (issue 7): the simulator trusts only approved client
 * certificates and has a user password made for the run, {@link DemoSecurity#bootstrap} approves
 * simulator and bridge certificates both ways, the bridges connect with Basic256Sha256 +
 * SignAndEncrypt + user name and publish with their own MQTT credentials (stored hashed in the
 * backend's data folder). With {@code mqtt.tls.keystore} among the backend overrides the bridges
 * publish over {@code ssl://}, trusting exactly that keystore's certificate.
 */
public final class DemoStack implements AutoCloseable {
    /**
     * How long a backend start may take: on the shared 2-core machine under load 30 a start took
     * more than a minute (a bound, not a timing assertion).
     */
    static final long START_TIMEOUT_S = 180;

    /**
     * Simulator certificates shared by the stacks of one build (under the module's target folder).
     */
    static final Path SHARED_PKI = Path.of("target", "e2e-sim-pki").toAbsolutePath();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The bridges' certificate and trust list, shared likewise: RSA key generation dominates
     * start-up.
     */
    static final Path SHARED_BRIDGE_PKI = Path.of("target", "e2e-bridge-pki").toAbsolutePath();

    private final Path workDir;
    private final Map<String, String> backendOverrides;
    private final ParkSimulator simulator;
    private final List<Bridge> bridges = new ArrayList<>();
    private final List<IngestListener> listeners = new CopyOnWriteArrayList<>();
    private ParkWatchApp backend;
    private AlarmService alarms;
    private HazardService hazards;
    private PublicDisplayService publicDisplay;
    private int mqttPort;
    private int httpPort;

    /**
     * The first administrator's password, random per stack (set through the backend's secrets,
     * never a literal).
     */
    private final String adminPassword =
            "pw-"
                    + Long.toHexString(new SecureRandom().nextLong())
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
     * @param tickMs simulator tick
     */
    public static DemoStack start(
            Path workDir, Set<String> enterprises, Map<String, String> backendOverrides, int tickMs)
            throws Exception {
        return start(workDir, enterprises, backendOverrides, tickMs, null);
    }

    /**
     * As {@link #start(Path, Set, Map, int)}, but with {@code externalBrokerUrl} set the bridges
     * publish to that broker and the backend subscribes to it ({@code mqtt.mode=external}) instead
     * of using its embedded endpoint.
     */
    public static DemoStack start(
            Path workDir,
            Set<String> enterprises,
            Map<String, String> backendOverrides,
            int tickMs,
            String externalBrokerUrl)
            throws Exception {
        return start(
                workDir,
                enterprises,
                backendOverrides,
                tickMs,
                externalBrokerUrl,
                UnaryOperator.identity());
    }

    /**
     * The general form: {@code bridgeConfig} may change each demo bridge's configuration
     * (intervals, batching).
     */
    public static DemoStack start(
            Path workDir,
            Set<String> enterprises,
            Map<String, String> backendOverrides,
            int tickMs,
            String externalBrokerUrl,
            UnaryOperator<BridgeConfig> bridgeConfig)
            throws Exception {
        if (externalBrokerUrl != null) {
            backendOverrides = new HashMap<>(backendOverrides);
            backendOverrides.put("mqtt.mode", "external");
            backendOverrides.put("mqtt.external.url", externalBrokerUrl);
            backendOverrides.putIfAbsent("mqtt.external.clientId", "pw-e2e-" + System.nanoTime());
        }
        DemoSecurity.Paths security =
                new DemoSecurity.Paths(workDir.resolve("secrets"), SHARED_BRIDGE_PKI, SHARED_PKI);
        SimulatorOptions simOptions =
                SimulatorOptions.builder()
                        .basePort(0)
                        .controlPort(0)
                        .tickMs(tickMs)
                        .pkiDir(SHARED_PKI) // keys made once per build: RSA key generation
                        // dominates start-up
                        .build();
        DemoSecurity.bootstrap(security, ParkCatalog.loadDemo(), simOptions, System.out);
        ParkSimulator sim =
                ParkSimulator.start(
                        simOptions.toBuilder()
                                .password(SecretFiles.readFirstLine(security.simPasswordFile()))
                                .build());
        DemoStack stack = new DemoStack(workDir, backendOverrides, sim);
        try {
            List<EnterpriseTags> chosen =
                    sim.catalog().tagLists().stream()
                            .filter(t -> enterprises.contains(t.enterpriseId()))
                            .toList();
            stack.createUplinkCredentials(chosen, security);
            stack.startBackend(0, 0);
            BridgeConfig.Tls tls = stack.uplinkTrust();
            String mqttUrl =
                    externalBrokerUrl != null
                            ? externalBrokerUrl
                            : (tls != null ? "ssl://127.0.0.1:" : "tcp://127.0.0.1:")
                                    + stack.mqttPort;
            for (EnterpriseTags tags : chosen) {
                BridgeConfig plain =
                        BridgeConfig.forDemoEnterprise(
                                tags,
                                sim.endpointUrl(tags.enterpriseId()),
                                mqttUrl,
                                workDir.resolve("spool"));
                BridgeConfig cfg = DemoSecurity.secure(plain, security);
                if (tls != null && externalBrokerUrl == null) cfg = withUplinkTls(cfg, tls);
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

    /**
     * One credential per bridge in the backend's store (as {@code ./parkwatch uplink demo} does),
     * its password in the bridge's owner-only secret file.
     */
    private void createUplinkCredentials(List<EnterpriseTags> chosen, DemoSecurity.Paths security)
            throws Exception {
        Path file = workDir.resolve("backend-data").resolve(UplinkCredentialStore.FILE_NAME);
        UplinkCredentialStore store = UplinkCredentialStore.read(file);
        for (EnterpriseTags t : chosen) {
            String bridgeId = t.enterpriseId() + "-B1";
            String password = PasswordHash.randomPassword();
            SecretFiles.write(security.mqttPasswordFile(bridgeId), password + "\n");
            store =
                    store.with(
                            new UplinkCredential(
                                    bridgeId,
                                    t.enterpriseId(),
                                    bridgeId,
                                    PasswordHash.hash(
                                            password.toCharArray(),
                                            PasswordHash.DEFAULT_ITERATIONS),
                                    System.currentTimeMillis(),
                                    t.tags().stream().map(TagDefinition::id).toList()));
        }
        store.write(file);
    }

    /**
     * A truststore with the certificate of the backend's {@code mqtt.tls.keystore} (never its key),
     * or null when the endpoint is plain TCP.
     */
    private BridgeConfig.Tls uplinkTrust() throws Exception {
        String keystore = backendOverrides.get("mqtt.tls.keystore");
        if (keystore == null || keystore.isEmpty()) return null;
        char[] password = backendOverrides.get("tls.keystore.password").toCharArray();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(keystore))) {
            ks.load(in, password);
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : Collections.list(ks.aliases())) {
            if (ks.isKeyEntry(alias)) trust.setCertificateEntry(alias, ks.getCertificate(alias));
        }
        String trustPassword = PasswordHash.randomPassword();
        Path file = workDir.resolve("uplink-truststore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trust.store(out, trustPassword.toCharArray());
        }
        return new BridgeConfig.Tls(file, trustPassword);
    }

    private static BridgeConfig withUplinkTls(BridgeConfig c, BridgeConfig.Tls tls) {
        BridgeConfig.Mqtt m = c.mqtt();
        return new BridgeConfig(
                c.bridgeId(),
                c.enterpriseId(),
                new BridgeConfig.Mqtt(
                        m.url(),
                        m.clientId(),
                        m.username(),
                        m.password(),
                        m.qos(),
                        m.keepAliveS(),
                        tls),
                c.spool(),
                c.batch(),
                c.endpoints(),
                c.mappings(),
                c.pkiDir());
    }

    /** Starts the backend; port 0 lets the system choose. */
    public void startBackend(int http, int mqtt) throws Exception {
        Map<String, String> cfg = new HashMap<>();
        // the park QRA (seconds of CPU on 2 cores) would run in the middle of latency-sensitive
        // tests; tests that
        // want it (BrowserRiskTest) start their own backend, others may override
        cfg.put("risk.qra.autoStart", "false");
        cfg.putAll(backendOverrides);
        cfg.put("http.host", "127.0.0.1");
        cfg.put("http.port", Integer.toString(http));
        cfg.put("mqtt.embedded.port", Integer.toString(mqtt));
        cfg.put("data.dir", workDir.resolve("backend-data").toString());
        cfg.putIfAbsent(
                "mqtt.allowAnonymous", "false"); // the shipped default, stated: bridges log in
        // every capability, as app.Main has them; the stack's listeners (added before or after)
        // hear every batch
        ParkWatchConfig config = new ConfigLoader().load(cfg);
        backend =
                new ParkWatchApp(
                        config,
                        config.parkDir().map(ParkCatalog::load).orElseGet(ParkCatalog::loadDemo),
                        ParkWatchOptions.defaults()
                                .withSecrets(
                                        name ->
                                                name.equals("PARKWATCH_ADMIN_PASSWORD")
                                                        ? adminPassword
                                                        : null)
                                .withIngestListener(
                                        batch -> listeners.forEach(l -> l.batchApplied(batch))));
        adminToken = null;
        ParkWatchApp.Ports ports =
                backend.start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(START_TIMEOUT_S, TimeUnit.SECONDS);
        hazards = backend.capabilities().hazards().service();
        alarms = backend.capabilities().alarms().service();
        publicDisplay = backend.capabilities().publicDisplay().service();
        httpPort = ports.http();
        mqttPort = ports.mqtt();
    }

    /** Registers a listener on the running backend and on every backend started later. */
    public void addIngestListener(IngestListener listener) {
        listeners.add(listener);
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
     * The same bridge configuration tuned for latency: every sampling and publishing interval
     * {@code intervalMs}, no deadband (every change reported) and batches closed after at most
     * {@code intervalMs / 10} ms.
     */
    public static BridgeConfig withIntervals(BridgeConfig c, int intervalMs) {
        return withIntervals(c, intervalMs, intervalMs);
    }

    /**
     * As {@link #withIntervals(BridgeConfig, int)} with its own sampling interval for every
     * mapping.
     */
    public static BridgeConfig withIntervals(BridgeConfig c, int intervalMs, int samplingMs) {
        BridgeConfig.Batch batch =
                new BridgeConfig.Batch(
                        c.batch().maxSamples(),
                        Math.max(1, intervalMs / 10),
                        c.batch().refreshMs());
        return new BridgeConfig(
                c.bridgeId(),
                c.enterpriseId(),
                c.mqtt(),
                c.spool(),
                batch,
                c.endpoints().stream()
                        .map(
                                e ->
                                        new BridgeConfig.Endpoint(
                                                e.url(),
                                                e.securityPolicy(),
                                                e.securityMode(),
                                                e.identity(),
                                                intervalMs,
                                                e.maxItemsPerSubscription()))
                        .toList(),
                c.mappings().stream()
                        .map(
                                m ->
                                        new BridgeConfig.Mapping(
                                                m.node(), m.tagId(), samplingMs, 0, m.endpoint()))
                        .toList(),
                c.pkiDir());
    }

    public ParkSimulator simulator() {
        return simulator;
    }

    public ParkWatchApp backend() {
        return backend;
    }

    /** The running backend's alarm service (issue 5); null while the backend is stopped. */
    public AlarmService alarms() {
        return backend == null ? null : alarms;
    }

    /**
     * The running backend's hazard service (issue 4) with the registry; null while the backend is
     * stopped.
     */
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
     * Creates (or resets) a user of {@code role} in the running backend, with {@link
     * #adminPassword()} as its password, for tests that log in as another role (enterprise users
     * need {@code enterpriseId}). Blocks.
     */
    public String ensureUser(Role role, String enterpriseId) throws Exception {
        String name =
                "e2e-" + role.id() + (enterpriseId == null ? "" : "-" + enterpriseId.toLowerCase());
        try {
            backend.security().users().create(name, role, enterpriseId, name, adminPassword);
        } catch (UserException e) {
            if (e.status() != 409) throw e;
            backend.security().users().setPassword(name, adminPassword);
        }
        return name;
    }

    /**
     * A bearer token of the administrator from a real login ({@code POST /api/auth/token}), per
     * backend start.
     */
    public synchronized String adminToken() throws Exception {
        if (adminToken != null) return adminToken;
        String body =
                JSON.writeValueAsString(Map.of("username", adminUser(), "password", adminPassword));
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(httpBase() + "/api/auth/token"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IllegalStateException("admin login: " + r.statusCode() + " " + r.body());
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
