package org.parkwatch.bridge.sim;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.Stack;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExpandedNodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;

/**
 * Benchmark command (prints figures, asserts nothing): starts the simulator with N synthetic BENCH
 * tags (default 20,000, arg 1) at a 100 ms tick, subscribes to all of them with one Milo client at
 * 100 ms sampling and publishing, and reports start-up time, mean tick time and notifications per
 * second over a window (arg 2, s).
 */
public final class SimulatorBench {
    private SimulatorBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", SimulatorMain.LOGBACK_CONFIG);
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int windowS = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long t0 = System.nanoTime();
        SimulatorOptions options =
                SimulatorOptions.builder()
                        .basePort(0)
                        .controlPort(0)
                        .tickMs(100)
                        .securityEnabled(false)
                        .benchTags(n)
                        .pkiDir(Files.createTempDirectory("parkwatch-bench-pki"))
                        .build();
        try (ParkSimulator sim = ParkSimulator.start(options)) {
            System.out.printf(
                    "start-up with %d bench tags + demo park: %.1f s%n",
                    n, (System.nanoTime() - t0) / 1e9);
            OpcUaClient client = OpcUaClient.create(sim.endpointUrl(BenchTags.ENTERPRISE_ID));
            client.connect();
            OpcUaSubscription sub = new OpcUaSubscription(client);
            sub.setPublishingInterval(100.0);
            sub.setMaxNotificationsPerPublish(UInteger.valueOf(0));
            sub.create();
            AtomicLong notifications = new AtomicLong();
            List<OpcUaMonitoredItem> items = new ArrayList<>();
            for (var t : BenchTags.create(n).tags()) {
                OpcUaMonitoredItem item =
                        OpcUaMonitoredItem.newDataItem(
                                ExpandedNodeId.parse(t.node())
                                        .toNodeIdOrThrow(client.getNamespaceTable()));
                item.setSamplingInterval(100.0);
                item.setDataValueListener((i, v) -> notifications.incrementAndGet());
                items.add(item);
            }
            sub.addMonitoredItems(items);
            long s0 = System.nanoTime();
            sub.synchronizeMonitoredItems();
            System.out.printf(
                    "created %d monitored items in %.1f s%n", n, (System.nanoTime() - s0) / 1e9);
            Thread.sleep(2000);
            long before = notifications.get();
            long ticksBefore = sim.ticks();
            long tickNanosBefore = sim.tickNanos();
            long w0 = System.nanoTime();
            Thread.sleep(windowS * 1000L);
            double seconds = (System.nanoTime() - w0) / 1e9;
            System.out.printf(
                    "notifications: %.0f /s over %.0f s (%d tags at 100 ms would be %d /s if every "
                            + "sample changed)%n",
                    (notifications.get() - before) / seconds, seconds, n, n * 10);
            long ticks = sim.ticks() - ticksBefore;
            System.out.printf(
                    "ticks: %.1f /s (100 ms tick, fixed delay), mean tick %.2f ms%n",
                    ticks / seconds,
                    ticks == 0 ? 0 : (sim.tickNanos() - tickNanosBefore) / 1e6 / ticks);
            sub.delete();
            client.disconnect();
        } finally {
            Stack.releaseSharedResources();
        }
    }
}
