package org.parkwatch.backend.bench;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park running beside a store benchmark (issue 13: "write with ingest and alarms running"): the
 * whole backend in this process on the bench's database (embedded MQTT on a free port, the demo
 * park, every capability), and one {@link PacedLoad} publisher per enterprise at a fixed rate. Each
 * sample goes the production path: MQTT QoS 1, decode, seq check, live state, the history's
 * write-ahead log (acknowledged after the fsync), alarm evaluation (the default definitions of
 * every analog tag), push, and the backend's own history checkpoints into the same database. Values
 * stay inside each tag's normal band, so alarms are evaluated but not raised. The park QRA's first
 * run is not started (it is neither ingest nor alarms, and would otherwise fall into the measured
 * window); every other capability runs. The bench starts loading once the backend's first history
 * maintenance (which compacts the rollup rows the bench wrote before) has ended.
 */
final class LiveLoad implements AutoCloseable {
    private final ParkWatchApp backend;
    private final Vertx publishers;
    private final List<PacedLoad> paced;
    private final Path data;
    final double samplesPerSecond;

    private LiveLoad(
            ParkWatchApp backend,
            Vertx publishers,
            List<PacedLoad> paced,
            Path data,
            double samplesPerSecond) {
        this.backend = backend;
        this.publishers = publishers;
        this.paced = paced;
        this.data = data;
        this.samplesPerSecond = samplesPerSecond;
    }

    /**
     * Starts the backend on {@code jdbcUrl} and the publishers; returns once they are connected.
     */
    static LiveLoad start(String jdbcUrl, String user, double samplesPerSecond) throws Exception {
        ParkCatalog park = ParkCatalog.loadDemo();
        Path data = Files.createTempDirectory("parkwatch-store-bench-live");
        ParkWatchConfig config =
                new ConfigLoader()
                        .load(
                                Map.of(
                                        "http.host", "127.0.0.1",
                                        "http.port", "0",
                                        "mqtt.embedded.port", "0",
                                        "data.dir", data.toString(),
                                        "live.staleFactor", "1000",
                                        "db.enabled", "true",
                                        "db.url", jdbcUrl,
                                        "db.user", user,
                                        "mqtt.allowAnonymous", "true",
                                        // the park QRA (≈ 3 CPU-seconds once, 10 s after start)
                                        // is neither ingest nor alarms: it would land in the
                                        // measured window
                                        "risk.qra.autoStart", "false"));
        ParkWatchApp backend = new ParkWatchApp(config, park, ParkWatchOptions.defaults());
        ParkWatchApp.Ports ports =
                backend.start()
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(120, TimeUnit.SECONDS);
        // its first history maintenance (retention, and compaction of the rollup rows the bench
        // wrote before: a few CPU-seconds, then hourly) runs at its start: not in the window
        long waitUntil = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (backend.store().historyWriter().maintenanceRuns() == 0
                && System.nanoTime() < waitUntil) {
            Thread.sleep(100); // polls a counter another thread moves; not a synchronisation
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        List<EnterpriseTags> lists =
                park.tagLists().stream()
                        .filter(l -> l.tags().stream().anyMatch(t -> !t.kind().isDiscrete()))
                        .toList();
        List<PacedLoad> paced = new ArrayList<>();
        for (EnterpriseTags list : lists) {
            PacedLoad p =
                    new PacedLoad(vertx, list, Set.of(), samplesPerSecond / lists.size(), 500, 16);
            p.start(ports.mqtt())
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            paced.add(p);
        }
        return new LiveLoad(backend, vertx, paced, data, samplesPerSecond);
    }

    /** Samples the backend has applied (decoded, checked, live state, listeners) since start. */
    double applied() {
        return backend.metrics().samplesApplied();
    }

    /** Samples the publishers have sent since start. */
    long published() {
        return paced.stream().mapToLong(PacedLoad::published).sum();
    }

    @Override
    public void close() throws Exception {
        paced.forEach(PacedLoad::stop);
        publishers.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        backend.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        try (var files = Files.walk(data)) { // the bench's own temporary data folder
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
