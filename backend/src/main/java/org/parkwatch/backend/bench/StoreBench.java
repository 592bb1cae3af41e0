package org.parkwatch.backend.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.parkwatch.backend.gis.DbSpatialQueries;
import org.parkwatch.backend.gis.Envelope4326;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.backend.gis.LayerRecord;
import org.parkwatch.backend.gis.MemorySpatialIndex;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.platform.db.Dialect;

/**
 * Prints the store's figures on both databases: the history figures of {@link HistoryBench} (issue
 * 13 targets: ≥ 1,000,000 samples/s on PostgreSQL, ≤ 2 bytes a sample for realistic signals, 24 h
 * trend ≤ 50 ms, 1-year trend ≤ 100 ms, value at an instant of 1,000 tags ≤ 50 ms), features by
 * bbox over 10,000 features and k-nearest (k = 10) from the database and from the in-memory index
 * (issue 3: bbox ≤ 20 ms, k-nearest ≤ 5 ms).
 *
 * <p>Usage: {@code StoreBench [--pg jdbc:postgresql://127.0.0.1:5432/] [--user postgres]
 * [--park-tags 100000] [--park-seconds 60] [--only pg|h2] [--live-rate 100000] [--db-prefix
 * pw_bench_] [--write-only]}; a throw-away database {@code pw_bench_<random>} with PostGIS is
 * created on that server and dropped afterwards. On PostgreSQL the write is measured with the
 * history alone, then the live park's own cost, then {@value #LIVE_ROUNDS} writes with the park's
 * ingest and alarms running in this process ({@link LiveLoad}, {@code --live-rate} samples/s over
 * MQTT; 0 leaves it out), and their median. {@code --write-only} measures the writes and nothing
 * else.
 */
public final class StoreBench {
    static final int FEATURES = 10_000;
    static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);
    static final long DAY_MS = 86_400_000L;

    /**
     * Park-sized area the bench features are spread over: 0.1° × 0.1° (≈ 9 km × 11 km) around the
     * demo park.
     */
    static final double LON0 = 113.90, LAT0 = 34.65, SPAN = 0.1;

    public static void main(String[] args) throws Exception {
        String pgServer = arg(args, "--pg", "jdbc:postgresql://127.0.0.1:5432/");
        String user = arg(args, "--user", "postgres");
        int parkTags = Integer.parseInt(arg(args, "--park-tags", "100000"));
        int parkSeconds = Integer.parseInt(arg(args, "--park-seconds", "60"));
        String only = arg(args, "--only", "both");
        double liveRate = Double.parseDouble(arg(args, "--live-rate", "100000"));
        boolean writeOnly = List.of(args).contains("--write-only");
        Path tmp = Files.createTempDirectory("pw-bench");
        // --db-prefix: helpers sharing one PostgreSQL server tell their databases apart by it
        String dbName =
                arg(args, "--db-prefix", "pw_bench_")
                        + Long.toHexString(new Random().nextLong() >>> 1);
        admin(pgServer, user, "CREATE DATABASE " + dbName);
        try {
            try (Connection c = DriverManager.getConnection(pgServer + dbName, user, "");
                    Statement st = c.createStatement()) {
                st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
            }
            if (!only.equals("h2")) {
                run(
                        "PostGIS",
                        DatabaseOptions.embedded(tmp).withUrl(pgServer + dbName).withUser(user, ""),
                        new Scale(200, parkTags, parkSeconds, liveRate, writeOnly),
                        tmp);
            }
            if (!only.equals("pg"))
                run(
                        "H2GIS",
                        DatabaseOptions.embedded(tmp),
                        new Scale(200, parkTags, parkSeconds, liveRate, writeOnly),
                        tmp);
        } finally {
            admin(pgServer, user, "DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
        }
    }

    static void run(String label, DatabaseOptions options, Scale scale, Path tmp) throws Exception {
        try (Database db = Database.open(options)) {
            System.out.printf(
                    "== %s (%s), %d cores, load average %s (the machine is shared)%n",
                    label,
                    options.url(),
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            long day0 = Math.floorDiv(System.currentTimeMillis(), DAY_MS) * DAY_MS - 2 * DAY_MS;
            HistoryBench history = new HistoryBench(db, day0);
            history.warmUp(
                    scale.parkTags,
                    scale.parkSeconds,
                    Files.createTempDirectory(tmp, "wal-warm"),
                    options);
            if (scale.writeOnly)
                history.writeRate(
                        scale.parkTags,
                        scale.parkSeconds,
                        Files.createTempDirectory(tmp, "wal"),
                        options);
            else
                history.run(
                        scale.tagsPerKind,
                        scale.parkTags,
                        scale.parkSeconds,
                        Files.createTempDirectory(tmp, "wal"),
                        options);
            if (scale.liveRate > 0 && db.dialect() == Dialect.POSTGRESQL) {
                try (LiveLoad live =
                        LiveLoad.start(options.url(), options.user(), scale.liveRate)) {
                    Thread.sleep(LIVE_WARMUP_MS); // a benchmark's warm-up, not a synchronisation
                    long cpu0 = HistoryBench.processCpuNanos(), t0 = System.nanoTime();
                    double applied0 = live.applied();
                    Thread.sleep(LIVE_ALONE_MS);
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(
                            "the park's ingest and alarms alone, before the write: %,.0f samples/s"
                                    + " applied, %.2f cores of this JVM%n",
                            (live.applied() - applied0) / s,
                            (HistoryBench.processCpuNanos() - cpu0) / 1e9 / s);
                    double[] rates = new double[LIVE_ROUNDS];
                    for (int r = 0; r < LIVE_ROUNDS; r++) {
                        rates[r] =
                                history.writeRate(
                                        scale.parkTags,
                                        scale.parkSeconds,
                                        Files.createTempDirectory(tmp, "wal-live"),
                                        options,
                                        5 + 2 * r, // a fresh hour of the bench day each round
                                        live);
                    }
                    double[] sorted = rates.clone();
                    Arrays.sort(sorted);
                    System.out.printf(
                            "with ingest and alarms running, %d rounds: accepted → committed %s"
                                    + " samples/s; median %,.0f%n",
                            LIVE_ROUNDS,
                            String.join(
                                    " / ",
                                    Arrays.stream(rates)
                                            .mapToObj(r -> String.format("%,.0f", r))
                                            .toList()),
                            sorted[LIVE_ROUNDS / 2]);
                }
            }
            if (!scale.writeOnly) spatial(db);
        }
    }

    /**
     * How much history each database gets: tags per signal kind (2 h each), and the write-rate
     * park.
     */
    record Scale(
            int tagsPerKind, int parkTags, int parkSeconds, double liveRate, boolean writeOnly) {}

    /** How long the live load runs before the write is measured beside it. */
    static final long LIVE_WARMUP_MS = 5_000;

    /** How long the live load's own cost is measured, before the write. */
    static final long LIVE_ALONE_MS = 3_000;

    /** Writes measured beside the live load (each of parkTags × parkSeconds samples). */
    static final int LIVE_ROUNDS = 3;

    static void spatial(Database db) throws Exception {
        GisRepository gis = new GisRepository(db);
        Random rnd = new Random(42);
        List<FeatureRecord> features = new ArrayList<>(FEATURES);
        for (int i = 0; i < FEATURES; i++) {
            double x = LON0 + rnd.nextDouble() * SPAN, y = LAT0 + rnd.nextDouble() * SPAN;
            Geometry g = i % 2 == 0 ? point(x, y) : square(x, y, 0.0003);
            features.add(
                    new FeatureRecord(
                            "B" + i,
                            "bench",
                            i % 2 == 0 ? "detector" : "tank",
                            "",
                            "",
                            null,
                            "{}",
                            g));
        }
        db.inTransaction(
                c -> {
                    gis.replaceLayer(
                            c,
                            new LayerRecord("bench", "基准", "bench", "bench", null, 9999, 0, 0),
                            features);
                    return null;
                });
        analyze(db, "features");
        double[] box = {0};
        double bboxMs =
                medianMs(
                        50,
                        () -> {
                            double x = LON0 + rnd.nextDouble() * SPAN * 0.9,
                                    y = LAT0 + rnd.nextDouble() * SPAN * 0.9;
                            box[0] +=
                                    gis.features(
                                                    "bench",
                                                    new Envelope4326(
                                                            x, y, x + SPAN / 10, y + SPAN / 10),
                                                    10_000,
                                                    0)
                                            .size();
                            return null;
                        });
        System.out.printf(
                "features by bbox (1 %% of the area, ~%.0f of %,d features): median %.2f ms%n",
                box[0] / 53, FEATURES, bboxMs);
        DbSpatialQueries dbq = new DbSpatialQueries(gis);
        double dbKnn =
                medianMs(
                        50,
                        () ->
                                dbq.nearest(
                                        LON0 + rnd.nextDouble() * SPAN,
                                        LAT0 + rnd.nextDouble() * SPAN,
                                        10,
                                        null));
        MemorySpatialIndex index = MemorySpatialIndex.of(gis.allFeatures());
        double memKnn =
                medianMs(
                        200,
                        () ->
                                index.nearest(
                                        LON0 + rnd.nextDouble() * SPAN,
                                        LAT0 + rnd.nextDouble() * SPAN,
                                        10,
                                        null));
        System.out.printf(
                "k nearest (k = 10): database median %.2f ms, in-memory index median %.3f ms%n",
                dbKnn, memKnn);
    }

    static double medianMs(int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < 3; i++) work.call();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    /** VACUUM (PostgreSQL) so table sizes count live rows only; H2 compacts on its own. */
    static void vacuum(Database db, String table) throws Exception {
        if (db.dialect() != Dialect.POSTGRESQL) return;
        db.withConnection(
                c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("VACUUM ANALYZE " + table);
                    }
                    return null;
                });
    }

    static void analyze(Database db, String table) throws Exception {
        if (db.dialect() != Dialect.POSTGRESQL) return;
        db.withConnection(
                c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("ANALYZE " + table);
                    }
                    return null;
                });
    }

    static Geometry point(double x, double y) {
        return GEOMETRY.createPoint(new Coordinate(x, y));
    }

    static Geometry square(double x, double y, double d) {
        return GEOMETRY.createPolygon(
                new Coordinate[] {
                    new Coordinate(x, y),
                    new Coordinate(x + d, y),
                    new Coordinate(x + d, y + d),
                    new Coordinate(x, y + d),
                    new Coordinate(x, y)
                });
    }

    static void admin(String server, String user, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server + "postgres", user, "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** The 1-minute load average (Linux), or "?" elsewhere. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
        return dflt;
    }
}
