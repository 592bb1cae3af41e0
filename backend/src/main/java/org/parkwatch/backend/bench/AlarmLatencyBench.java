package org.parkwatch.backend.bench;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Benchmark command ({@code ./parkwatch bench alarm-latency}): the time from a sample's arrival at
 * the backend to the {@code {"type":"alarm"}} message on a WebSocket client, under background MQTT
 * load.
 *
 * <p>The backend runs in this process on free ports (embedded MQTT broker, no database unless
 * {@code --db true}) with the alarm module. {@link PacedLoad} publishes {@code --rate} samples/s
 * (default 20,000) of normal values for every enterprise. A probe bridge publishes, every {@code
 * --probeMs} ms, one sample of {@value #PROBE_TAG} alternately above its HH limit (50 °C) and back
 * to normal. Arrival = when the backend's ingest applied the probe's batch (an ingest listener
 * registered before the alarm module, {@link System#nanoTime()}); the end = when the JDK {@link
 * WebSocket} client here has the whole alarm message whose transition activates {@value
 * #PROBE_TAG}.HH at that sample's time (the probe's HH and H alarms are configured through {@code
 * alarm.definitionsFile} without the default off-delay, so each high probe is a new activation;
 * process alarms have no on-delay). Both clocks are this JVM's. Prints p50/p99/max over the probes
 * after {@code --warmup} s, the load actually applied and the core count. Options: {@code --seconds
 * 30 --warmup 5 --rate 20000 --batch 500 --window 16 --probeMs 100 --db false}.
 *
 * <p>Special work permits (issue 15): {@code --permits 1000} files that many active permits (特级 hot
 * work, approved, window around now) through the API before measuring, {@value #NEAR_PERMITS} of
 * them within 25 m of the probe and the rest spread over the park; {@code --probe E04.GD112.GAS
 * --probeHigh 45 --probeLow 0} makes the probe a gas detector, so every high probe is a detector
 * alarm the cross-check meets; {@code --crossCheck false} leaves the cross-check out (run both to
 * compare). With permits it also prints the time each alarm transition spent in the cross-check
 * (p50/p99), the cost it adds on the ingest context.
 */
public final class AlarmLatencyBench {
    static final String PROBE_TAG = "E01.TK201.TT";

    /** Permits filed within 25 m of the probe detector when {@code --permits} is given. */
    static final int NEAR_PERMITS = 20;

    /** The probe of this run ({@code --probe}, default {@value #PROBE_TAG}) and its values. */
    private static String probeTag = PROBE_TAG;

    private static double probeHigh;
    private static double probeLow;

    /**
     * Probe values, °C: above HH (50, demo tag list) and back in the normal band (below H 45 minus
     * deadband).
     */
    static final double PROBE_HIGH = 52.0;

    static final double PROBE_LOW = 20.0;

    private AlarmLatencyBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "20000"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "500"));
        int window = Integer.parseInt(o.getOrDefault("window", "16"));
        long probeMs = Long.parseLong(o.getOrDefault("probeMs", "100"));
        int permits = Integer.parseInt(o.getOrDefault("permits", "0"));
        probeTag = o.getOrDefault("probe", PROBE_TAG);
        probeHigh = Double.parseDouble(o.getOrDefault("probeHigh", String.valueOf(PROBE_HIGH)));
        probeLow = Double.parseDouble(o.getOrDefault("probeLow", String.valueOf(PROBE_LOW)));
        String probeEnterprise = probeTag.substring(0, probeTag.indexOf('.'));
        ParkCatalog park = ParkCatalog.loadDemo();

        Path data = Files.createTempDirectory("parkwatch-alarm-bench");
        // the probe's alarms without the default 5 s off-delay, so that it can cross HH every other
        // probe
        Path alarms =
                Files.writeString(
                        data.resolve("alarms.json"),
                        "{\"alarms\":["
                                + "{\"tag\":\""
                                + probeTag
                                + "\",\"type\":\"HH\",\"offDelayMs\":0},"
                                + "{\"tag\":\""
                                + probeTag
                                + "\",\"type\":\"H\",\"offDelayMs\":0}]}");
        ParkWatchConfig config =
                new ConfigLoader()
                        .load(
                                Map.of(
                                        "http.host",
                                        "127.0.0.1",
                                        "http.port",
                                        "0",
                                        "mqtt.embedded.port",
                                        "0",
                                        "data.dir",
                                        data.toString(),
                                        "live.staleFactor",
                                        "1000",
                                        "db.enabled",
                                        o.getOrDefault("db", "false"),
                                        "alarm.definitionsFile",
                                        alarms.toString(),
                                        "workpermit.crossCheck",
                                        o.getOrDefault("crossCheck", "true"),
                                        "mqtt.allowAnonymous",
                                        "true")); // in-process load generator on a throw-away
        // backend
        // probe sample time → arrival (nanoTime); an extra listener runs after the capabilities'
        // listeners
        Map<Long, Long> arrivals = new ConcurrentHashMap<>();
        IngestListener arrivalProbe =
                b -> {
                    long now = System.nanoTime();
                    for (Sample s : b.samples()) {
                        if (s.tagId().equals(probeTag) && s.numeric() >= probeHigh)
                            arrivals.put(s.sourceTimeMs(), now);
                    }
                };
        ParkWatchApp backend =
                new ParkWatchApp(
                        config,
                        park,
                        ParkWatchApp.Options.defaults().withIngestListener(arrivalProbe));
        ParkWatchApp.Ports ports =
                backend.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);

        List<Double> crossCheckUs = Collections.synchronizedList(new ArrayList<>());
        if (permits > 0) {
            int filed =
                    PermitLoad.file(
                            park,
                            backend.capabilities().workPermits().service(),
                            probeTag,
                            permits,
                            NEAR_PERMITS);
            var wp = backend.capabilities().workPermits();
            wp.crossCheck().permitsChanged();
            wp.crossCheck().measureWith(ns -> crossCheckUs.add(ns / 1e3));
            System.out.printf(
                    "permits: %d filed, %d active in the cross-check's grid (cross-check %s)%n",
                    filed, wp.crossCheck().indexed(), o.getOrDefault("crossCheck", "true"));
        }
        List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
        long[] measureFromMs = {Long.MAX_VALUE};
        WebSocket ws =
                BenchSocket.open(
                        ports.http(),
                        BenchSocket.adminToken(backend),
                        (m, now) -> {
                            JsonObject tr = m.getJsonObject("transition");
                            if (!"alarm".equals(m.getString("type")) || tr == null) return;
                            if (!(probeTag + ".HH").equals(tr.getString("alarmId"))
                                    || !"UNACK_ACTIVE".equals(tr.getString("to"))) {
                                return;
                            }
                            Long arrived = arrivals.remove(tr.getLong("timeMs"));
                            if (arrived != null && tr.getLong("timeMs") >= measureFromMs[0]) {
                                latenciesMs.add((now - arrived) / 1e6);
                            }
                        });

        Vertx load = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        List<EnterpriseTags> lists =
                park.tagLists().stream()
                        .filter(
                                l ->
                                        l.tags().stream()
                                                .anyMatch(
                                                        t ->
                                                                !t.kind().isDiscrete()
                                                                        && !t.id().equals(
                                                                                        probeTag)))
                        .toList();
        List<PacedLoad> paced = new ArrayList<>();
        for (EnterpriseTags list : lists) {
            PacedLoad p =
                    new PacedLoad(load, list, Set.of(probeTag), rate / lists.size(), batch, window);
            p.start(ports.mqtt())
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            paced.add(p);
        }

        MqttClient probe =
                MqttClient.create(
                        load,
                        new MqttClientOptions()
                                .setClientId(probeEnterprise + "-PROBE")
                                // a gas probe opens an incident (zones, routes) whose work may
                                // delay some acknowledgements: the probe must not stop on Vert.x's
                                // default of 10 unacknowledged messages
                                .setMaxInflightQueue(1_000));
        probe.connect(ports.mqtt(), "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        UplinkCodec codec = new UplinkCodec();
        String topic = UplinkTopics.samples(probeEnterprise, probeEnterprise + "-PROBE");
        long[] probeState = {0, 0}; // seq, last sample time
        int[] sent = {0};
        long probeTimer =
                load.setPeriodic(
                        probeMs,
                        id -> {
                            long seq = ++probeState[0];
                            long t = Math.max(System.currentTimeMillis(), probeState[1] + 1);
                            probeState[1] = t;
                            boolean high = seq % 2 == 1;
                            if (high && t >= measureFromMs[0]) sent[0]++;
                            byte[] payload =
                                    codec.encode(
                                            new UplinkBatch(
                                                    probeEnterprise,
                                                    probeEnterprise + "-PROBE",
                                                    seq,
                                                    t,
                                                    List.of(
                                                            Sample.of(
                                                                    probeTag,
                                                                    high ? probeHigh : probeLow,
                                                                    t))));
                            probe.publish(
                                    topic,
                                    Buffer.buffer(payload),
                                    MqttQoS.AT_LEAST_ONCE,
                                    false,
                                    false);
                        });

        System.out.printf(
                "warming up %d s: background %,.0f samples/s over %d enterprise publishers (batches of %d), "
                        + "a probe every %d ms%n",
                warmup, rate, paced.size(), batch, probeMs);
        Thread.sleep(warmup * 1000L); // a benchmark's measuring period, not a synchronisation
        measureFromMs[0] = System.currentTimeMillis();
        double applied0 = backend.metrics().samplesApplied();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double appliedPerS =
                (backend.metrics().samplesApplied() - applied0) / ((System.nanoTime() - t0) / 1e9);
        load.cancelTimer(probeTimer);
        Thread.sleep(1000); // let the last probes arrive
        paced.forEach(PacedLoad::stop);

        double[] v;
        synchronized (latenciesMs) {
            v = latenciesMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "background applied: %,.0f samples/s (target %,.0f)%n", appliedPerS, rate);
        System.out.printf("probes: %d sent, %d alarms timed%n", sent[0], v.length);
        if (v.length > 0) {
            System.out.printf(
                    "sample arrival → alarm on WebSocket: p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                            + "(target p99 ≤ 100 ms)%n",
                    pct(v, 0.50), pct(v, 0.99), v[v.length - 1]);
        }
        double[] cc;
        synchronized (crossCheckUs) {
            cc = crossCheckUs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        if (cc.length > 0) {
            System.out.printf(
                    "cross-check per alarm transition (%d transitions, %d active permits): p50 %.1f µs, "
                            + "p99 %.1f µs, max %.1f µs%n",
                    cc.length,
                    backend.capabilities().workPermits().crossCheck().indexed(),
                    pct(cc, 0.50),
                    pct(cc, 0.99),
                    cc[cc.length - 1]);
        }
        ws.abort();
        probe.disconnect();
        load.close();
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try (var files = Files.walk(data)) { // the bench's own temporary data folder
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        System.exit(v.length > 0 ? 0 : 1);
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--"))
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            o.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0)
            throw new IllegalArgumentException(
                    "expected --name value pairs: " + Arrays.toString(args));
        return o;
    }
}
