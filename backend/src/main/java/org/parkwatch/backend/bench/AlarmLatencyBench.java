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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.workpermit.WorkPermitCapability;
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
 * WebSocket} client here has the whole alarm message whose transition activates the probe's HH
 * alarm at that sample's time (the probe's HH and H alarms are configured through {@code
 * alarm.definitionsFile} without on- and off-delay, so each high probe is a new activation by its
 * own sample). Both clocks are this JVM's. Prints p50/p95/p99/max over the probes after {@code
 * --warmup} s, the load actually applied and the core count. Options: {@code --seconds 30 --warmup
 * 5 --rate 20000 --batch 500 --window 16 --probeMs 100 --db false --rounds 1}.
 *
 * <p>Special work permits (issue 15): the demo's own active permits are closed first, so the first
 * phase measures without permits. {@code --permits 1000} then files that many active permits (特级
 * hot work, approved, window around now) through the service, {@value #NEAR_PERMITS} of them within
 * 25 m of the probe and the rest spread over the park, and measures a second phase of the same
 * length under the same background load; {@code --rounds N} repeats (without, with) N times,
 * closing the bench's permits between rounds, so that a change in the machine's load falls on both.
 * {@code --probe E04.GD112.GAS --probeHigh 45 --probeLow 0} makes the probe a gas detector, so
 * every high probe is a detector alarm the cross-check meets; {@code --crossCheck false} leaves the
 * cross-check out. Prints both phases' percentiles, their difference, and the time the cross-check
 * took per alarm transition and in all per sample applied.
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

    /** Pause after filing or closing the permits before the next phase measures, ms. */
    static final long SETTLE_MS = 2_000;

    private AlarmLatencyBench() {}

    /**
     * The probe's HH and H alarms without on- and off-delay (an {@code alarm.definitionsFile}
     * overriding the defaults).
     */
    static String probeAlarms(String tag) {
        StringBuilder b = new StringBuilder("{\"alarms\":[");
        for (String type : new String[] {"HH", "H"}) {
            if (b.charAt(b.length() - 1) == '}') b.append(',');
            b.append("{\"tag\":\"")
                    .append(tag)
                    .append("\",\"type\":\"")
                    .append(type)
                    .append("\",\"onDelayMs\":0,\"offDelayMs\":0}");
        }
        return b.append("]}").toString();
    }

    /** One measuring period: probes whose sample time falls in [fromMs, toMs) count for it. */
    static final class Phase {
        final String name;
        final int indexedPermits;
        final long fromMs;
        volatile long toMs = Long.MAX_VALUE;
        final AtomicInteger sent = new AtomicInteger();
        final List<Double> latenciesMs = Collections.synchronizedList(new ArrayList<>());
        final List<Long> crossCheckNs = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger activations = new AtomicInteger();
        double samplesApplied;
        double slowSkips;
        double seconds;

        Phase(String name, int indexedPermits, long fromMs) {
            this.name = name;
            this.indexedPermits = indexedPermits;
            this.fromMs = fromMs;
        }

        static Phase at(List<Phase> phases, long timeMs) {
            for (Phase p : phases) if (timeMs >= p.fromMs && timeMs < p.toMs) return p;
            return null;
        }
    }

    /** The phases of one name (the rounds) together. */
    static final class Summary {
        final String name;
        final List<Phase> phases = new ArrayList<>();

        Summary(String name) {
            this.name = name;
        }

        void add(Phase p) {
            phases.add(p);
        }

        double[] latencies() {
            List<Double> all = new ArrayList<>();
            for (Phase p : phases)
                synchronized (p.latenciesMs) {
                    all.addAll(p.latenciesMs);
                }
            return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }

        void print(double rate) {
            double samples = phases.stream().mapToDouble(p -> p.samplesApplied).sum();
            double secs = phases.stream().mapToDouble(p -> p.seconds).sum();
            int sent = phases.stream().mapToInt(p -> p.sent.get()).sum();
            int activations = phases.stream().mapToInt(p -> p.activations.get()).sum();
            double skips = phases.stream().mapToDouble(p -> p.slowSkips).sum();
            double[] v = latencies();
            System.out.printf(
                    "%s (%d in the cross-check's grid; %d × %.0f s): background applied %,.0f samples/s "
                            + "(target %,.0f); probes: %d sent, %d activations on the WebSocket, %d timed; "
                            + "%.0f WebSocket writes skipped for a slow client%n",
                    name,
                    phases.get(0).indexedPermits,
                    phases.size(),
                    secs / phases.size(),
                    samples / secs,
                    rate,
                    sent,
                    activations,
                    v.length,
                    skips);
            if (v.length > 0)
                System.out.printf(
                        "  sample arrival → alarm on WebSocket: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                                + "max %.2f ms (target p99 ≤ 100 ms)%n",
                        pct(v, 0.50), pct(v, 0.95), pct(v, 0.99), v[v.length - 1]);
            List<Long> ns = new ArrayList<>();
            for (Phase p : phases)
                synchronized (p.crossCheckNs) {
                    ns.addAll(p.crossCheckNs);
                }
            if (ns.isEmpty()) return;
            double[] us = ns.stream().mapToDouble(n -> n / 1e3).sorted().toArray();
            double totalNs = ns.stream().mapToLong(Long::longValue).sum();
            System.out.printf(
                    "  cross-check (on the ingest context, alarm transitions only; samples do not reach it): "
                            + "%d transitions, p50 %.1f µs, p99 %.1f µs, max %.1f µs each; "
                            + "%.2f ms in all = %.2f ns per sample applied%n",
                    us.length,
                    pct(us, 0.50),
                    pct(us, 0.99),
                    us[us.length - 1],
                    totalNs / 1e6,
                    samples > 0 ? totalNs / samples : Double.NaN);
        }
    }

    /** Measures one phase of {@code seconds} under the running load. */
    static void measure(
            List<Phase> phases, String name, int indexed, ParkWatchApp backend, int seconds)
            throws InterruptedException {
        double applied0 = backend.metrics().samplesApplied();
        double skips0 = backend.metrics().slowSkips();
        long t0 = System.nanoTime();
        Phase ph = new Phase(name, indexed, System.currentTimeMillis());
        phases.add(ph);
        Thread.sleep(seconds * 1000L); // a benchmark's measuring period, not a synchronisation
        ph.toMs = System.currentTimeMillis();
        ph.samplesApplied = backend.metrics().samplesApplied() - applied0;
        ph.slowSkips = backend.metrics().slowSkips() - skips0;
        ph.seconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(1000); // the alarms of the phase's last probes
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        double rate = Double.parseDouble(o.getOrDefault("rate", "20000"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "500"));
        int window = Integer.parseInt(o.getOrDefault("window", "16"));
        long probeMs = Long.parseLong(o.getOrDefault("probeMs", "100"));
        int permits = Integer.parseInt(o.getOrDefault("permits", "0"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "1"));
        probeTag = o.getOrDefault("probe", PROBE_TAG);
        probeHigh = Double.parseDouble(o.getOrDefault("probeHigh", String.valueOf(PROBE_HIGH)));
        probeLow = Double.parseDouble(o.getOrDefault("probeLow", String.valueOf(PROBE_LOW)));
        String probeEnterprise = probeTag.substring(0, probeTag.indexOf('.'));
        ParkCatalog park = ParkCatalog.loadDemo();

        Path data = Files.createTempDirectory("parkwatch-alarm-bench");
        // the probe's alarms without on- and off-delay, so that every high probe is a new
        // activation: a process tag has a 5 s off-delay, and a gas detector a 2 s on-delay
        // (DefaultAlarmDefinitions.GAS_ON_DELAY_MS) that the next (low) probe 100 ms later always
        // cancelled, so no gas probe activated its alarm by its own sample; the few that did were
        // completed by the alarm tick on the wall clock when a low probe came late, at the tick's
        // time, which no probe's arrival matches (0 timed). The delays are configured waits, not
        // latency: this bench measures the path from sample to WebSocket.
        Path alarms = Files.writeString(data.resolve("alarms.json"), probeAlarms(probeTag));
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
        // probe sample time → arrival (nanoTime), stamped by a listener that runs BEFORE the
        // capabilities' listeners: stamped after them (as an ordinary extra listener is), the
        // arrival left out the alarm evaluation and the cross-check it is to measure, and an alarm
        // message could reach the socket before its arrival was stamped and go untimed (more so
        // with permits: 25 of 76 timed)
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
                        ParkWatchOptions.defaults().withEarlyIngestListener(arrivalProbe));
        ParkWatchApp.Ports ports =
                backend.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);

        WorkPermitCapability wp = backend.capabilities().workPermits();
        // without permits means none: the demo's own permits (a few near GD112) are closed first
        int demoClosed =
                PermitLoad.closeAll(wp.service(), wp.service().active(System.currentTimeMillis()));
        wp.crossCheck().permitsChanged();
        List<Phase> phases = new CopyOnWriteArrayList<>();
        wp.crossCheck()
                .measureWith(
                        ns -> {
                            Phase ph = Phase.at(phases, System.currentTimeMillis());
                            if (ph != null) ph.crossCheckNs.add(ns);
                        });
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
                            long at = tr.getLong("timeMs");
                            Long arrived = arrivals.remove(at);
                            Phase ph = Phase.at(phases, at);
                            if (ph != null) ph.activations.incrementAndGet();
                            if (arrived != null && ph != null)
                                ph.latenciesMs.add((now - arrived) / 1e6);
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
        long probeTimer =
                load.setPeriodic(
                        probeMs,
                        id -> {
                            long seq = ++probeState[0];
                            long t = Math.max(System.currentTimeMillis(), probeState[1] + 1);
                            probeState[1] = t;
                            boolean high = seq % 2 == 1;
                            Phase ph = Phase.at(phases, t);
                            if (high && ph != null) ph.sent.incrementAndGet();
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
                        + "a probe every %d ms; %d demo permits closed%n",
                warmup, rate, paced.size(), batch, probeMs, demoClosed);
        Thread.sleep(warmup * 1000L); // a benchmark's measuring period, not a synchronisation
        // rounds of (without permits, with permits) under the same background load, so that a
        // change of the machine's load falls on both
        for (int r = 1; r <= rounds; r++) {
            measure(phases, "without permits", wp.crossCheck().indexed(), backend, seconds);
            if (permits <= 0) continue;
            List<String> ids = PermitLoad.file(park, wp.service(), probeTag, permits, NEAR_PERMITS);
            wp.crossCheck().permitsChanged();
            System.out.printf(
                    "round %d: %d permits filed, %d active in the cross-check's grid (cross-check %s)%n",
                    r, ids.size(), wp.crossCheck().indexed(), o.getOrDefault("crossCheck", "true"));
            Thread.sleep(SETTLE_MS); // the filing's work and garbage out of the way
            measure(
                    phases,
                    "with " + permits + " permits",
                    wp.crossCheck().indexed(),
                    backend,
                    seconds);
            if (r < rounds) {
                PermitLoad.closeAll(wp.service(), wp.service().active(System.currentTimeMillis()));
                wp.crossCheck().permitsChanged();
                Thread.sleep(SETTLE_MS);
            }
        }
        load.cancelTimer(probeTimer);
        Thread.sleep(1000); // let the last probes arrive
        paced.forEach(PacedLoad::stop);

        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());
        Map<String, Summary> byName = new java.util.LinkedHashMap<>();
        for (Phase ph : phases) byName.computeIfAbsent(ph.name, Summary::new).add(ph);
        for (Summary s : byName.values()) s.print(rate);
        Summary without = byName.get("without permits");
        Summary with = byName.get("with " + permits + " permits");
        boolean timed = byName.values().stream().allMatch(s -> s.latencies().length > 0);
        if (with != null && timed) {
            double[] a = without.latencies();
            double[] b = with.latencies();
            System.out.printf(
                    "added by %d permits: p50 %+.2f ms, p95 %+.2f ms, p99 %+.2f ms "
                            + "(target p99 ≤ +1 ms)%n",
                    permits,
                    pct(b, 0.50) - pct(a, 0.50),
                    pct(b, 0.95) - pct(a, 0.95),
                    pct(b, 0.99) - pct(a, 0.99));
        }

        ws.abort();
        probe.disconnect();
        load.close();
        backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try (var files = Files.walk(data)) { // the bench's own temporary data folder
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        System.exit(timed ? 0 : 1);
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
