package org.parkwatch.backend.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.backend.history.HistoryUsage;
import org.parkwatch.backend.history.HistoryWriter;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;

/**
 * The history figures of {@code ./parkwatch bench store} (issue 13): disk bytes per sample for each
 * signal kind of {@link ParkSignals} (10-minute chunks, table + out-of-line storage + indexes), the
 * write rate of a 100,000-tag park through the write-ahead log and a checkpoint, a 24 h trend of
 * one 1 Hz tag, a 1-year trend from the 1-hour rollups, and the value at one instant of every tag
 * of the signal set.
 */
final class HistoryBench {
    static final long HOUR = 3_600_000L, DAY = 86_400_000L;

    private final Database db;
    private final HistoryRepository repo;
    private final long day0;
    private boolean warmingUp; // writeRate prints nothing while set

    HistoryBench(Database db, long day0) {
        this.db = db;
        this.repo = new HistoryRepository(db);
        this.day0 = day0;
    }

    void run(int tagsPerKind, int parkTags, int parkSeconds, Path walDir, DatabaseOptions options)
            throws Exception {
        bytesPerSample(tagsPerKind, 2);
        trend24h();
        trendYear();
        valueAt(tagsPerKind);
        writeRate(parkTags, parkSeconds, walDir, options);
        HistoryUsage u = repo.usage();
        System.out.printf(
                "history on disk: raw %,d chunks, %,d samples, %,d bytes; rollups 1 min %,d bytes, 1 h %,d bytes%n",
                u.chunks(), u.samples(), u.rawBytes(), u.minuteBytes(), u.hourBytes());
    }

    /**
     * Each kind alone in an emptied chunk table: tagsPerKind tags × hours h at 1 Hz, written an
     * hour of all tags at a time (full-hour chunks); then the disk size of the table with its
     * out-of-line storage and index, after VACUUM, over the samples. (Differences of the size
     * before and after each kind are not reliable: freed and preallocated pages are counted.)
     */
    void bytesPerSample(int tagsPerKind, int hours) throws Exception {
        for (ParkSignals.Kind kind : ParkSignals.Kind.values()) {
            truncate();
            List<ParkSignals> tags = new ArrayList<>();
            for (int i = 0; i < tagsPerKind; i++)
                tags.add(new ParkSignals("SIG." + kind + "." + i, kind, i));
            long n = 0;
            for (int h = 0; h < hours; h++) {
                List<Sample> hour = new ArrayList<>(tagsPerKind * 3600);
                for (ParkSignals s : tags)
                    for (int sec = 0; sec < 3600; sec++)
                        hour.add(s.at(day0 + h * HOUR + sec * 1000L));
                repo.write(hour);
                n += hour.size();
            }
            HistoryUsage after = usage();
            System.out.printf(
                    "bytes/sample %-13s %,d tags × %d h at 1 Hz, 10-minute chunks: %.2f bytes/sample raw (%,d bytes on disk for %,d samples)%n",
                    kind, tagsPerKind, hours, (double) after.rawBytes() / n, after.rawBytes(), n);
        }
        truncate();
        // the value-at figure reads one hour of every tag of every kind
        for (ParkSignals.Kind kind : ParkSignals.Kind.values()) {
            List<Sample> hour = new ArrayList<>(tagsPerKind * 3600);
            for (int i = 0; i < tagsPerKind; i++) {
                ParkSignals s = new ParkSignals("SIG." + kind + "." + i, kind, i);
                for (int sec = 0; sec < 3600; sec++) hour.add(s.at(day0 + HOUR + sec * 1000L));
            }
            repo.write(hour);
        }
    }

    private void truncate() throws Exception {
        db.withConnection(
                c -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("TRUNCATE TABLE history_chunk");
                        st.execute("TRUNCATE TABLE history_rollup");
                    }
                    return null;
                });
    }

    private HistoryUsage usage() throws Exception {
        StoreBench.vacuum(db, "history_chunk");
        if (db.dialect() == org.parkwatch.backend.platform.db.Dialect.H2) {
            db.withConnection( // H2 counts the pages written to the file: write them all first
                    c -> {
                        try (java.sql.Statement st = c.createStatement()) {
                            st.execute("CHECKPOINT SYNC");
                        }
                        return null;
                    });
        }
        return repo.usage();
    }

    void trend24h() throws Exception {
        ParkSignals s = new ParkSignals("BENCH.TREND", ParkSignals.Kind.ANALOG, 99);
        for (int h = 0; h < 24; h++) {
            List<Sample> hour = new ArrayList<>(3600);
            for (int sec = 0; sec < 3600; sec++) hour.add(s.at(day0 + h * HOUR + sec * 1000L));
            repo.write(hour);
        }
        StoreBench.analyze(db, "history_chunk");
        Trend[] last = new Trend[1];
        Timing ms = timed(20, () -> last[0] = repo.trend("BENCH.TREND", day0, day0 + DAY, 500));
        System.out.printf(
                "trend 24 h of one 1 Hz tag (86,400 samples in 144 chunks → %d buckets, raw chunks): %s%n",
                last[0].points().size(), ms);
        // what /api/history answers for 500 buckets: at most 500, snapped to 3-minute buckets on
        // minute edges, which the 1-minute rollups tile exactly (the same figures as the raw path)
        ms = timed(20, () -> last[0] = repo.trendAtMost("BENCH.TREND", day0, day0 + DAY, 500));
        System.out.printf(
                "trend 24 h of the same tag, at most 500 buckets as /api/history answers (%d buckets of %.0f s, tier %s): %s%n",
                last[0].points().size(), last[0].bucketMs() / 1e3, last[0].tier(), ms);
    }

    void trendYear() throws Exception {
        ParkSignals s = new ParkSignals("BENCH.YEAR", ParkSignals.Kind.ANALOG, 7);
        long start = day0 - 365 * DAY;
        for (int d = 0; d < 365; d++) {
            List<Sample> day = new ArrayList<>(1440);
            for (int m = 0; m < 1440; m++) day.add(s.at(start + d * DAY + m * 60_000L));
            repo.write(day);
        }
        StoreBench.analyze(db, "history_rollup");
        Trend[] last = new Trend[1];
        Timing ms =
                timed(20, () -> last[0] = repo.trend("BENCH.YEAR", start, start + 365 * DAY, 500));
        System.out.printf(
                "trend 1 year (1 sample/min, 500 buckets of %.1f h from the 1-hour rollups): %s%n",
                last[0].bucketMs() / 3.6e6, ms);
    }

    void valueAt(int tagsPerKind) throws Exception {
        List<String> tags = new ArrayList<>();
        for (ParkSignals.Kind kind : ParkSignals.Kind.values()) {
            for (int i = 0; i < tagsPerKind; i++) tags.add("SIG." + kind + "." + i);
        }
        long at = day0 + HOUR + 1_800_000L;
        int[] found = {0};
        // the first query reads the tags' chunk keys around the instant into the directory
        HistoryRepository cold = new HistoryRepository(db);
        long t0 = System.nanoTime();
        cold.valueAt(tags, at);
        double coldMs = (System.nanoTime() - t0) / 1e6;
        Timing ms = timed(10, () -> found[0] = repo.valueAt(tags, at).size());
        System.out.printf(
                "value at one instant of %,d tags (%,d found, 10-minute chunks of 600 samples): %s;"
                        + " first query (chunk keys read): %.1f ms%n",
                tags.size(), found[0], ms, coldMs);
        // another instant 7 min 30 s into a chunk: decoded up to the middle of each chunk
        long mid = at + 450_000L;
        ms = timed(10, () -> found[0] = repo.valueAt(tags, mid).size());
        System.out.printf(
                "value at another instant of the same %,d tags (%,d found, mid-chunk): %s%n",
                tags.size(), found[0], ms);
    }

    /**
     * An unmeasured write of the same park (hour 11 of the bench day), so that the JIT has compiled
     * the write path before the figures: a park's backend runs for months, and the first seconds of
     * a JVM are not what it sustains (the chunk encoder alone runs 8 times slower before it is
     * compiled; after a fifth of the park the commit still cost twice the CPU of a warm one).
     */
    void warmUp(int parkTags, int parkSeconds, Path walDir, DatabaseOptions options)
            throws Exception {
        warmingUp = true;
        try {
            writeRate(parkTags, parkSeconds, walDir, options, 11, null);
        } finally {
            warmingUp = false;
        }
    }

    /**
     * parkTags tags × parkSeconds at 1 Hz in batches of 10,000 through the write-ahead log, then
     * one checkpoint.
     */
    double writeRate(int parkTags, int parkSeconds, Path walDir, DatabaseOptions options)
            throws Exception {
        return writeRate(parkTags, parkSeconds, walDir, options, 3, null);
    }

    /**
     * The write figure from hour {@code startHour} of the bench day; with {@code live} (the park's
     * ingest and alarms running in this process), also the live load's applied rate over the same
     * time. Returns the rate from accepted to committed, samples/s.
     */
    double writeRate(
            int parkTags,
            int parkSeconds,
            Path walDir,
            DatabaseOptions options,
            int startHour,
            LiveLoad live)
            throws Exception {
        List<List<Sample>> batches = new ArrayList<>();
        List<Sample> batch = new ArrayList<>(10_000);
        ParkSignals.Kind[] kinds = {
            ParkSignals.Kind.ANALOG, ParkSignals.Kind.STEPS, ParkSignals.Kind.DISCRETE
        };
        List<ParkSignals> park = new ArrayList<>(parkTags);
        for (int i = 0; i < parkTags; i++) park.add(new ParkSignals("PARK.T" + i, kinds[i % 3], i));
        long t0 = day0 + startHour * HOUR;
        for (int sec = 0; sec < parkSeconds; sec++) {
            for (ParkSignals s : park) {
                batch.add(s.at(t0 + sec * 1000L));
                if (batch.size() == 10_000) {
                    batches.add(batch);
                    batch = new ArrayList<>(10_000);
                }
            }
        }
        if (!batch.isEmpty()) batches.add(batch);
        // the bench's own input (6 M samples made just now) would otherwise be copied by the young
        // collections of the measured window: in a running park samples arrive and die young
        System.gc();
        DatabaseOptions wo =
                options.withHistory(options.batchSize(), 3_600_000, Integer.MAX_VALUE, walDir);
        long samples = (long) parkTags * parkSeconds;
        try (HistoryWriter writer = new HistoryWriter(repo, wo, Clock.systemUTC())) {
            double applied0 = live == null ? 0 : live.applied();
            long published0 = live == null ? 0 : live.published();
            List<Long> pids = serverPids();
            long durableCpu0 = processCpuNanos();
            long gc0 = gcMillis();
            long start = System.nanoTime();
            CompletableFuture<Long> lastDurable = null;
            for (List<Sample> b : batches) lastDurable = writer.acceptDurably(b);
            lastDurable.get(10, TimeUnit.MINUTES);
            double durableS = (System.nanoTime() - start) / 1e9;
            long commitStart = System.nanoTime();
            long gc1 = gcMillis();
            long cpu0 = processCpuNanos();
            double durableCpuS = (cpu0 - durableCpu0) / 1e9;
            long db0 = serverCpuNanos(pids);
            if (!writer.checkpoint())
                throw new IllegalStateException("checkpoint failed: " + writer.stats().lastError());
            double commitS = (System.nanoTime() - commitStart) / 1e9;
            double commitCpuS = (processCpuNanos() - cpu0) / 1e9;
            double commitDbCpuS = (serverCpuNanos(pids) - db0) / 1e9;
            long gc2 = gcMillis();
            double s = (System.nanoTime() - start) / 1e9;
            long committed = writer.stats().written();
            if (live != null && !warmingUp) {
                System.out.printf(
                        "while the park's ingest and alarms ran in this process: %,.0f samples/s"
                                + " published over MQTT, %,.0f samples/s applied (ingest → live"
                                + " state → write-ahead log → alarm evaluation; paced at %,.0f)%n",
                        (live.published() - published0) / s,
                        (live.applied() - applied0) / s,
                        live.samplesPerSecond);
            }
            if (!warmingUp)
                System.out.printf(
                        (live == null ? "" : "with ingest and alarms running: ")
                                + "write %,d tags × %d s = %,d samples: durable in the write-ahead log after %.2f s"
                                + " (%,.0f samples/s; CPU %.2f s in this JVM%s; collectors %.2f s); %,d"
                                + " samples committed as %,d chunks + rollups in %.2f s (%,.0f samples/s;"
                                + " CPU %.2f s in this JVM + %.2f s in the database server; collectors"
                                + " %.2f s); accepted → committed %,.0f samples/s%n",
                        parkTags,
                        parkSeconds,
                        samples,
                        durableS,
                        samples / durableS,
                        durableCpuS,
                        live == null ? "" : ", the live backend included",
                        (gc1 - gc0) / 1e3,
                        committed,
                        writer.stats().chunksWritten(),
                        commitS,
                        committed / commitS,
                        commitCpuS,
                        commitDbCpuS,
                        (gc2 - gc1) / 1e3,
                        committed / s);
            return committed / s;
        }
    }

    /**
     * A query's median wall time, and its mean CPU time a run: this JVM's (all threads) and the
     * database server's (PostgreSQL's processes serving the bench database, when they run on this
     * machine). On a machine shared with other work the wall time grows with the load; the CPU time
     * is what the query costs.
     */
    record Timing(double medianMs, double jvmCpuMs, double dbCpuMs) {
        @Override
        public String toString() {
            return String.format(
                    "median %.1f ms (CPU a query: %.1f ms in this JVM's threads + %.1f ms in the database server)",
                    medianMs, jvmCpuMs, dbCpuMs);
        }
    }

    Timing timed(int runs, java.util.concurrent.Callable<?> work) throws Exception {
        for (int i = 0; i < 3; i++) work.call();
        List<Long> pids = serverPids();
        long jvm0 = threadCpuNanos(), db0 = serverCpuNanos(pids);
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        long jvm = threadCpuNanos() - jvm0, dbCpu = serverCpuNanos(pids) - db0;
        java.util.Arrays.sort(ms);
        return new Timing(ms[runs / 2], jvm / 1e6 / runs, dbCpu / 1e6 / runs);
    }

    /** PostgreSQL: the processes serving the bench database (the pool's connections). */
    private List<Long> serverPids() throws Exception {
        if (db.dialect() != org.parkwatch.backend.platform.db.Dialect.POSTGRESQL) return List.of();
        return db.withConnection(
                c -> {
                    List<Long> out = new ArrayList<>();
                    String url = c.getMetaData().getURL();
                    if (!url.contains("//127.0.0.1") && !url.contains("//localhost")) return out;
                    try (var rs =
                            c.createStatement()
                                    .executeQuery(
                                            "SELECT pid FROM pg_stat_activity"
                                                    + " WHERE datname = current_database()")) {
                        while (rs.next()) out.add(rs.getLong(1));
                    }
                    return out;
                });
    }

    /**
     * User + system CPU of these processes from /proc (Linux, same machine; clock ticks of 10 ms),
     * nanoseconds; 0 for those not readable.
     */
    private static long serverCpuNanos(List<Long> pids) {
        long ticks = 0;
        for (long pid : pids) {
            try {
                String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (Exception e) { // another machine, or the process has gone: not counted
            }
        }
        return ticks * 10_000_000L;
    }

    /**
     * CPU time of this JVM's live threads (the caller's and the decoding pool's; not the garbage
     * collector's or the JIT compiler's, which catch up on earlier phases of the bench),
     * nanoseconds.
     */
    static long threadCpuNanos() {
        java.lang.management.ThreadMXBean mx =
                java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t > 0) sum += t;
        }
        return sum;
    }

    /** Time the garbage collectors have reported so far (pauses and their threads), ms. */
    static long gcMillis() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans())
            ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    /** CPU time of this JVM so far (all threads), nanoseconds; 0 where not available. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
