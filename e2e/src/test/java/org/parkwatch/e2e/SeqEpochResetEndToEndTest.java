package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.bridge.config.BridgeConfig;

/**
 * Issue 19, D1: after an edge disk loss the bridge restarts at seq 0 and every batch was dropped as
 * a duplicate of the park's high-water mark, silently. Through the real simulator, bridge, MQTT and
 * backend: the bridge's spool is deleted, the restarted bridge's batches (a new epoch) are applied
 * at once and the enterprise's SEQ_RESET alarm is raised.
 */
class SeqEpochResetEndToEndTest {
    private static final String TAG = "E01.TK201.LT";

    @Test
    void aBridgeWhoseSpoolWasLostIsAcceptedAndAlarmed(@TempDir Path dir) throws Exception {
        List<AppliedBatch> applied = new CopyOnWriteArrayList<>();
        Bridge second = null;
        try (DemoStack stack = DemoStack.start(dir, Set.of("E01"), Map.of(), 250)) {
            stack.addIngestListener(applied::add);
            Bridge first = stack.bridges().get(0);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> applied.stream().anyMatch(b -> b.seq() >= 8));
            long markBefore = applied.stream().mapToLong(AppliedBatch::seq).max().orElseThrow();

            BridgeConfig config = first.config();
            first.close();
            deleteTree(config.spool().dir()); // the edge disk is lost
            stack.simulator().setValue(TAG, 3.25);
            applied.clear();
            second = new Bridge(config);
            second.start();

            await().atMost(Duration.ofSeconds(60))
                    .until(
                            () ->
                                    applied.stream()
                                            .anyMatch(
                                                    b ->
                                                            b.samples().stream()
                                                                    .anyMatch(
                                                                            s ->
                                                                                    s.tagId()
                                                                                                    .equals(
                                                                                                            TAG)
                                                                                            && Double
                                                                                                    .valueOf(
                                                                                                            3.25)
                                                                                                    .equals(
                                                                                                            s
                                                                                                                    .value()))));
            long firstNewSeq = applied.stream().mapToLong(AppliedBatch::seq).min().orElseThrow();
            assertTrue(
                    firstNewSeq < markBefore,
                    "the new sequence starts below the old mark: "
                            + firstNewSeq
                            + " < "
                            + markBefore);
            assertEquals(
                    3.25,
                    stack.backend().live().tag(TAG).value(),
                    "the live value follows the new bridge");

            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () ->
                                    stack.alarms()
                                                    .manager()
                                                    .get("E01.SEQ_RESET")
                                                    .map(ActiveAlarm::state)
                                                    .orElse(AlarmState.NORMAL)
                                            != AlarmState.NORMAL);
            ActiveAlarm alarm = stack.alarms().manager().get("E01.SEQ_RESET").orElseThrow();
            assertTrue(
                    alarm.state() == AlarmState.UNACK_ACTIVE
                            || alarm.state() == AlarmState.RTN_UNACK,
                    "announced, waiting for an acknowledgement: " + alarm.state());
            com.fasterxml.jackson.databind.JsonNode feeds = Http.getJson(stack, "/api/feeds");
            com.fasterxml.jackson.databind.JsonNode e01 = null;
            for (com.fasterxml.jackson.databind.JsonNode f : feeds) {
                if ("E01".equals(f.path("enterpriseId").asText())) e01 = f;
            }
            assertEquals(1L, e01.path("seqResets").asLong(), String.valueOf(e01));
        } finally {
            if (second != null) second.close();
        }
    }

    private static void deleteTree(Path root) throws Exception {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
