package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
 * Issue 19, the soak's repeated readings on every bridge: a bridge that cannot reach its OPC UA
 * server (its first connection after its own restart failed, or the session was lost) reports its
 * tags Bad_NoCommunication at the current time; once connected it reads them again, and a value
 * that has not changed in the server comes back with its old source time — late behind the bridge's
 * own marker, and stored before. The live state took it for new data and the history stored it a
 * second time. One source of the tag only (no other bridge writes it); a real backend process on
 * the embedded H2 database, a real MQTT client; the copies land in different write-ahead
 * checkpoints, as in the soak.
 */
class ReadBackAfterMarkerStoredOnceTest {
    static final String TAG = "T01.TK101.LT";

    /** Another tag of T01, whose readings give every checkpoint something to seal. */
    static final String TICK = "T01.TK101.TT";

    @TempDir Path dir;

    @Test
    void aReadingReadBackAfterTheBridgesMarkerIsStoredOnce() throws Exception {
        Path config = BackendProcessFiles.config(dir, "", 300);
        Path data = BackendProcessFiles.data(dir);
        long base = System.currentTimeMillis() - 600_000;
        Sample reading = Sample.of(TAG, 1.25, base);
        Sample marker = new Sample(TAG, null, base + 500, Sample.BAD_NO_COMMUNICATION);
        tick = base;
        Process backend = HistoryCrashTest.start(config, dir.resolve("backend.log"));
        try {
            int port = HistoryCrashTest.mqttPort(backend, dir.resolve("backend.log"));
            try (UplinkPublisher bridge = UplinkPublisher.embedded(port, "T01", "T01-B1");
                    UplinkPublisher ticker = UplinkPublisher.embedded(port, "T01", "T01-TICK")) {
                bridge.publish(1, "b1", List.of(reading));
                committed(data, ticker);
                bridge.publish(2, "b1", List.of(marker)); // the server is out of reach
                committed(data, ticker);
                bridge.publish(3, "b1", List.of(reading)); // read back: unchanged in the server
                committed(data, ticker);
                bridge.publish(4, "b1", List.of(reading)); // and its integrity refresh
                committed(data, ticker);
            }
            backend.destroy(); // SIGTERM: the backend stops and commits what it holds
            backend.waitFor(120, TimeUnit.SECONDS);
        } finally {
            backend.destroyForcibly();
        }
        try (Database db = Database.open(DatabaseOptions.embedded(data))) {
            long[] stored = new HistoryRepository(db).storedTimes(TAG, base - 1, base + 10_000_000);
            assertArrayEquals(
                    new long[] {base, base + 500}, stored, "the reading and the marker, each once");
        }
    }

    private long tickSeq = 0;
    private long tick;

    /**
     * Waits until what was published is committed: the ticker sends a newer reading of its own tag
     * now and then, so that every checkpoint has samples to seal and the newest segment is
     * committed too. Bounded: 120 s, or {@code -Dparkwatch.test.startSeconds}.
     */
    private void committed(Path data, UplinkPublisher ticker) throws Exception {
        BackendProcessFiles.awaitCommitted(
                data,
                BackendProcessFiles.newestSegment(data),
                () -> {
                    tickSeq++;
                    ticker.publish(
                            tickSeq, "t1", List.of(Sample.of(TICK, 20.0 + tickSeq, tick += 10)));
                },
                500);
    }
}
