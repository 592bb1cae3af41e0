package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;

/**
 * Issue 19, the soak's "repeated readings": a tag that two sources deliver (no ownership recorded —
 * in the soak, its load bridge writes the tags of E01's bridge) has its live value moved past one
 * source's readings; that source's integrity refresh re-sends its unchanged reading, and its
 * Bad_NoCommunication marker while its OPC UA servers are down, in batch after batch. Each was
 * stored again in every write-ahead checkpoint it reached (the live state took every late sample
 * for new data). A real backend process on the embedded H2 database, real MQTT clients; the copies
 * land in different checkpoints, as in the soak.
 */
class LateRefreshStoredOnceTest {
    static final String TAG = "T01.TK101.LT";

    @TempDir Path dir;

    @Test
    void aLateReadingSentAgainByItsRefreshIsStoredOnce() throws Exception {
        Path config = BackendProcessFiles.config(dir, "", 300);
        Path data = BackendProcessFiles.data(dir);
        long base = System.currentTimeMillis() - 600_000;
        Sample reading = Sample.of(TAG, 1.25, base);
        Sample marker = new Sample(TAG, null, base + 500, Sample.BAD_NO_COMMUNICATION);
        Sample newer = Sample.of(TAG, 2.5, base + 1_000);
        nextNewer = base + 1_000;
        Process backend = HistoryCrashTest.start(config, dir.resolve("backend.log"));
        try {
            int port = HistoryCrashTest.mqttPort(backend, dir.resolve("backend.log"));
            try (UplinkPublisher other = UplinkPublisher.embedded(port, "T01", "T01-OTHER");
                    UplinkPublisher late = UplinkPublisher.embedded(port, "T01", "T01-LATE")) {
                other.publish(1, "o1", List.of(newer)); // the live value moves past the readings
                late.publish(1, "l1", List.of(reading));
                committed(data, other);
                late.publish(2, "l1", List.of(reading)); // its integrity refresh
                committed(data, other);
                late.publish(3, "l1", List.of(marker)); // its servers are down
                committed(data, other);
                late.publish(4, "l1", List.of(marker)); // refreshed while they stay down
                committed(data, other);
            }
            backend.destroy(); // SIGTERM: the backend stops and commits what it holds
            backend.waitFor(120, TimeUnit.SECONDS);
        } finally {
            backend.destroyForcibly();
        }
        try (Database db = Database.open(DatabaseOptions.embedded(data))) {
            long[] stored = new HistoryRepository(db).storedTimes(TAG, base - 1, base + 10_000_000);
            // the other source's newer readings (one at each wait) follow the late ones
            assertArrayEquals(
                    new long[] {base, base + 500, base + 1_000},
                    java.util.Arrays.copyOf(stored, 3),
                    "every late reading once, the refreshed ones included");
            for (int i = 1; i < stored.length; i++)
                assertTrue(stored[i] > stored[i - 1], "a reading stored twice at " + stored[i]);
        }
    }

    private long otherSeq = 1;

    /**
     * Waits until what was published is committed: the other source sends a newer reading now and
     * then, so that every checkpoint has samples to seal and the newest segment is committed too (a
     * checkpoint with nothing open rotates nothing). Bounded like {@link
     * BackendProcessFiles#awaitCommitted}.
     */
    private void committed(Path data, UplinkPublisher other) throws Exception {
        BackendProcessFiles.awaitCommitted(
                data,
                BackendProcessFiles.newestSegment(data),
                () -> {
                    otherSeq++;
                    other.publish(otherSeq, "o1", List.of(Sample.of(TAG, 3.0, nextNewer += 10)));
                },
                500);
    }

    private long nextNewer;
}
