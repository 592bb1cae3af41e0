package org.parkwatch.e2e.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.bridge.BridgeStats;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.e2e.DemoStack;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Bridge throughput: a simulated enterprise with N analogue tags (default 20,000) whose values
 * change every 100 ms, read by one bridge with 100 ms sampling and publishing, batched and
 * published over MQTT QoS 1 to the backend's embedded endpoint. Prints samples/s read from OPC UA,
 * published and applied at the backend. Arguments: {@code [tags=20000] [seconds=30]
 * [intervalMs=100]}.
 */
public final class BridgeThroughputBench {

    public static void main(String[] args) throws Exception {
        int tags = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int intervalMs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path dir = Files.createTempDirectory("pw-bridge-bench");
        Path park = writeSyntheticPark(dir.resolve("park"), tags, intervalMs);
        ParkCatalog catalog = ParkCatalog.load(park);
        AtomicLong applied = new AtomicLong();
        try (ParkSimulator sim =
                ParkSimulator.start(
                        SimulatorOptions.builder()
                                .basePort(0)
                                .controlPort(0)
                                .tickMs(intervalMs)
                                .parkFolder(park)
                                .pkiDir(dir.resolve("pki"))
                                .build())) {
            ParkWatchApp backend =
                    new ParkWatchApp(
                            new ConfigLoader()
                                    .load(
                                            Map.of(
                                                    "http.port",
                                                    "0",
                                                    "http.host",
                                                    "127.0.0.1",
                                                    "mqtt.embedded.port",
                                                    "0",
                                                    "data.dir",
                                                    dir.resolve("data").toString(),
                                                    "park.dir",
                                                    park.toString(),
                                                    "mqtt.allowAnonymous",
                                                    "true")), // throw-away backend: measures
                            // throughput, not login
                            catalog,
                            ParkWatchOptions.defaults()
                                    .withScope(ParkWatchApp.Scope.CORE)
                                    .withIngestListener(
                                            b -> applied.addAndGet(b.samples().size())));
            ParkWatchApp.Ports ports =
                    backend.start()
                            .toCompletionStage()
                            .toCompletableFuture()
                            .get(60, TimeUnit.SECONDS);
            BridgeConfig cfg =
                    DemoStack.withIntervals(
                            BridgeConfig.forDemoEnterprise(
                                    catalog.tagsOf("E99").orElseThrow(),
                                    sim.endpointUrl("E99"),
                                    "tcp://127.0.0.1:" + ports.mqtt(),
                                    dir.resolve("spool")),
                            intervalMs);
            try (Bridge bridge = new Bridge(cfg)) {
                bridge.start();
                BridgeStats stats = bridge.stats();
                long deadline = System.currentTimeMillis() + 120_000;
                while (stats.samplesRead() < tags && System.currentTimeMillis() < deadline)
                    Thread.sleep(200);
                Thread.sleep(3_000); // past the subscription set-up burst
                long r0 = stats.samplesRead(), p0 = stats.batchesPublished(), a0 = applied.get();
                long t0 = System.nanoTime();
                Thread.sleep(seconds * 1000L);
                double s = (System.nanoTime() - t0) / 1e9;
                double read = (stats.samplesRead() - r0) / s;
                System.out.printf(
                        "bridge throughput: %d tags, sampling = publishing = %d ms (offered %.0f changes/s)%n",
                        tags, intervalMs, tags * 1000.0 / intervalMs);
                System.out.printf(
                        "  cores %d, over %.1f s: read from OPC UA %.0f samples/s, published %.1f batches/s,"
                                + " applied at the backend %.0f samples/s, spool pending %d batches%n",
                        Runtime.getRuntime().availableProcessors(),
                        s,
                        read,
                        (stats.batchesPublished() - p0) / s,
                        (applied.get() - a0) / s,
                        stats.pendingBatches());
            } finally {
                backend.stop().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A park folder with one enterprise E99 of {@code n} pressure tags and no layers. */
    static Path writeSyntheticPark(Path dir, int n, int samplingMs) throws Exception {
        Files.createDirectories(dir.resolve("tags"));
        Files.writeString(
                dir.resolve("park.json"),
                """
                {"id":"bench","nameZh":"基准园区","nameEn":"Benchmark park","fictional":true,"layers":[],
                 "enterprises":[{"id":"E99","nameZh":"基准企业","nameEn":"Benchmark enterprise","activity":"production",
                 "tagsFile":"tags/E99.json"}]}""",
                StandardCharsets.UTF_8);
        StringBuilder sb =
                new StringBuilder(
                        "{\"enterpriseId\":\"E99\",\"namespaceUri\":\"urn:parkwatch:sim:E99\","
                                + "\"tags\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(',');
            sb.append(
                    String.format(
                            "{\"id\":\"E99.P%05d.PT\",\"node\":\"nsu=urn:parkwatch:sim:E99;s=P%05d.PT\","
                                    + "\"kind\":\"pressure\",\"unit\":\"kPa\",\"min\":0,\"max\":1000,\"featureId\":\"E99-P%05d\","
                                    + "\"samplingMs\":%d,\"deadband\":0}",
                            i, i, i, samplingMs));
        }
        Files.writeString(
                dir.resolve("tags/E99.json"), sb.append("]}").toString(), StandardCharsets.UTF_8);
        return dir;
    }
}
