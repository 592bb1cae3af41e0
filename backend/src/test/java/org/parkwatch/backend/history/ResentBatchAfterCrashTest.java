package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.ingest.SeqHighWater;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;

/**
 * Issue 19: a batch that was durable in the write-ahead log when the backend was killed, but whose
 * seq mark had not reached {@code ingest-seq.json} (so its PUBACK had not left either), is sent
 * again by its bridge and must not be applied twice — whether the log still holds the batch (epoch
 * e2 here) or a checkpoint already committed it and deleted its segment (epoch e1). A real backend
 * process on the embedded H2 database, a real MQTT client, SIGKILL; the lagging mark file is the
 * one the backend itself wrote after an earlier batch, put back after the kill (the window between
 * the log's fsync and the mark file's write is too short to hit by timing).
 */
class ResentBatchAfterCrashTest {
    static final String TAG = "T01.TK101.LT";
    static final int PER_BATCH = 10;

    @TempDir Path dir;

    private long base;
    private int next; // samples made so far; each has its own source time

    @Test
    void aBatchDurableBeforeTheKillIsAcknowledgedAsADuplicateWhenSentAgain() throws Exception {
        Path config =
                BackendProcessFiles.config(
                        dir, "",
                        300); // checkpoints commit the log's batches and delete its segments
        Path data = BackendProcessFiles.data(dir);
        base = System.currentTimeMillis() - 3_600_000;
        Path marks = data.resolve(SeqHighWater.FILE_NAME);
        Path lagging = dir.resolve("marks-after-e1-5.json");
        List<List<Sample>> e1 = new ArrayList<>(), e2 = new ArrayList<>();
        for (int i = 0; i < 8; i++) e1.add(batch());
        for (int i = 0; i < 4; i++) e2.add(batch());

        Process first = HistoryCrashTest.start(config, dir.resolve("first.log"));
        try {
            int port = HistoryCrashTest.mqttPort(first, dir.resolve("first.log"));
            try (UplinkPublisher p = UplinkPublisher.embedded(port, "T01", "T01-RESEND")) {
                for (int seq = 1; seq <= 5; seq++) p.publish(seq, "e1", e1.get(seq - 1));
                Files.copy(marks, lagging, StandardCopyOption.REPLACE_EXISTING);
                for (int seq = 6; seq <= 8; seq++) p.publish(seq, "e1", e1.get(seq - 1));
                // e1's batches committed as chunks, their log segments deleted: only the marks
                // carried on into the next segment still say they were applied
                BackendProcessFiles.awaitCommitted(
                        data, BackendProcessFiles.newestSegment(data), () -> {}, 50);
                // the bridge's spool was replaced: a new epoch from seq 0
                for (int seq = 0; seq <= 3; seq++) p.publish(seq, "e2", e2.get(seq));
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint
            first.waitFor(30, TimeUnit.SECONDS);
        } finally {
            first.destroyForcibly();
        }
        // the mark file as a kill right after the log's fsync of e1 6 would have left it
        Files.copy(lagging, marks, StandardCopyOption.REPLACE_EXISTING);

        List<Sample> fresh = batch();
        Process second = HistoryCrashTest.start(config, dir.resolve("second.log"));
        try {
            int port = HistoryCrashTest.mqttPort(second, dir.resolve("second.log"));
            try (UplinkPublisher p = UplinkPublisher.embedded(port, "T01", "T01-RESEND")) {
                // the bridge sends again what it holds unacknowledged, then goes on
                for (int seq = 6; seq <= 8; seq++) p.publish(seq, "e1", e1.get(seq - 1));
                for (int seq = 0; seq <= 3; seq++) p.publish(seq, "e2", e2.get(seq));
                p.publish(4, "e2", fresh);
            }
            second.destroy(); // SIGTERM: the backend stops and commits what it holds
            second.waitFor(120, TimeUnit.SECONDS);
        } finally {
            second.destroyForcibly();
        }

        try (Database db = Database.open(DatabaseOptions.embedded(data))) {
            HistoryRepository history = new HistoryRepository(db);
            List<Sample> stored = history.raw(TAG, base, base + 10_000_000L, Integer.MAX_VALUE);
            Set<Long> times = new HashSet<>();
            for (Sample s : stored) times.add(s.sourceTimeMs());
            assertEquals(next, times.size(), "every sample sent is stored");
            assertEquals(
                    next,
                    history.usage().samples(),
                    "each once: the resent batches were not applied a second time");
        }
        assertEquals(
                "{\"T01/T01-RESEND\":{\"epoch\":\"e2\",\"seq\":4,\"retired\":[\"e1\"]}}",
                Files.readString(marks));
    }

    private List<Sample> batch() {
        List<Sample> b = new ArrayList<>();
        for (int i = 0; i < PER_BATCH; i++, next++)
            b.add(Sample.of(TAG, next * 0.25, base + next * 100L));
        return b;
    }
}
