package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;

/**
 * kill -9 of a real backend process while it ingests over MQTT (QoS 1), then a restart: the history
 * holds every sample whose PUBACK the publisher received, each once.
 */
class HistoryCrashTest {
    static final String TAG = "T01.TK101.LT";
    static final int PER_BATCH = 20;
    static final Pattern MQTT_PORT = Pattern.compile("MQTT uplink embedded port (\\d+)");

    @TempDir Path dir;

    /**
     * Configuration keys of the database the backend runs on (none: the embedded H2GIS in the data
     * directory; {@link PostgisHistoryCrashTest} gives a PostgreSQL database's).
     */
    protected java.util.Map<String, String> databaseKeys() throws Exception {
        return java.util.Map.of();
    }

    /** The same database, for the test to read what was stored. */
    protected DatabaseOptions storedIn(Path data, java.util.Map<String, String> keys) {
        return DatabaseOptions.embedded(data);
    }

    @Test
    void everyAcknowledgedSampleSurvivesKillMinus9OnceEach() throws Exception {
        java.util.Map<String, String> dbKeys = databaseKeys();
        StringBuilder dbLines = new StringBuilder();
        dbKeys.forEach((k, v) -> dbLines.append(k).append('=').append(v).append('\n'));
        // samples stay open: only the write-ahead log holds them
        Path config = BackendProcessFiles.config(dir, dbLines.toString(), 600_000);
        Path data = BackendProcessFiles.data(dir);
        long base = System.currentTimeMillis() - 3_600_000;
        AtomicInteger acked = new AtomicInteger();
        Process first = start(config, dir.resolve("first.log"));
        try {
            int port = mqttPort(first, dir.resolve("first.log"));
            Thread publisher = new Thread(() -> publish(port, base, acked));
            publisher.start();
            while (acked.get() < 200 * PER_BATCH && publisher.isAlive()) Thread.sleep(5);
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint
            first.waitFor(30, TimeUnit.SECONDS);
            publisher.join(30_000);
        } finally {
            first.destroyForcibly();
        }
        int ackedSamples = acked.get();
        assertTrue(ackedSamples >= 200 * PER_BATCH, "published before the kill: " + ackedSamples);

        Process second = start(config, dir.resolve("second.log"));
        mqttPort(second, dir.resolve("second.log"));
        second.destroy(); // SIGTERM: the shutdown hook stops the backend, which commits the
        // replayed samples
        assertTrue(second.waitFor(120, TimeUnit.SECONDS), "the restarted backend stops on SIGTERM");

        try (Database db = Database.open(storedIn(data, dbKeys))) {
            HistoryRepository history = new HistoryRepository(db);
            List<Sample> stored = history.raw(TAG, base, base + 10_000_000L, Integer.MAX_VALUE);
            Set<Long> times = new HashSet<>();
            for (Sample s : stored) times.add(s.sourceTimeMs());
            for (int i = 0; i < ackedSamples; i++) {
                assertTrue(
                        times.contains(base + i * 100L),
                        "acknowledged sample " + i + " of " + ackedSamples + " lost");
            }
            assertEquals(
                    stored.size(),
                    history.usage().samples(),
                    "every stored sample once (no duplicate rows)");
            System.out.printf(
                    "kill -9 after %,d acknowledged samples: %,d stored%n",
                    ackedSamples, stored.size());
        }
    }

    /**
     * Publishes batches until the backend dies; counts the samples whose batch was acknowledged.
     */
    private static void publish(int port, long base, AtomicInteger acked) {
        try (UplinkPublisher p = UplinkPublisher.embedded(port, "T01", "T01-CRASH")) {
            for (int seq = 0; ; seq++) {
                List<Sample> batch = new ArrayList<>();
                for (int i = 0; i < PER_BATCH; i++) {
                    int n = seq * PER_BATCH + i;
                    batch.add(Sample.of(TAG, n * 0.25, base + n * 100L));
                }
                p.publish(seq + 1, batch); // returns after the PUBACK
                acked.addAndGet(PER_BATCH);
            }
        } catch (Exception expected) {
            // the backend was killed
        }
    }

    static Process start(Path config, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb =
                new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.parkwatch.backend.app.Main",
                        "--config",
                        config.toString());
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PARKWATCH_ADMIN_PASSWORD", "crash-test-" + System.nanoTime());
        return pb.start();
    }

    /** Waits (bounded) for the backend's start line and returns its MQTT port. */
    static int mqttPort(Process p, Path log) throws Exception {
        long limit = Long.getLong("parkwatch.test.startSeconds", 120);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limit);
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = MQTT_PORT.matcher(out);
            if (m.find()) return Integer.parseInt(m.group(1));
            if (!p.isAlive()) throw new AssertionError("backend exited:\n" + out);
            Thread.sleep(200);
        }
        throw new AssertionError(
                "backend did not start within " + limit + " s:\n" + Files.readString(log));
    }
}
