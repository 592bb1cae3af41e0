package org.parkwatch.backend.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.parkwatch.backend.TestBackend;

/**
 * A backend process's configuration and its write-ahead segments, for the tests that run the
 * backend as a process ({@link HistoryCrashTest#start}) and watch what it commits.
 */
final class BackendProcessFiles {
    private BackendProcessFiles() {}

    /** Something a test does while it waits (e.g. publish a reading so a checkpoint seals). */
    @FunctionalInterface
    interface Nudge {
        void run() throws Exception;
    }

    /** The process's data folder under {@code dir}. */
    static Path data(Path dir) {
        return dir.resolve("data");
    }

    /**
     * Writes {@code dir/backend.properties}: loopback, free ports, anonymous MQTT, the test park,
     * the data folder {@link #data}, the database lines given (none: the embedded H2GIS) and the
     * history checkpoint interval.
     */
    static Path config(Path dir, String dbLines, long flushMs) throws IOException {
        Path data = Files.createDirectories(data(dir));
        Path config = dir.resolve("backend.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "http.host=127.0.0.1",
                        "http.port=0",
                        "mqtt.embedded.port=0",
                        "data.dir=" + data.toString().replace('\\', '/'),
                        dbLines + "db.enabled=true",
                        "mqtt.allowAnonymous=true",
                        "park.dir=" + TestBackend.testParkDir().toString().replace('\\', '/'),
                        "history.flushMs=" + flushMs,
                        ""));
        return config;
    }

    /** Numbers of the write-ahead segment files under {@code data}, oldest first. */
    static List<Long> segments(Path data) throws IOException {
        try (Stream<Path> s = Files.walk(data)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("wal-\\d+\\.log"))
                    .map(n -> Long.parseLong(n.substring(4, n.length() - 4)))
                    .sorted()
                    .toList();
        }
    }

    static long newestSegment(Path data) throws IOException {
        List<Long> s = segments(data);
        if (s.isEmpty()) throw new AssertionError("no write-ahead segment under " + data);
        return s.get(s.size() - 1);
    }

    /**
     * Waits until segment {@code n} was committed and deleted, running {@code nudge} every {@code
     * pollMs}. Bounded: 120 s (a loaded 2-core CI machine once needed more than 60 s), or {@code
     * -Dparkwatch.test.startSeconds} on a machine shared by several builds.
     */
    static void awaitCommitted(Path data, long n, Nudge nudge, long pollMs) throws Exception {
        long limit = Math.max(120, Long.getLong("parkwatch.test.startSeconds", 120));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limit);
        while (System.nanoTime() < deadline) {
            nudge.run();
            List<Long> s = segments(data);
            if (s.isEmpty() || s.get(0) > n) return;
            Thread.sleep(pollMs);
        }
        throw new AssertionError(
                "write-ahead segment " + n + " not committed within " + limit + " s");
    }
}
