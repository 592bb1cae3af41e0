package org.parkwatch.backend.bench;

import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Ingest benchmark: starts the backend in this process on free ports (embedded MQTT), connects
 * WebSocket clients (with tokens from the in-process session store: one operator by default; {@code
 * --clients operator,E01,E02} adds enterprise users, whose updates the push hub filters per
 * enterprise), and lets N MQTT publishers (vertx-mqtt, QoS 1, a window of unacknowledged batches
 * each) send batches of synthetic samples for the park's tags for D seconds after a warm-up. Prints
 * samples/s decoded + applied + fanned out, batch latency p50/p99 (receive − sentMs), duplicates,
 * WebSocket traffic and the CPU count.
 *
 * <p>{@code IngestBench [--publishers 2] [--seconds 20] [--warmup 5] [--batch 500] [--window 16]
 * [--park dir] [--clients operator]}
 */
public final class IngestBench {
    private static final int VARIANTS = 16;

    private IngestBench() {}

    /**
     * {@code operator} → a control-room operator; an enterprise id (E01) → a user of that
     * enterprise.
     */
    private static Principal benchPrincipal(String kind) {
        return kind.equals("operator")
                ? new Principal("bench-operator", Role.OPERATOR, null)
                : new Principal("bench-" + kind.toLowerCase(), Role.ENTERPRISE, kind);
    }

    static String randomPassword() {
        return "bench-"
                + Long.toHexString(new SecureRandom().nextLong())
                + Long.toHexString(new SecureRandom().nextLong());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int publishers = Integer.parseInt(o.getOrDefault("publishers", "2"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        int batchSize = Integer.parseInt(o.getOrDefault("batch", "500"));
        int window = Integer.parseInt(o.getOrDefault("window", "16"));
        ParkCatalog park =
                o.containsKey("park")
                        ? ParkCatalog.load(Path.of(o.get("park")))
                        : ParkCatalog.loadDemo();

        Path data = Files.createTempDirectory("parkwatch-bench");
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
                                        "mqtt.allowAnonymous",
                                        "true")); // in-process load generator on a throw-away
        // backend
        List<String> clientKinds = List.of(o.getOrDefault("clients", "operator").split(","));
        // the live core only; the first administrator's password is never used here: the bench logs
        // in as users it
        // creates itself
        ParkWatchApp backend =
                new ParkWatchApp(
                        config,
                        park,
                        ParkWatchOptions.defaults()
                                .withScope(ParkWatchApp.Scope.CORE)
                                .withSecrets(name -> randomPassword()));
        ParkWatchApp.Ports ports = get(backend.start().toCompletionStage().toCompletableFuture());
        Vertx load = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        AtomicLong wsMessages = new AtomicLong();
        AtomicLong wsBytes = new AtomicLong();
        // kept referenced until the end: Vert.x 5 closes a client that became unreachable, even
        // mid-handshake
        WebSocketClient wsClient =
                load.createWebSocketClient(
                        new WebSocketClientOptions().setMaxMessageSize(16 << 20));
        for (String kind : clientKinds) {
            // a token issued by the in-process backend for this in-process client (the socket needs
            // a login)
            String token =
                    backend.security()
                            .sessions()
                            .openToken(benchPrincipal(kind.trim()), "benchmark")
                            .id();
            get(
                    wsClient.connect(
                                    new WebSocketConnectOptions()
                                            .setHost("127.0.0.1")
                                            .setPort(ports.http())
                                            .setURI("/ws")
                                            .addHeader("Authorization", "Bearer " + token))
                            .map(
                                    ws ->
                                            ws.textMessageHandler(
                                                    t -> {
                                                        wsMessages.incrementAndGet();
                                                        wsBytes.addAndGet(t.length());
                                                    }))
                            .toCompletionStage()
                            .toCompletableFuture());
        }

        List<Publisher> pubs = new ArrayList<>();
        List<EnterpriseTags> lists = park.tagLists();
        for (int i = 0; i < publishers; i++) {
            EnterpriseTags tags = lists.get(i % lists.size());
            Publisher p = new Publisher(load, tags, "BENCH-" + i, batchSize, window);
            get(p.start(ports.mqtt()).toCompletionStage().toCompletableFuture());
            pubs.add(p);
        }
        System.out.printf(
                "warming up %d s: %d publishers, batches of %d samples, window %d, %d tags in the park, "
                        + "WebSocket clients %s%n",
                warmup, publishers, batchSize, window, park.allTags().size(), clientKinds);
        Thread.sleep(warmup * 1000L); // a benchmark's measuring period, not a synchronisation
        double samples0 = backend.metrics().samplesApplied();
        long ws0 = wsMessages.get(), wsBytes0 = wsBytes.get();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        double samples1 = backend.metrics().samplesApplied();
        double elapsedS = (System.nanoTime() - t0) / 1e9;
        long ws1 = wsMessages.get(), wsBytes1 = wsBytes.get();
        pubs.forEach(Publisher::stop);

        HistogramSnapshot lat = backend.metrics().batchLatency().takeSnapshot();
        System.out.printf("CPUs: %d%n", Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "samples/s decoded+applied+fanned out: %,.0f (%,.0f samples in %.1f s)%n",
                (samples1 - samples0) / elapsedS, samples1 - samples0, elapsedS);
        for (ValueAtPercentile v : lat.percentileValues()) {
            System.out.printf(
                    "batch latency p%.0f: %.1f ms%n",
                    v.percentile() * 100, v.value(TimeUnit.MILLISECONDS));
        }
        System.out.printf(
                "batch latency max: %.1f ms, mean %.1f ms%n",
                lat.max(TimeUnit.MILLISECONDS), lat.mean(TimeUnit.MILLISECONDS));
        System.out.printf(
                "WebSocket (%d clients): %.1f messages/s, %,.0f bytes/s%n",
                clientKinds.size(), (ws1 - ws0) / elapsedS, (wsBytes1 - wsBytes0) / elapsedS);
        System.out.printf(
                "duplicates dropped: %.0f, decode errors: %.0f%n",
                backend.metrics().duplicatesDropped(), backend.metrics().decodeErrors());
        wsClient.close();
        load.close();
        get(backend.stop().toCompletionStage().toCompletableFuture());
        System.exit(0);
    }

    /**
     * One bridge-like publisher: pre-encoded sample arrays, a fresh header (seq, sentMs) per batch.
     */
    private static final class Publisher {
        private final Vertx vertx;
        private final String enterpriseId;
        private final String bridgeId;
        private final String topic;
        private final byte[][] bodies = new byte[VARIANTS][];
        private final int window;
        private final MqttClient client;
        private long seq;
        private volatile boolean stopped;

        Publisher(Vertx vertx, EnterpriseTags tags, String suffix, int batchSize, int window) {
            this.vertx = vertx;
            this.enterpriseId = tags.enterpriseId();
            this.bridgeId = enterpriseId + "-" + suffix;
            this.topic = UplinkTopics.samples(enterpriseId, bridgeId);
            this.window = window;
            UplinkCodec codec = new UplinkCodec();
            long now = System.currentTimeMillis();
            for (int v = 0; v < VARIANTS; v++) {
                List<Sample> samples = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    TagDefinition t = tags.tags().get(i % tags.tags().size());
                    Object value =
                            t.kind().isDiscrete()
                                    ? (Object) ((i + v) % 2 == 0)
                                    : (Object)
                                            (t.min()
                                                    + (t.max() - t.min())
                                                            * ((i * 7 + v * 13) % 100)
                                                            / 100.0);
                    samples.add(new Sample(t.id(), value, now + i, 0));
                }
                String json =
                        new String(
                                codec.encode(
                                        new UplinkBatch(enterpriseId, bridgeId, 0, 0, samples)),
                                StandardCharsets.UTF_8);
                bodies[v] =
                        json.substring(json.indexOf(",\"samples\":"))
                                .getBytes(StandardCharsets.UTF_8);
            }
            this.client =
                    MqttClient.create(
                            vertx,
                            new MqttClientOptions()
                                    .setClientId(bridgeId)
                                    .setMaxInflightQueue(window * 2)
                                    .setMaxMessageSize(8 << 20));
            client.publishCompletionHandler(id -> next());
        }

        Future<Void> start(int port) {
            return client.connect(port, "127.0.0.1")
                    .map(
                            ack -> {
                                vertx.runOnContext(
                                        v -> {
                                            for (int i = 0; i < window; i++) next();
                                        });
                                return null;
                            });
        }

        private void next() {
            if (stopped) return;
            long s = ++seq;
            String head =
                    "{\"v\":1,\"enterprise\":\""
                            + enterpriseId
                            + "\",\"bridge\":\""
                            + bridgeId
                            + "\",\"seq\":"
                            + s
                            + ",\"sentMs\":"
                            + System.currentTimeMillis();
            Buffer payload =
                    Buffer.buffer(head.length() + bodies[0].length + 8)
                            .appendString(head)
                            .appendBytes(bodies[(int) (s % VARIANTS)]);
            client.publish(topic, payload, MqttQoS.AT_LEAST_ONCE, false, false);
        }

        void stop() {
            stopped = true;
        }
    }

    private static <T> T get(CompletableFuture<T> f) throws Exception {
        return f.get(60, TimeUnit.SECONDS);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--"))
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
