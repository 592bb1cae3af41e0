package org.parkwatch.bridge.uplink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.parkwatch.bridge.BridgeStats;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.config.BridgeConfig.Batch;
import org.parkwatch.bridge.config.BridgeConfig.FsyncPolicy;
import org.parkwatch.bridge.config.BridgeConfig.Mqtt;
import org.parkwatch.bridge.config.BridgeConfig.Spool;
import org.parkwatch.model.uplink.Sample;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * Prints the uplink's throughput: pushes N samples (1000 tags round-robin) through batcher, spool
 * and MQTT QoS 1 and waits for every PUBACK. Usage: {@code UplinkBenchmark
 * [mqttUrl=tcp://127.0.0.1:1883] [samples=1000000] [fsync=EVERY_BATCH|PERIODIC|NONE]}. Publishes to
 * {@code parkwatch/v1/BENCH/BENCH-B1/samples}.
 */
public final class UplinkBenchmark {
    private UplinkBenchmark() {}

    /** A benchmark leaves no retained {@code offline} behind on a shared broker. */
    private static void clearRetainedStatus(String url, String topic) throws Exception {
        var c =
                new MqttClient(
                        url,
                        "bench-clear-" + ProcessHandle.current().pid(),
                        new MemoryPersistence());
        c.connect();
        c.publish(topic, new byte[0], 1, true);
        c.disconnect();
        c.close();
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "tcp://127.0.0.1:1883";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        FsyncPolicy fsync =
                args.length > 2 ? FsyncPolicy.valueOf(args[2]) : FsyncPolicy.EVERY_BATCH;
        Path dir = Files.createTempDirectory("uplink-bench");
        BridgeConfig cfg =
                new BridgeConfig(
                        "BENCH-B1",
                        "BENCH",
                        new Mqtt(url, "bench-" + ProcessHandle.current().pid(), null, null, 1, 30),
                        new Spool(dir, 1L << 30, fsync),
                        new Batch(Batch.DEFAULT_MAX_SAMPLES, Batch.DEFAULT_MAX_DELAY_MS),
                        List.of(),
                        List.of());
        BridgeStats stats = new BridgeStats();
        Uplink uplink = new Uplink(cfg, stats, () -> 0);
        uplink.start();
        while (!uplink.isConnected())
            Thread.sleep(50); // a command, not a test: polling is fine here
        long t0 = System.nanoTime();
        long now = System.currentTimeMillis();
        for (int i = 0; i < n; i++)
            uplink.accept(Sample.of("BENCH.T" + (i % 1000) + ".PV", i * 0.001, now));
        long batches = (n + Batch.DEFAULT_MAX_SAMPLES - 1) / Batch.DEFAULT_MAX_SAMPLES;
        while (stats.batchesPublished() < batches) Thread.sleep(5);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                "uplink: %d samples in %d batches, fsync %s: %.2f s, %.0f samples/s, %.0f batches/s%n",
                n,
                stats.batchesPublished(),
                fsync,
                secs,
                n / secs,
                stats.batchesPublished() / secs);
        uplink.close();
        clearRetainedStatus(url, UplinkTopics.status("BENCH", "BENCH-B1"));
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
