package org.parkwatch.bridge.sim;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.junit.jupiter.api.Test;

class BenchTagsTest {

    @Test
    void benchEnterpriseServesSyntheticTagsThatMove() throws Exception {
        try (ParkSimulator sim =
                ParkSimulator.start(
                        SimTestSupport.testOptions()
                                .securityEnabled(false)
                                .benchTags(2000)
                                .build())) {
            assertEquals(
                    2000,
                    sim.model().tags().stream().filter(t -> t.id().startsWith("BENCH.")).count());
            OpcUaClient client = OpcUaClient.create(sim.endpointUrl("BENCH"));
            client.connect();
            try {
                double last =
                        SimTestSupport.readDouble(
                                client, "nsu=urn:parkwatch:sim:BENCH;s=B0019.F99");
                assertTrue(last > 10 && last < 90, "BENCH.B0019.F99 = " + last);
                OpcUaSubscription sub = new OpcUaSubscription(client);
                sub.setPublishingInterval(100.0);
                sub.create();
                AtomicInteger notifications = new AtomicInteger();
                Set<String> itemsSeen = ConcurrentHashMap.newKeySet();
                for (int i = 0; i < 200; i++) {
                    String ident = String.format("B%04d.F%02d", i / 100, i % 100);
                    OpcUaMonitoredItem item =
                            OpcUaMonitoredItem.newDataItem(
                                    SimTestSupport.nodeId(
                                            client, "nsu=urn:parkwatch:sim:BENCH;s=" + ident));
                    item.setSamplingInterval(100.0);
                    item.setDataValueListener(
                            (it, v) -> {
                                notifications.incrementAndGet();
                                itemsSeen.add(ident);
                            });
                    sub.addMonitoredItem(item);
                }
                sub.synchronizeMonitoredItems();
                // every item reports its initial value, then changes as the values drift every tick
                await().atMost(20, SECONDS)
                        .until(() -> itemsSeen.size() == 200 && notifications.get() >= 600);
                sub.delete();
            } finally {
                client.disconnect();
            }
        }
    }
}
