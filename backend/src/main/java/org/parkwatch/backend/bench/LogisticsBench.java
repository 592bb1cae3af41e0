package org.parkwatch.backend.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.logistics.LogisticsCapability;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.logistics.jt808.Authentication;
import org.parkwatch.model.logistics.jt808.GeneralResponse;
import org.parkwatch.model.logistics.jt808.Jt808FormatException;
import org.parkwatch.model.logistics.jt808.Jt808Frame;
import org.parkwatch.model.logistics.jt808.Jt808FrameCodec;
import org.parkwatch.model.logistics.jt808.Jt808Header;
import org.parkwatch.model.logistics.jt808.Jt808MessageIds;
import org.parkwatch.model.logistics.jt808.Jt808StreamDecoder;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.logistics.jt808.Registration;
import org.parkwatch.model.logistics.jt808.RegistrationResponse;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Benchmark command ({@code ./parkwatch bench logistics}): JT/T 808 location reports decoded,
 * geofenced (enterprise site and park fence) and applied per second by the backend's TCP server,
 * and the time from a report leaving a terminal to the truck's position on a WebSocket client.
 *
 * <p>The backend runs in this process (in-memory database, demo park) with the JT/T 808 server on a
 * free port. {@code --terminals} simulated terminals (default 2,000) are provisioned through the
 * API, register and authenticate over real TCP, then together send {@code --rate} reports/s
 * (default 60,000) of 0x0200 for {@code --seconds}. A province fleet of 100,000 trucks reporting
 * every 2 s is 50,000 reports/s; with fewer connections each terminal's clock runs faster (its k-th
 * report carries fix time start + k s, so every report is newer than the last and is applied). The
 * socket client times every 50th report: send → the {@code vehicles} push naming that terminal and
 * fix time. Client and server share this machine's cores. Options: {@code --seconds 20 --warmup 5
 * --rate 60000 --terminals 2000 --pushMs 200}.
 */
public final class LogisticsBench {
    private static final int PROBE_EVERY = 50;

    private LogisticsBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = AlarmLatencyBench.options(args);
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
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
                new ParkWatchApp(config, ParkCatalog.loadDemo(), ParkWatchApp.Options.defaults());
        ParkWatchApp.Ports ports =
                backend.start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(300, TimeUnit.SECONDS);
        LogisticsCapability logistics = backend.capabilities().logistics();
        String token = BenchSocket.adminToken(backend);
        provision(ports.http(), token, terminals);

        Map<String, Long> probes = new ConcurrentHashMap<>();
        List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
        AtomicLong measureFromNs = new AtomicLong(Long.MAX_VALUE);
        WebSocket ws =
                BenchSocket.open(
                        ports.http(),
                        token,
                        (m, now) -> {
                            if (!"vehicles".equals(m.getString("type"))) return;
                            JsonArray vs = m.getJsonArray("vehicles");
                            for (int i = 0; i < vs.size(); i++) {
                                JsonObject v = vs.getJsonObject(i);
                                Long sent =
                                        probes.remove(
                                                v.getString("terminal") + "@" + v.getLong("fixMs"));
                                if (sent != null && sent >= measureFromNs.get()) {
                                    latenciesMs.add((now - sent) / 1e6);
                                }
                            }
                        });

        Vertx clientVertx = Vertx.vertx();
        NetClient net = clientVertx.createNetClient();
        List<Terminal> fleet = new ArrayList<>();
        for (int i = 0; i < terminals; i++) fleet.add(new Terminal(phone(i), plate(i)));
        List<Future<Void>> ready = new ArrayList<>();
        for (Terminal t : fleet) ready.add(t.connect(net, logistics.jt808Port()));
        Future.all(ready).toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
        System.out.printf("%d terminals registered and authenticated%n", terminals);

        long startMs = Instant.now().toEpochMilli() / 1000 * 1000;
        AtomicInteger next = new AtomicInteger();
        int perTick = Math.max(1, rate / 100);
        long timer =
                clientVertx.setPeriodic(
                        10,
                        id -> {
                            for (int k = 0; k < perTick; k++) {
                                fleet.get(Math.floorMod(next.getAndIncrement(), terminals))
                                        .report(startMs, probes);
                            }
                        });
        Thread.sleep(warmup * 1000L);
        long applied0 = logistics.positionsApplied();
        long cpu0 = processCpuNs();
        long t0 = System.nanoTime();
        measureFromNs.set(t0);
        Thread.sleep(seconds * 1000L);
        long applied1 = logistics.positionsApplied();
        double elapsedS = (System.nanoTime() - t0) / 1e9;
        double cpuS = (processCpuNs() - cpu0) / 1e9;
        clientVertx.cancelTimer(timer);
        Thread.sleep(1000);

        double[] v = latenciesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "offered: %d reports/s from %d terminals over %d s (after %d s warm-up)%n",
                rate, terminals, seconds, warmup);
        System.out.printf(
                "applied (decoded, geofenced, applied): %.0f reports/s; refused in all: %d%n",
                (applied1 - applied0) / elapsedS, logistics.refusedTotal());
        // on a machine shared with other work the wall-clock rate says little; the CPU time this
        // process got (client terminals and backend together) says what a report costs
        System.out.printf(
                "process CPU: %.1f s over %.1f s (%.2f cores busy); %.0f reports applied per CPU"
                        + " second (client included); load average %.1f%n",
                cpuS,
                elapsedS,
                cpuS / elapsedS,
                cpuS > 0 ? (applied1 - applied0) / cpuS : 0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        if (v.length > 0) {
            System.out.printf(
                    "report → map push: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d probes)%n",
                    AlarmLatencyBench.pct(v, 0.5),
                    AlarmLatencyBench.pct(v, 0.99),
                    v[v.length - 1],
                    v.length);
        } else {
            System.out.println("report → map push: no probe arrived");
        }
        ws.abort();
        clientVertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        backend.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        System.exit(v.length > 0 ? 0 : 1);
    }

    /** CPU time of this process so far, ns (-1 where the JVM does not tell). */
    private static long processCpuNs() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : -1;
    }

    private static String phone(int i) {
        return String.valueOf(13_900_000_000L + i);
    }

    private static String plate(int i) {
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

    /** One simulated terminal on its own TCP connection. */
    private static final class Terminal implements Jt808StreamDecoder.Listener {
        private final String phone;
        private final String plate;
        private final Jt808StreamDecoder decoder = new Jt808StreamDecoder(this);
        private NetSocket socket;
        private Promise<Void> ready;
        private int serial;
        private int authSerial = -1;
        private long reports;

        Terminal(String phone, String plate) {
            this.phone = phone;
            this.plate = plate;
        }

        Future<Void> connect(NetClient net, int port) {
            ready = Promise.promise();
            net.connect(port, "127.0.0.1")
                    .onFailure(ready::fail)
                    .onSuccess(
                            s -> {
                                socket = s;
                                s.handler(b -> decoder.feed(b.getBytes()));
                                send(
                                        Jt808MessageIds.TERMINAL_REGISTRATION,
                                        new Registration(41, 100, "PWSIM", "PW-B", phone, 2, plate)
                                                .encode(true));
                            });
            return ready.future();
        }

        void report(long startMs, Map<String, Long> probes) {
            if (socket == null) return;
            long fixMs = startMs + ++reports * 1000;
            LocationReport r =
                    new LocationReport(
                            0,
                            1L << LocationReport.STATUS_POSITIONED,
                            35.2425 + (reports % 100) * 1e-5,
                            113.9400 + (reports % 100) * 1e-5,
                            90,
                            30.0,
                            45,
                            Instant.ofEpochMilli(fixMs),
                            Map.of());
            if (reports % PROBE_EVERY == 0) probes.put(phone + "@" + fixMs, System.nanoTime());
            send(Jt808MessageIds.LOCATION_REPORT, r.encode());
        }

        private int send(int id, byte[] body) {
            serial = (serial + 1) & 0xffff;
            socket.write(
                    Buffer.buffer(Jt808FrameCodec.encode(Jt808Header.of(id, phone, serial), body)));
            return serial;
        }

        @Override
        public void frame(Jt808Frame f) {
            try {
                if (f.messageId() == Jt808MessageIds.REGISTRATION_RESPONSE) {
                    RegistrationResponse r = RegistrationResponse.decode(f.body());
                    if (r.result() != RegistrationResponse.SUCCESS) {
                        ready.tryFail("registration refused: " + r.result());
                        return;
                    }
                    authSerial =
                            send(
                                    Jt808MessageIds.TERMINAL_AUTHENTICATION,
                                    new Authentication(r.authCode(), "860000000000000", "bench")
                                            .encode(true));
                } else if (f.messageId() == Jt808MessageIds.PLATFORM_GENERAL_RESPONSE) {
                    GeneralResponse g = GeneralResponse.decode(f.body());
                    if (g.replySerial() == authSerial && authSerial >= 0) {
                        authSerial = -1;
                        if (g.result() == GeneralResponse.OK) ready.tryComplete();
                        else ready.tryFail("authentication refused");
                    }
                }
            } catch (Jt808FormatException e) {
                ready.tryFail(e);
            }
        }

        @Override
        public void refused(Jt808FormatException problem) {
            ready.tryFail(problem);
        }
    }
}
