package org.parkwatch.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parkwatch.e2e.DemoStack;
import org.parkwatch.e2e.LoadGenerator;
import org.parkwatch.e2e.WsRecorder;

/**
 * End-to-end latency from a value change in the simulator's OPC UA server to its arrival at a
 * WebSocket client of the backend, through the bridge and the embedded MQTT endpoint, while a load
 * generator feeds background samples. Prints p50/p90/p99/max. Arguments: {@code [probes=300]
 * [backgroundPerS=20000] [publishingMs=100] [samplingMs=10]}.
 */
public final class EndToEndLatencyBench {
    private static final String PROBE_TAG = "E01.TK201.LT";

    public static void main(String[] args) throws Exception {
        int probes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int backgroundPerS = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int intervalMs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int samplingMs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path dir = Files.createTempDirectory("pw-e2e-bench");
        Map<Double, Long> setAt = new ConcurrentHashMap<>();
        Map<Double, Long> arrivedAt = new ConcurrentHashMap<>();
        Map<Double, Long> sourceToArrivalMs = new ConcurrentHashMap<>();
        try (DemoStack stack =
                        DemoStack.start(
                                dir,
                                Set.of("E01"),
                                Map.of(
                                        "push.flushMs",
                                        "20",
                                        // the in-process background load generator publishes
                                        // without a login; the E01 bridge still
                                        // connects with its own credentials over the secured OPC UA
                                        // and MQTT path
                                        "mqtt.allowAnonymous",
                                        "true"),
                                100,
                                null,
                                c -> DemoStack.withIntervals(c, intervalMs, samplingMs));
                WsRecorder ws =
                        new WsRecorder(
                                        u -> {
                                            if (u.id().equals(PROBE_TAG)
                                                    && u.value() != null
                                                    && u.value().isNumber()) {
                                                arrivedAt.putIfAbsent(
                                                        u.value().asDouble(), u.arrivedNanos());
                                                sourceToArrivalMs.putIfAbsent(
                                                        u.value().asDouble(),
                                                        u.arrivedMs() - u.sourceMs());
                                            }
                                        },
                                        false)
                                .connect(stack.wsUrl(), stack.adminToken());
                LoadGenerator load =
                        new LoadGenerator(
                                "tcp://127.0.0.1:" + stack.mqttPort(),
                                "E05",
                                stack.simulator().catalog().tagsOf("E05").orElseThrow().tags(),
                                backgroundPerS,
                                500)) {
            waitForFirstValue(arrivedAt);
            long loadStart = System.nanoTime();
            long loadBefore = load.published();
            for (int i = 1; i <= probes; i++) {
                double v = 1.0 + i / 1024.0; // exact in binary, distinct per probe
                setAt.put(v, System.nanoTime());
                stack.simulator().setValue(PROBE_TAG, v);
                Thread.sleep(intervalMs * 2L + (i % 7) * 10L);
            }
            Thread.sleep(2_000);
            double loadRate =
                    (load.published() - loadBefore) / ((System.nanoTime() - loadStart) / 1e9);
            System.out.printf("  OPC UA sampling interval %d ms (requested)%n", samplingMs);
            report(setAt, arrivedAt, probes, loadRate, intervalMs);
            List<Double> fromSource = new ArrayList<>();
            setAt.keySet()
                    .forEach(
                            v -> {
                                Long ms = sourceToArrivalMs.get(v);
                                if (ms != null) fromSource.add(ms.doubleValue());
                            });
            Collections.sort(fromSource);
            System.out.printf(
                    "  from the value change in the OPC UA server (source timestamp, same clock): p50 %.0f ms,"
                            + " p99 %.0f ms%n",
                    pct(fromSource, 50), pct(fromSource, 99));
        }
    }

    private static void waitForFirstValue(Map<Double, Long> arrivedAt) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (arrivedAt.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(100);
        if (arrivedAt.isEmpty())
            throw new IllegalStateException("no value of " + PROBE_TAG + " within 60 s");
    }

    private static void report(
            Map<Double, Long> setAt,
            Map<Double, Long> arrivedAt,
            int probes,
            double loadRate,
            int intervalMs) {
        List<Double> ms = new ArrayList<>();
        setAt.forEach(
                (v, t0) -> {
                    Long t1 = arrivedAt.get(v);
                    if (t1 != null) ms.add((t1 - t0) / 1e6);
                });
        Collections.sort(ms);
        System.out.printf(
                "end-to-end latency simulator -> bridge -> MQTT -> backend -> WebSocket%n");
        System.out.printf(
                "  cores %d, OPC UA publishing interval %d ms, bridge batch close %d ms,"
                        + " WebSocket flush 20 ms, simulator tick 100 ms, background load %.0f samples/s%n",
                Runtime.getRuntime().availableProcessors(),
                intervalMs,
                Math.max(1, intervalMs / 10),
                loadRate);
        System.out.printf(
                "  probes %d, arrived %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                probes,
                ms.size(),
                pct(ms, 50),
                pct(ms, 90),
                pct(ms, 99),
                ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1));
        System.out.printf("  target p99 <= publishing interval + 50 ms = %d ms%n", intervalMs + 50);
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
