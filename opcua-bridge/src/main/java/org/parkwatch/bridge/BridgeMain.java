package org.parkwatch.bridge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.config.BridgeConfigException;
import org.parkwatch.bridge.demo.DemoSecurity;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs bridges until the JVM is stopped (Ctrl-C / SIGTERM stops them cleanly: status {@code
 * offline}, spool closed).
 *
 * <pre>
 *   BridgeMain --config bridge.json          one bridge from a config file
 *   BridgeMain --demo [--spool var/spool]    one bridge per demo enterprise (park.json order, PARK included), reading
 *              [--base-port 4841]            opc.tcp://127.0.0.1:&lt;base+i&gt;/parkwatch/&lt;ENT&gt; (the simulator's), publishing to
 *              [--mqtt tcp://127.0.0.1:1884] the backend's embedded MQTT endpoint; secured (Basic256Sha256,
 *              --data data | --insecure      SignAndEncrypt, user name, own MQTT credentials) with the secrets and PKI
 *                                            that {@code DemoSecurity} made in the data folder, or unsecured (lab)
 *   either with [--status-port 8099]         GET http://127.0.0.1:8099/status: counters of every bridge as JSON
 * </pre>
 *
 * Logs one status line per bridge per minute with rates.
 */
public final class BridgeMain {
    /**
     * Logback configuration on the classpath used unless {@code -Dlogback.configurationFile} says
     * otherwise.
     */
    public static final String LOGBACK_CONFIG = "parkwatch-bridge-logback.xml";

    static {
        selectLogging(); // before the first logger exists
    }

    private static final Logger LOG = LoggerFactory.getLogger(BridgeMain.class);

    /**
     * First simulator port; enterprise i of park.json listens on DEFAULT_BASE_PORT + i (shared with
     * the simulator).
     */
    public static final int DEFAULT_BASE_PORT = 4841;

    /** The backend's embedded MQTT endpoint. */
    public static final String DEFAULT_MQTT_URL = "tcp://127.0.0.1:1884";

    /** Path prefix of the simulator's endpoints, followed by the enterprise id. */
    public static final String DEMO_ENDPOINT_PATH_PREFIX = "/parkwatch/";

    static final long STATUS_PERIOD_S = 60;

    private BridgeMain() {}

    public static void main(String[] args) throws Exception {
        List<BridgeConfig> configs;
        try {
            configs = configs(args);
        } catch (BridgeConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(
                    "usage: BridgeMain --config bridge.json | --demo (--data dir | --insecure) [--spool dir]"
                            + " [--base-port 4841] [--mqtt tcp://127.0.0.1:1884] [--status-port N]");
            System.exit(2);
            return;
        }
        List<Bridge> bridges = new ArrayList<>();
        for (BridgeConfig c : configs) bridges.add(new Bridge(c));
        bridges.forEach(Bridge::start);
        int statusPort = statusPort(args);
        StatusEndpoint status = statusPort < 0 ? null : new StatusEndpoint(statusPort, bridges);
        if (status != null) LOG.info("status on http://127.0.0.1:{}/status", status.port());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<RateLogger> loggers = bridges.stream().map(RateLogger::new).toList();
        ticker.scheduleAtFixedRate(
                () -> loggers.forEach(RateLogger::log),
                STATUS_PERIOD_S,
                STATUS_PERIOD_S,
                TimeUnit.SECONDS);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    LOG.info("stopping {} bridge(s)", bridges.size());
                                    ticker.shutdownNow();
                                    if (status != null) status.close();
                                    // in parallel: an unreachable server makes each close wait for
                                    // its disconnect timeout, and nine of them
                                    // in a row outlast the patience of a service manager
                                    List<Thread> closers =
                                            bridges.stream()
                                                    .map(b -> new Thread(b::close, "bridge-close"))
                                                    .toList();
                                    closers.forEach(Thread::start);
                                    for (Thread t : closers) {
                                        try {
                                            t.join(TimeUnit.SECONDS.toMillis(15));
                                        } catch (InterruptedException e) {
                                            Thread.currentThread().interrupt();
                                            break;
                                        }
                                    }
                                    stopped.countDown();
                                },
                                "bridge-shutdown"));
        LOG.info("{} bridge(s) running", bridges.size());
        stopped.await();
    }

    /** The bridge configurations the arguments name (see the class comment). */
    public static List<BridgeConfig> configs(String[] args) throws BridgeConfigException {
        String config = null;
        boolean demo = false;
        Path spool = Path.of("var", "spool");
        int basePort = DEFAULT_BASE_PORT;
        String mqtt = DEFAULT_MQTT_URL;
        Path data = null;
        boolean insecure = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--data" -> data = Path.of(value(args, ++i));
                case "--insecure" -> insecure = true;
                case "--config" -> config = value(args, ++i);
                case "--spool" -> spool = Path.of(value(args, ++i));
                case "--base-port" -> basePort = Integer.parseInt(value(args, ++i));
                case "--mqtt" -> mqtt = value(args, ++i);
                case "--status-port" -> value(args, ++i);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (demo == (config != null))
            throw new IllegalArgumentException("give either --config file or --demo");
        if (config != null) return List.of(BridgeConfig.load(Path.of(config)));
        if ((data == null) == !insecure) {
            throw new IllegalArgumentException(
                    "the demo bridges are secured: give --data <folder> (secrets and PKI made"
                            + " by ./parkwatch demo) or, for an unsecured lab run, --insecure");
        }
        List<BridgeConfig> plain = demoConfigs(ParkCatalog.loadDemo(), basePort, mqtt, spool);
        if (insecure) return plain;
        List<BridgeConfig> secured = new ArrayList<>();
        for (BridgeConfig c : plain) {
            try {
                secured.add(DemoSecurity.secure(c, DemoSecurity.Paths.in(data)));
            } catch (IOException e) {
                throw new IllegalArgumentException(
                        "demo bridge "
                                + c.bridgeId()
                                + ": "
                                + e.getMessage()
                                + " (./parkwatch demo creates the demo's secrets)");
            }
        }
        return secured;
    }

    /** The {@code --status-port} value, -1 when the HTTP status endpoint is not wanted. */
    static int statusPort(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--status-port")) return Integer.parseInt(args[i + 1]);
        }
        return -1;
    }

    /**
     * One config per enterprise with a tag list, ports in park.json order from {@code basePort}.
     */
    public static List<BridgeConfig> demoConfigs(
            ParkCatalog park, int basePort, String mqttUrl, Path spoolRoot) {
        List<BridgeConfig> out = new ArrayList<>();
        int i = 0;
        for (var e : park.enterprises()) {
            int port = basePort + i++;
            EnterpriseTags tags = park.tagsOf(e.id()).orElse(null);
            if (tags == null || tags.tags().isEmpty()) continue;
            out.add(
                    BridgeConfig.forDemoEnterprise(
                            tags, demoEndpointUrl(port, e.id()), mqttUrl, spoolRoot));
        }
        return out;
    }

    /**
     * The simulator's endpoint for an enterprise: {@code
     * opc.tcp://127.0.0.1:<port>/parkwatch/<ENT>} (the path is the simulator's, see {@code
     * sim.opcua.EnterpriseServer}; Milo servers refuse a Hello for any other path).
     */
    public static String demoEndpointUrl(int port, String enterpriseId) {
        return "opc.tcp://127.0.0.1:" + port + DEMO_ENDPOINT_PATH_PREFIX + enterpriseId;
    }

    /** Selects {@link #LOGBACK_CONFIG} unless the operator chose a logging configuration. */
    public static void selectLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) throw new IllegalArgumentException(args[i - 1] + " needs a value");
        return args[i];
    }

    /** Logs a bridge's rates since the previous line. */
    private static final class RateLogger {
        private final Bridge bridge;
        private long samples;
        private long published;
        private long lastMs = System.currentTimeMillis();

        RateLogger(Bridge bridge) {
            this.bridge = bridge;
        }

        void log() {
            BridgeStats s = bridge.stats();
            long now = System.currentTimeMillis();
            double secs = Math.max(1, now - lastMs) / 1000.0;
            LOG.info(
                    "{}: {} samples/s, {} batches/s published, servers {}/{}, mqtt {}, {}",
                    bridge.config().bridgeId(),
                    Math.round((s.samplesRead() - samples) / secs),
                    Math.round((s.batchesPublished() - published) / secs * 10) / 10.0,
                    bridge.serversUp(),
                    bridge.config().endpoints().size(),
                    bridge.uplink().isConnected() ? "up" : "DOWN",
                    s);
            samples = s.samplesRead();
            published = s.batchesPublished();
            lastMs = now;
        }
    }
}
