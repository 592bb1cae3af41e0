package org.parkwatch.e2e.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.parkwatch.bridge.spool.BatchLedger;

/**
 * The demo park as three operating-system processes the soak can kill (SIGKILL) and restart: the
 * backend ({@code app.Main}, embedded MQTT endpoint, PostgreSQL), the OPC UA simulator and the demo
 * bridges (one process, one spool and {@link BatchLedger ledger} each). Each process logs to its
 * own file in the work folder, appended across restarts.
 */
final class SoakPark implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work;
    private final Path spoolRoot;
    private final Map<String, String> database;
    private final int httpPort;
    private final int mqttPort;
    private final int simBasePort;
    private final int simControlPort;
    private final int bridgeStatusPort;
    private final String classpath = absolute(System.getProperty("java.class.path"));
    private final String javaBin =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String adminPassword = "soak-" + Long.toHexString(System.nanoTime()) + "-Aa9";
    private Process backend;
    private Process simulator;
    private Process bridge;

    SoakPark(Path work, Map<String, String> database, Random ports) throws IOException {
        this.work = work;
        this.spoolRoot = Files.createDirectories(work.resolve("spool"));
        this.database = database;
        this.httpPort = freePort();
        this.mqttPort = freePort();
        this.simControlPort = freePort();
        this.bridgeStatusPort = freePort();
        this.simBasePort = freeRange(ports, 12);
        Files.createDirectories(work.resolve("logs"));
        writeBackendConfig();
    }

    private void writeBackendConfig() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("http.host=127.0.0.1");
        lines.add("http.port=" + httpPort);
        lines.add("mqtt.embedded.host=127.0.0.1");
        lines.add("mqtt.embedded.port=" + mqttPort);
        lines.add("mqtt.allowAnonymous=true");
        lines.add("data.dir=" + work.resolve("data").toString().replace('\\', '/'));
        database.forEach((k, v) -> lines.add(k + "=" + v));
        Files.write(work.resolve("backend.properties"), lines);
    }

    String mqttUrl() {
        return "tcp://127.0.0.1:" + mqttPort;
    }

    Path spoolRoot() {
        return spoolRoot;
    }

    Path backendLog() {
        return work.resolve("logs").resolve("backend.log");
    }

    /**
     * Starts the backend and waits for its health route; a start that fails (on a loaded machine
     * the backend's own 60 s start limit can pass while it migrates and replays) is tried again, up
     * to three times.
     */
    void startBackend() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                startBackendOnce();
                return;
            } catch (IllegalStateException e) {
                kill(backend);
                if (attempt == 3) throw e;
                System.out.println("soak: backend start failed (" + e.getMessage() + "); again");
            }
        }
    }

    private void startBackendOnce() throws Exception {
        ProcessBuilder pb =
                command(
                        "backend",
                        "-Xmx768m",
                        "org.parkwatch.backend.app.Main",
                        "--config",
                        work.resolve("backend.properties").toString());
        pb.environment().put("PARKWATCH_ADMIN_PASSWORD", adminPassword);
        pb.environment().put("PARKWATCH_DATA_DIR", work.resolve("data").toString());
        backend = pb.start();
        awaitHealth(Duration.ofMinutes(3));
    }

    void startSimulator() throws IOException {
        ProcessBuilder pb =
                command("simulator", "-Xmx256m", "org.parkwatch.bridge.sim.SimulatorMain");
        Map<String, String> env = pb.environment();
        env.put("PARKWATCH_SIM_BIND", "127.0.0.1");
        env.put("PARKWATCH_SIM_BASE_PORT", String.valueOf(simBasePort));
        env.put("PARKWATCH_SIM_CONTROL_PORT", String.valueOf(simControlPort));
        env.put("PARKWATCH_SIM_SECURITY", "false");
        env.put("PARKWATCH_SIM_PKI_DIR", work.resolve("sim-pki").toString());
        simulator = pb.start();
    }

    void startBridge() throws IOException {
        bridge =
                command(
                                "bridge",
                                "-Xmx384m",
                                "-D" + BatchLedger.PROPERTY + "=true",
                                "org.parkwatch.bridge.BridgeMain",
                                "--demo",
                                "--insecure",
                                "--spool",
                                spoolRoot.toString(),
                                "--base-port",
                                String.valueOf(simBasePort),
                                "--mqtt",
                                mqttUrl(),
                                "--status-port",
                                String.valueOf(bridgeStatusPort))
                        .start();
    }

    /**
     * Waits until every bridge reads all its OPC UA servers and is connected to the backend (the
     * bridges' status endpoint); false when that did not happen within {@code within}.
     */
    boolean awaitBridgesUp(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpRequest req =
                HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + bridgeStatusPort + "/status"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && allUp(JSON.readTree(r.body()))) return true;
            } catch (IOException e) {
                // the bridges are starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static boolean allUp(JsonNode bridges) {
        if (!bridges.isArray() || bridges.isEmpty()) return false;
        for (JsonNode b : bridges) {
            if (!b.path("mqttConnected").asBoolean()
                    || b.path("serversUp").asInt() != b.path("servers").asInt()) return false;
        }
        return true;
    }

    void killBackend() throws InterruptedException {
        kill(backend);
    }

    void killSimulator() throws InterruptedException {
        kill(simulator);
    }

    void killBridge() throws InterruptedException {
        kill(bridge);
    }

    boolean allAlive() {
        return backend.isAlive() && simulator.isAlive() && bridge.isAlive();
    }

    /** SIGTERM, then wait: the bridge drains its spools, the backend commits its history. */
    void stopBridge() throws InterruptedException {
        stop(bridge, 60);
    }

    /**
     * SIGTERM, then wait up to 180 s: the backend commits its history on the way out. True when it
     * exited by itself and did not report samples left uncommitted in its write-ahead log.
     */
    boolean stopBackend() throws InterruptedException, IOException {
        long before = uncommittedLines();
        boolean exited = stop(backend, 180);
        return exited && uncommittedLines() == before;
    }

    /** Lines of the backend's log saying that a stop left samples in the write-ahead log. */
    private long uncommittedLines() throws IOException {
        if (!Files.exists(backendLog())) return 0;
        try (var lines = Files.lines(backendLog())) {
            return lines.filter(l -> l.contains("uncommitted samples stay in")).count();
        }
    }

    void stopSimulator() throws InterruptedException {
        stop(simulator, 30);
    }

    private static void kill(Process p) throws InterruptedException {
        if (p == null) return;
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, SIGKILL after {@code seconds}; true when the process exited by itself. */
    private static boolean stop(Process p, int seconds) throws InterruptedException {
        if (p == null || !p.isAlive()) return true;
        p.destroy();
        if (p.waitFor(seconds, TimeUnit.SECONDS)) return true;
        kill(p);
        return false;
    }

    private ProcessBuilder command(String name, String heap, String... mainAndArgs) {
        List<String> cmd = new ArrayList<>(List.of(javaBin, heap, "-XX:+UseSerialGC", "-cp"));
        cmd.add(classpath);
        cmd.addAll(List.of(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(
                                work.resolve("logs").resolve(name + ".log").toFile()));
        return pb;
    }

    private void awaitHealth(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        HttpRequest req =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build();
        while (System.nanoTime() < deadline) {
            if (!backend.isAlive())
                throw new IllegalStateException(
                        "the backend exited (code "
                                + backend.exitValue()
                                + "); see "
                                + backendLog());
            try {
                if (HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    return;
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the backend did not answer within " + within);
    }

    /** The class path with every entry absolute: the processes run in the work folder. */
    private static String absolute(String classpath) {
        List<String> out = new ArrayList<>();
        for (String e : classpath.split(java.io.File.pathSeparator)) {
            if (e.isEmpty()) continue;
            boolean wildcard = e.endsWith("*");
            String base = wildcard ? e.substring(0, e.length() - 1) : e;
            String abs = Path.of(base.isEmpty() ? "." : base).toAbsolutePath().toString();
            out.add(wildcard ? abs + java.io.File.separator + "*" : abs);
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * A base port with {@code n} free ports after it (the simulator's one server an enterprise).
     */
    private static int freeRange(Random random, int n) throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            // below Linux's ephemeral ports (32768–60999 by default): an outgoing connection of any
            // process may take an ephemeral port while the killed simulator is down, and its
            // restart then failed to bind ("Address already in use", soak seed 341791083)
            int base = 20_000 + random.nextInt(12_000);
            boolean free = true;
            for (int i = 0; i < n && free; i++) {
                try (ServerSocket s = new ServerSocket(base + i)) {
                    s.setReuseAddress(true);
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) return base;
        }
        throw new IOException("no " + n + " consecutive free ports found");
    }

    @Override
    public void close() throws InterruptedException {
        kill(bridge);
        kill(simulator);
        kill(backend);
    }
}
