package org.parkwatch.backend.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.logistics.LogisticsCapability;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Benchmark command ({@code ./parkwatch bench logistics}): JT/T 808 location reports decoded,
 * geofenced (enterprise site and park fence) and applied per second by the backend's TCP server,
 * the server's CPU time per report, and the time from a report leaving a terminal to the truck's
 * position on a WebSocket client.
 *
 * <p>What runs where: the backend (in-memory database, demo park, JT/T 808 server on a free port)
 * runs in this JVM; the load, {@code --terminals} simulated terminals (default 2,000) and the
 * WebSocket client, runs in a second JVM ({@link LogisticsLoad}) started here, so the CPU time read
 * for the server is this JVM's alone and the client's is read from its process. Both share this
 * machine's cores. The terminals are provisioned through the API, register and authenticate over
 * real TCP, then together offer {@code --rate} reports/s (default 60,000) of 0x0200 for {@code
 * --seconds}. A province fleet of 100,000 trucks reporting every 2 s is 50,000 reports/s; with
 * fewer connections each terminal's clock runs faster (its k-th report carries fix time start + k
 * s, so every report is newer than the last and is applied). All positions lie inside the park's
 * fence, so every report also goes through the truck watch (route corridor, speed, stops). Fewer
 * terminals also means fewer distinct trucks in each coalesced push (at most {@code --terminals}
 * per {@code --pushMs}, where 100,000 trucks would move 10,000 per 200 ms): the push is lighter
 * than a province fleet's. Before the load the terminals stay connected and silent for {@code
 * --idle} s: the server's CPU then is its background, printed beside the load's. Options: {@code
 * --seconds 20 --warmup 10 --idle 5 --rate 60000 --terminals 2000 --pushMs 200 --window 64
 * --clientJvm "-Xmx1g" --jfr server.jfr} (the last records the server's measured window).
 */
public final class LogisticsBench {
    private LogisticsBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = AlarmLatencyBench.options(args);
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        int rate = Integer.parseInt(o.getOrDefault("rate", "60000"));
        int terminals = Integer.parseInt(o.getOrDefault("terminals", "2000"));
        Path data = Files.createTempDirectory("parkwatch-logistics-bench");
        ParkWatchConfig config =
                new ConfigLoader()
                        .load(
                                Map.of(
                                        "http.host", "127.0.0.1",
                                        "http.port", "0",
                                        "mqtt.embedded.port", "0",
                                        "data.dir", data.toString(),
                                        "db.enabled", "false",
                                        "risk.qra.autoStart", "false",
                                        "logistics.jt808.enabled", "true",
                                        "logistics.jt808.host", "127.0.0.1",
                                        "logistics.jt808.port", "0",
                                        "logistics.pushMs", o.getOrDefault("pushMs", "200")));
        ParkWatchApp backend =
                new ParkWatchApp(config, ParkCatalog.loadDemo(), ParkWatchOptions.defaults());
        ParkWatchApp.Ports ports =
                backend.start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(300, TimeUnit.SECONDS);
        LogisticsCapability logistics = backend.capabilities().logistics();
        String token = BenchSocket.adminToken(backend);
        provision(ports.http(), token, terminals);

        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(List.of(o.getOrDefault("clientJvm", "-Xmx1g").trim().split("\\s+")));
        cmd.addAll(
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        LogisticsLoad.class.getName(),
                        "--jt808Port",
                        String.valueOf(logistics.jt808Port()),
                        "--httpPort",
                        String.valueOf(ports.http()),
                        "--terminals",
                        String.valueOf(terminals),
                        "--rate",
                        String.valueOf(rate),
                        "--seconds",
                        String.valueOf(seconds),
                        "--warmup",
                        String.valueOf(warmup),
                        "--window",
                        o.getOrDefault("window", "64"),
                        "--idle",
                        o.getOrDefault("idle", "5")));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put(LogisticsLoad.TOKEN_ENV, token);
        Process client = pb.start();
        ProcessHandle clientHandle = client.toHandle();
        System.out.printf(
                "server: this JVM (pid %d): backend, JT/T 808 server, push%n",
                ProcessHandle.current().pid());
        System.out.printf(
                "client: separate JVM (pid %d): %d terminals over TCP + WebSocket observer%n",
                client.pid(), terminals);

        // --jfr file: the server's flight recording (profile settings) of the measured window only
        Recording jfr =
                o.containsKey("jfr")
                        ? new Recording(Configuration.getConfiguration("profile"))
                        : null;
        Snapshot idleStart = null;
        Snapshot idleEnd = null;
        Snapshot start = null;
        Snapshot end = null;
        Map<String, String> result = Map.of();
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                switch (line.split(" ", 2)[0]) {
                    case "@ready" ->
                            System.out.printf(
                                    "%d terminals registered and authenticated%n", terminals);
                    case "@idle-start" -> idleStart = Snapshot.take(logistics, clientHandle);
                    case "@idle-end" -> idleEnd = Snapshot.take(logistics, clientHandle);
                    case "@measure-start" -> {
                        if (jfr != null) jfr.start();
                        start = Snapshot.take(logistics, clientHandle);
                    }
                    case "@measure-end" -> {
                        end = Snapshot.take(logistics, clientHandle);
                        if (jfr != null) {
                            jfr.stop();
                            jfr.dump(Path.of(o.get("jfr")));
                            System.out.println(
                                    "server profile of the measured window: " + o.get("jfr"));
                        }
                    }
                    case "@result" -> result = keyValues(line);
                    default -> System.out.println("client: " + line);
                }
            }
        }
        int exit = client.waitFor();
        if (idleStart == null || idleEnd == null || start == null || end == null || exit != 0) {
            System.out.println("load client failed (exit " + exit + ")");
            System.exit(1);
        }
        report(o, idleStart, idleEnd, start, end, result, logistics);
        backend.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        System.exit(Integer.parseInt(result.getOrDefault("probes", "0")) > 0 ? 0 : 1);
    }

    /** Counters read at the start and the end of the measured window. */
    private record Snapshot(long nanos, long applied, long serverCpuNs, long clientCpuNs) {
        static Snapshot take(LogisticsCapability logistics, ProcessHandle client) {
            return new Snapshot(
                    System.nanoTime(),
                    logistics.positionsApplied(),
                    processCpuNs(),
                    client.info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L));
        }
    }

    private static void report(
            Map<String, String> o,
            Snapshot idleA,
            Snapshot idleB,
            Snapshot a,
            Snapshot b,
            Map<String, String> client,
            LogisticsCapability logistics) {
        double s = (b.nanos() - a.nanos()) / 1e9;
        long applied = b.applied() - a.applied();
        double serverCpuS = (b.serverCpuNs() - a.serverCpuNs()) / 1e9;
        double clientCpuS = (b.clientCpuNs() - a.clientCpuNs()) / 1e9;
        long sent = Long.parseLong(client.getOrDefault("sent", "0"));
        long held = Long.parseLong(client.getOrDefault("held", "0"));
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "offered: %s reports/s from %s terminals over %.1f s measured (after %s s"
                        + " warm-up)%n",
                o.getOrDefault("rate", "60000"),
                o.getOrDefault("terminals", "2000"),
                s,
                o.getOrDefault("warmup", "10"));
        System.out.printf(
                "sent by the client: %.0f reports/s; held back (window of %s unacknowledged"
                        + " full): %.0f/s%n",
                sent / s, o.getOrDefault("window", "64"), held / s);
        System.out.printf(
                "applied by the server (decoded, geofenced, applied): %.0f reports/s; refused in"
                        + " all: %d%n",
                applied / s, logistics.refusedTotal());
        double idleCores =
                (idleB.serverCpuNs() - idleA.serverCpuNs())
                        / (double) (idleB.nanos() - idleA.nanos());
        double perReportS = applied > 0 ? (serverCpuS - idleCores * s) / applied : Double.NaN;
        System.out.printf(
                "server CPU (this JVM only): %.2f s = %.2f cores busy; %.3f CPU-s per 100k"
                        + " reports all in%n",
                serverCpuS, serverCpuS / s, applied > 0 ? serverCpuS / applied * 1e5 : Double.NaN);
        System.out.printf(
                "server background (connected, no reports, %.1f s before): %.3f cores%n",
                (idleB.nanos() - idleA.nanos()) / 1e9, idleCores);
        if (idleCores * s < 0.5 * serverCpuS) {
            System.out.printf(
                    "a report above the background: %.1f µs = %.3f CPU-s per 100k → %.0f"
                            + " reports/s would fill 2 cores%n",
                    perReportS * 1e6, perReportS * 1e5, (2 - idleCores) / perReportS);
        } else {
            // the background's own noise (JIT, other capabilities' timers) is as large as the
            // load's: the difference would say nothing
            System.out.println(
                    "a report above the background: not separable (background ≥ half the"
                            + " server's CPU under load); the all-in figure stands");
        }
        System.out.printf(
                "client CPU (load JVM): %.2f s = %.2f cores busy%n", clientCpuS, clientCpuS / s);
        System.out.printf(
                "report → map push (client clock, %s probes): p50 %s ms, p95 %s ms, p99 %s ms,"
                        + " max %s ms%n",
                client.getOrDefault("probes", "0"),
                client.getOrDefault("p50", "-"),
                client.getOrDefault("p95", "-"),
                client.getOrDefault("p99", "-"),
                client.getOrDefault("max", "-"));
        System.out.printf(
                "machine load average (1 min): %.2f (other work shares these cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static Map<String, String> keyValues(String line) {
        Map<String, String> out = new HashMap<>();
        for (String kv : line.split(" ")) {
            int eq = kv.indexOf('=');
            if (eq > 0) out.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return out;
    }

    /** CPU time of this process so far, ns (-1 where the JVM does not tell). */
    private static long processCpuNs() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    static String phone(int i) {
        return String.valueOf(13_900_000_000L + i);
    }

    static String plate(int i) {
        return String.format("豫Z%05d", i);
    }

    private static void provision(int httpPort, String token, int terminals) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < terminals; i++) {
            JsonObject body =
                    new JsonObject()
                            .put("phone", phone(i))
                            .put("plate", plate(i))
                            .put("carrier", "基准测试物流")
                            .put("enterpriseIds", new JsonArray().add("E0" + (1 + i % 8)));
            pending.add(
                    http.sendAsync(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "http://127.0.0.1:"
                                                            + httpPort
                                                            + "/api/logistics/terminals"))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()));
            if (pending.size() >= 64) drain(pending);
        }
        drain(pending);
    }

    private static void drain(List<CompletableFuture<HttpResponse<String>>> pending)
            throws Exception {
        for (CompletableFuture<HttpResponse<String>> f : pending) {
            HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
            if (r.statusCode() != 201) throw new IllegalStateException("provision: " + r.body());
        }
        pending.clear();
    }
}
