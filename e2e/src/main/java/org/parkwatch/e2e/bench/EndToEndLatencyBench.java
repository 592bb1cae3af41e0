package org.parkwatch.e2e.bench;

import org.parkwatch.e2e.DemoStack;
import org.parkwatch.e2e.LoadGenerator;
import org.parkwatch.e2e.WsRecorder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * End-to-end latency from a value change in the simulator's OPC UA server to its arrival at a WebSocket client of the
 * backend, through the bridge and the embedded MQTT endpoint, while a load generator feeds background samples.
 * Prints p50/p90/p99/max. Arguments: {@code [probes=300] [backgroundPerS=20000] [intervalMs=100]}.
 */
public final class EndToEndLatencyBench {
    private static final String PROBE_TAG = "E01.TK201.LT";

    public static void main(String[] args) throws Exception {
        int probes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int backgroundPerS = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int intervalMs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path dir = Files.createTempDirectory("pw-e2e-bench");
        Map<Double, Long> setAt = new ConcurrentHashMap<>();
        Map<Double, Long> arrivedAt = new ConcurrentHashMap<>();
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 100, null,
                c -> DemoStack.withIntervals(c, intervalMs));
             WsRecorder ws = new WsRecorder(u -> {
                 if (u.id().equals(PROBE_TAG) && u.value() != null && u.value().isNumber()) {
                     arrivedAt.putIfAbsent(u.value().asDouble(), u.arrivedNanos());
                 }
             }, false).connect(stack.wsUrl());
             LoadGenerator load = new LoadGenerator("tcp://127.0.0.1:" + stack.mqttPort(), "E05",
                     stack.simulator().catalog().tagsOf("E05").orElseThrow().tags(), backgroundPerS, 500)) {
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
            double loadRate = (load.published() - loadBefore) / ((System.nanoTime() - loadStart) / 1e9);
            report(setAt, arrivedAt, probes, loadRate, intervalMs);
        }
    }

    private static void waitForFirstValue(Map<Double, Long> arrivedAt) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (arrivedAt.isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(100);
        if (arrivedAt.isEmpty()) throw new IllegalStateException("no value of " + PROBE_TAG + " within 60 s");
    }

    private static void report(Map<Double, Long> setAt, Map<Double, Long> arrivedAt, int probes, double loadRate,
                               int intervalMs) {
        List<Double> ms = new ArrayList<>();
        setAt.forEach((v, t0) -> {
            Long t1 = arrivedAt.get(v);
            if (t1 != null) ms.add((t1 - t0) / 1e6);
        });
        Collections.sort(ms);
        System.out.printf("end-to-end latency simulator -> bridge -> MQTT -> backend -> WebSocket%n");
        System.out.printf("  cores %d, OPC UA sampling = publishing interval %d ms, background load %.0f samples/s%n",
                Runtime.getRuntime().availableProcessors(), intervalMs, loadRate);
        System.out.printf("  probes %d, arrived %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", probes,
                ms.size(), pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1));
        System.out.printf("  target p99 <= publishing interval + 50 ms = %d ms%n", intervalMs + 50);
    }

    static double pct(List<Double> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
