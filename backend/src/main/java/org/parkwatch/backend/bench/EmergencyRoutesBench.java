package org.parkwatch.backend.bench;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.emergency.EmergencyResource;
import org.parkwatch.backend.emergency.ResourcesReader;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.risk.zones.IncidentZones;
import org.parkwatch.backend.risk.zones.ThreatZoneService;
import org.parkwatch.backend.risk.zones.ZoneAnswer;
import org.parkwatch.backend.risk.zones.ZoneRequestJson;
import org.parkwatch.backend.routing.IncidentRoutes;
import org.parkwatch.backend.routing.ResponderPlace;
import org.parkwatch.backend.routing.RoutingJson;
import org.parkwatch.backend.routing.RoutingLayersReader;
import org.parkwatch.backend.routing.RoutingService;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.routing.TravelMode;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Benchmark command ({@code ./parkwatch bench emergency}, issue 14): targets ≤ 200 ms for all
 * evacuation and approach routes of one threat, ≤ 1 s for new routes after a wind change, end to
 * end.
 *
 * <ol>
 *   <li><b>Demo park</b>: the backend runs in this process (in-memory store, embedded MQTT); the
 *       road graph is read from its {@code roads} layer; a chlorine leak at E01-V101 is zoned
 *       ({@link ThreatZoneService}) for a new wind each run, and every evacuation and approach
 *       route (the layer's responders and every team of {@code emergency/resources.json}, as if all
 *       were dispatched) is computed for those zones ({@link RoutingService#compute}); the zone
 *       computation is timed apart.
 *   <li><b>Synthetic park</b>: a 51 × 51 grid (5,100 road edges), 200 villages all inside the
 *       ERPG-2 zone, 20 shelters, 10 fire stations ({@link SyntheticPark}), each also dispatched; a
 *       new wind each run.
 *   <li><b>Wind change, end to end</b>: detector and weather samples over MQTT open a chlorine
 *       incident; after each zone run's 10 s minimum interval ({@link IncidentZones#MIN_RERUN_MS})
 *       the wind sample turns by 60°; timed from the publish to the arrival of the {@code
 *       incident.routes} message for the new zones on a logged-in WebSocket client. This includes
 *       the wind check's period ({@code ThreatZoneCapability.WIND_CHECK_MS}, 100 ms).
 * </ol>
 *
 * Prints p50/p95/max per part, wall clock and, for the computations, the computing thread's CPU
 * time (on a shared, loaded machine the wall clock mostly measures waiting for a core). Options:
 * {@code --runs 50 --turns 10}.
 */
public final class EmergencyRoutesBench {
    private EmergencyRoutesBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int runs = Integer.parseInt(o.getOrDefault("runs", "50"));
        int turns = Integer.parseInt(o.getOrDefault("turns", "10"));
        ParkCatalog park = ParkCatalog.loadDemo();
        Path data = Files.createTempDirectory("parkwatch-routes-bench");
        ParkWatchApp backend =
                new ParkWatchApp(
                        new ConfigLoader()
                                .load(
                                        Map.of(
                                                "http.host", "127.0.0.1",
                                                "http.port", "0",
                                                "mqtt.embedded.port", "0",
                                                "data.dir", data.toString(),
                                                "db.enabled", "false",
                                                "live.refreshMs", "60000",
                                                "risk.qra.autoStart", "false",
                                                "mqtt.allowAnonymous", "true")),
                        park,
                        ParkWatchOptions.defaults());
        ParkWatchApp.Ports ports =
                backend.start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(300, TimeUnit.SECONDS); // a loaded machine starts slowly
        try {
            demoPark(backend, park, runs);
            syntheticPark(runs);
            windChange(backend, ports, turns);
        } finally {
            backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static void demoPark(ParkWatchApp backend, ParkCatalog park, int runs)
            throws Exception {
        RoutingService.Network net =
                RoutingService.Network.of(
                        new RoutingLayersReader(backend.store().gis()).read(), 1, 0);
        ThreatZoneService zones =
                new ThreatZoneService(
                        LinkageFeatures.from(park),
                        backend.store()::spatialIndex,
                        ChemicalProperties.loadDefault());
        System.out.printf(
                "demo park: %d roads → %d nodes, %d edges (graph built in %.1f ms); %d targets, %d"
                        + " shelters, %d responders%n",
                net.layers().roads().size(),
                net.graph().nodeCount(),
                net.graph().edges().size(),
                net.buildMs(),
                net.layers().targets().size(),
                net.layers().shelters().size(),
                net.layers().responders().size());
        double[] zoneMs = new double[runs];
        DoubleFunction<IncidentThreat> threat =
                wind -> {
                    long t0 = System.nanoTime();
                    ZoneAnswer a =
                            zones.compute(
                                    ZoneRequestJson.parse(
                                            new JsonObject()
                                                    .put("featureId", "E01-V101")
                                                    .put("windFromDeg", wind)
                                                    .put("windSpeedMPerS", 2.0)
                                                    .put("cloudOktas", 8)),
                                    null,
                                    1_764_300_000_000L);
                    zoneMs[0] = (System.nanoTime() - t0) / 1e6;
                    return threatOf(a, wind);
                };
        List<ResponderPlace> teams =
                ResourcesReader.read(
                                new JsonObject(
                                        park.optionalJson("emergency/resources.json")
                                                .map(Object::toString)
                                                .orElse("{}")),
                                LinkageFeatures.from(park))
                        .stream()
                        .filter(
                                r ->
                                        (r.type() == EmergencyResource.Type.TEAM
                                                        || r.type()
                                                                == EmergencyResource.Type.VEHICLE)
                                                && Double.isFinite(r.lon()))
                        .map(
                                r ->
                                        new ResponderPlace(
                                                r.id(),
                                                r.kind(),
                                                r.nameZh(),
                                                r.nameEn(),
                                                r.lon(),
                                                r.lat()))
                        .toList();
        System.out.printf(
                "demo park: every team and vehicle of emergency/resources.json dispatched (%d)%n",
                teams.size());
        timeRoutes("demo park", net, threat, teams, runs, zoneMs);
    }

    private static void syntheticPark(int runs) {
        IncidentThreat first = SyntheticPark.threat(225, "syn-0");
        SyntheticPark syn = new SyntheticPark(51, 200, 20, 10, first, 14);
        RoutingService.Network net = RoutingService.Network.of(syn.layers, 1, 0);
        System.out.printf(
                "synthetic park: %d road edges → %d nodes, %d edges (graph built in %.1f ms); %d"
                        + " targets (all in ERPG-2 at 225°), %d shelters, %d fire stations%n",
                syn.layers.roads().size(),
                net.graph().nodeCount(),
                net.graph().edges().size(),
                net.buildMs(),
                syn.layers.targets().size(),
                syn.layers.shelters().size(),
                syn.layers.responders().size());
        // every fire station also dispatched: its approach is computed twice, as a park responder
        // and as a dispatched team, as the backend does
        timeRoutes(
                "synthetic park",
                net,
                wind -> SyntheticPark.threat(wind, "syn-" + wind),
                syn.layers.responders(),
                runs,
                null);
    }

    /** Routes for a new wind each run after a warm-up; prints the spread and the last plan. */
    private static void timeRoutes(
            String name,
            RoutingService.Network net,
            DoubleFunction<IncidentThreat> threat,
            List<ResponderPlace> dispatched,
            int runs,
            double[] zoneMs) {
        Random rnd = new Random(14);
        int warmup = 10;
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        double[] zMs = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        IncidentRoutes last = null;
        for (int i = -warmup; i < runs; i++) {
            // the first wind carries the synthetic plume over the villages; then ±40° about it
            double wind = i < 0 ? 225 : 225 + (rnd.nextDouble() - 0.5) * 80;
            IncidentThreat t = threat.apply(wind);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = RoutingService.compute(net, t, TravelMode.WALK, dispatched, 0);
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpuMs[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                if (zoneMs != null) zMs[i] = zoneMs[0];
            }
        }
        int people = last.evacuation().routes().stream().mapToInt(r -> r.people()).sum();
        System.out.printf(
                "%s, last run: %d evacuation routes (%d people), %d shelter-in-place findings, %d"
                        + " approach routes, %d without one; %d dispatched teams' approach routes,"
                        + " %d without one%n",
                name,
                last.evacuation().routes().size(),
                people,
                last.evacuation().shelterInPlace().size(),
                last.approach().routes().size(),
                last.approach().findings().size(),
                last.dispatched().routes().size(),
                last.dispatched().findings().size());
        print(
                name
                        + ": all evacuation + approach (responders, dispatched) routes, wall ms"
                        + " (target ≤ 200)",
                ms);
        print(name + ": the same, CPU ms of the computing thread", cpuMs);
        if (zoneMs != null) print(name + ": threat zones alone (for comparison), ms", zMs);
    }

    private static void windChange(ParkWatchApp backend, ParkWatchApp.Ports ports, int turns)
            throws Exception {
        String token =
                backend.security()
                        .sessions()
                        .openToken(new Principal("bench", Role.ADMIN, null), "benchmark")
                        .id();
        BlockingQueue<long[]> arrivals = new LinkedBlockingQueue<>();
        List<String> runIds = new ArrayList<>();
        WebSocket ws =
                HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .header("Authorization", "Bearer " + token)
                        .buildAsync(
                                URI.create("ws://127.0.0.1:" + ports.http() + "/ws"),
                                new WebSocket.Listener() {
                                    private final StringBuilder text = new StringBuilder();

                                    @Override
                                    public CompletionStage<?> onText(
                                            WebSocket w, CharSequence part, boolean last) {
                                        text.append(part);
                                        if (last) {
                                            String msg = text.toString();
                                            text.setLength(0);
                                            JsonObject m =
                                                    msg.startsWith("{\"type\":\"update\"")
                                                            ? null
                                                            : new JsonObject(msg);
                                            if (m != null
                                                    && RoutingJson.PUSH_TYPE.equals(
                                                            m.getString("type"))) {
                                                synchronized (runIds) {
                                                    runIds.add(
                                                            m.getJsonObject("routes")
                                                                    .getString("zoneRunId"));
                                                }
                                                arrivals.add(new long[] {System.nanoTime()});
                                            }
                                        }
                                        w.request(1);
                                        return null;
                                    }
                                })
                        .get(10, TimeUnit.SECONDS);
        Vertx vertx = Vertx.vertx();
        try {
            MqttClient mqtt =
                    MqttClient.create(vertx, new MqttClientOptions().setClientId("bench-routes"));
            mqtt.connect(ports.mqtt(), "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            UplinkCodec codec = new UplinkCodec();
            long t0 = System.currentTimeMillis() - 5000;
            long[] seq = {0, 0};
            publish(mqtt, codec, "PARK", seq, 0, weather(180, t0));
            publish(
                    mqtt,
                    codec,
                    "E01",
                    seq,
                    1,
                    List.of(
                            Sample.of("E01.GD101.GAS", 0.45, t0),
                            Sample.of("E01.GD102.GAS", 0.40, t0)));
            publish(
                    mqtt,
                    codec,
                    "E01",
                    seq,
                    1,
                    List.of(
                            Sample.of("E01.GD101.GAS", 0.50, t0 + 2500),
                            Sample.of("E01.GD102.GAS", 0.42, t0 + 2500)));
            if (arrivals.poll(30, TimeUnit.SECONDS) == null) {
                System.out.println("wind change: no incident routes arrived; skipped");
                return;
            }
            double[] ms = new double[turns];
            double wind = 180;
            for (int i = 0; i < turns; i++) {
                Thread.sleep(IncidentZones.MIN_RERUN_MS + 500); // the zones' own rate limit
                arrivals.clear();
                wind = (wind + 60) % 360;
                long sent = System.nanoTime();
                publish(mqtt, codec, "PARK", seq, 0, weather(wind, System.currentTimeMillis()));
                long[] got = arrivals.poll(20, TimeUnit.SECONDS);
                ms[i] = got == null ? Double.NaN : (got[0] - sent) / 1e6;
            }
            mqtt.disconnect();
            print("wind change → new routes pushed, end to end, ms (target ≤ 1000)", ms);
        } finally {
            ws.abort();
            vertx.close();
        }
    }

    private static void publish(
            MqttClient mqtt,
            UplinkCodec codec,
            String enterprise,
            long[] seq,
            int k,
            List<Sample> s)
            throws Exception {
        String bridge = enterprise + "-B1"; // the demo park's bridge of the enterprise
        long n = ++seq[k];
        byte[] payload =
                codec.encode(
                        new UplinkBatch(
                                enterprise, bridge, n, System.currentTimeMillis(), s, null));
        mqtt.publish(
                        UplinkTopics.samples(enterprise, bridge),
                        Buffer.buffer(payload),
                        MqttQoS.AT_LEAST_ONCE,
                        false,
                        false)
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    private static List<Sample> weather(double windFromDeg, long t) {
        return List.of(
                Sample.of("PARK.WS1.WD", windFromDeg, t),
                Sample.of("PARK.WS1.WS", 2.0, t),
                Sample.of("PARK.WS1.TA", 15.0, t),
                Sample.of("PARK.WS1.CC", 8.0, t));
    }

    private static IncidentThreat threatOf(ZoneAnswer a, double wind) {
        List<IncidentThreat.Area> areas = new ArrayList<>();
        for (ZoneAnswer.ProjectedOutcome p : a.outcomes()) {
            for (int k = 0; k < p.areas().size(); k++) {
                if (p.areas().get(k).isEmpty()) continue;
                areas.add(
                        new IncidentThreat.Area(
                                p.zones().outcome().id(),
                                p.zones().zones().get(k).threshold().id(),
                                "",
                                "",
                                p.areas().get(k)));
            }
        }
        return new IncidentThreat(
                "INC-BENCH",
                "run-" + wind,
                List.of("E01"),
                0,
                a.release().lon(),
                a.release().lat(),
                wind,
                areas);
    }

    private static void print(String what, double[] ms) {
        double[] s = Arrays.stream(ms).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (s.length == 0) {
            System.out.println(what + ": no samples");
            return;
        }
        System.out.printf(
                "%s: p50 %.1f  p95 %.1f  max %.1f  (n=%d)%n",
                what,
                s[s.length / 2],
                s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)],
                s[s.length - 1],
                s.length);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2)
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        return o;
    }
}
