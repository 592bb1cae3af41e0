package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.model.uplink.Sample;

/**
 * The backend goes away for several seconds while the simulator keeps changing a tag: the bridge
 * spools to disk and, once the backend is back on the same MQTT port, replays in order. Every batch
 * the bridge made arrives exactly once, in sequence order, including the values read during the
 * outage.
 */
class SpoolAcrossBackendRestartTest {
    private static final String TAG = "E01.TK201.LT";

    @Test
    void everyBatchArrivesOnceInOrderAcrossABackendRestart(@TempDir Path dir) throws Exception {
        List<AppliedBatch> applied = new CopyOnWriteArrayList<>();
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            stack.addIngestListener(applied::add);
            Bridge bridge = stack.bridges().get(0);
            await().atMost(Duration.ofSeconds(30)).until(() -> valuesOf(applied).size() >= 1);

            double counter = 0.5;
            stack.simulator().setValue(TAG, counter);
            await().atMost(Duration.ofSeconds(10)).until(() -> valuesOf(applied).contains(0.5));

            stack.stopBackend();
            long outageStart = System.currentTimeMillis();
            List<Double> setDuringOutage = new ArrayList<>();
            while (System.currentTimeMillis() - outageStart < 8_000) {
                counter += 0.5;
                stack.simulator().setValue(TAG, counter);
                setDuringOutage.add(counter);
                await().pollDelay(Duration.ofMillis(1_200)).until(() -> true);
            }
            assertTrue(
                    bridge.stats().pendingBatches() > 0,
                    "bridge spooled while the backend was away");

            stack.restartBackend();
            double last = counter;
            await().atMost(Duration.ofSeconds(60)).until(() -> valuesOf(applied).contains(last));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> bridge.stats().pendingBatches() == 0);

            // sequence numbers: contiguous, increasing, none twice
            List<Long> seqs = applied.stream().map(AppliedBatch::seq).toList();
            for (int i = 1; i < seqs.size(); i++) {
                assertEquals(seqs.get(i - 1) + 1, seqs.get(i), "seq order at " + i + ": " + seqs);
            }
            // samples: no (tag, source time) twice, the counter strictly increasing, outage values
            // present
            Set<String> keys = new HashSet<>();
            for (AppliedBatch b : applied) {
                for (Sample s : b.samples()) {
                    assertTrue(
                            keys.add(s.tagId() + "@" + s.sourceTimeMs() + "=" + s.value()),
                            "duplicate " + s);
                }
            }
            List<Double> values = valuesOf(applied);
            List<Double> counterValues =
                    values.stream()
                            .filter(v -> v * 2 == Math.rint(v * 2) && v <= last && v >= 0.5)
                            .toList();
            for (int i = 1; i < counterValues.size(); i++) {
                assertTrue(
                        counterValues.get(i) > counterValues.get(i - 1),
                        "in order: " + counterValues);
            }
            long outageValuesSeen = setDuringOutage.stream().filter(values::contains).count();
            assertTrue(
                    outageValuesSeen >= setDuringOutage.size() - 1,
                    "values set during the outage arrived: "
                            + outageValuesSeen
                            + " of "
                            + setDuringOutage);
        }
    }

    private static List<Double> valuesOf(List<AppliedBatch> applied) {
        List<Double> out = new ArrayList<>();
        for (AppliedBatch b : applied) {
            for (Sample s : b.samples()) {
                if (s.tagId().equals(TAG) && s.value() instanceof Double d) out.add(d);
            }
        }
        return out;
    }
}
