package org.parkwatch.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;

/**
 * The per-bridge seq high-water mark survives a backend restart, so a replayed batch is not applied
 * again.
 */
class SeqRestartTest {
    @TempDir Path dataDir;

    @Test
    void replayedBatchIsIgnoredAfterRestart() throws Exception {
        try (TestBackend first = TestBackend.start(dataDir, Map.of());
                UplinkPublisher b1 =
                        UplinkPublisher.embedded(first.ports.mqtt(), "T01", "T01-B1")) {
            b1.publish(41, List.of(sample("T01.TK101.LT", 10.0)));
            b1.publish(42, List.of(sample("T01.TK101.LT", 11.0)));
        }
        Path marks = dataDir.resolve(SeqHighWater.FILE_NAME);
        assertTrue(Files.exists(marks), "written on stop");
        assertEquals("{\"T01/T01-B1\":42}", Files.readString(marks));

        try (TestBackend second = TestBackend.start(dataDir, Map.of());
                UplinkPublisher b1 =
                        UplinkPublisher.embedded(second.ports.mqtt(), "T01", "T01-B1")) {
            b1.publish(
                    42, List.of(sample("T01.TK101.LT", 99.0))); // the bridge's spool replays seq 42
            assertEquals(null, second.getObject("/api/tags/T01.TK101.LT").getValue("v"));
            assertEquals(1, second.feed("T01").getLong("duplicatesDropped"));
            b1.publish(43, List.of(sample("T01.TK101.LT", 12.0)));
            assertEquals(12.0, second.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
        }
    }
}
