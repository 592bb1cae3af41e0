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
 * signal kind of {@link ParkSignals} (full-hour chunks, table + out-of-line storage + indexes), the
 * write rate of a 100,000-tag park through the write-ahead log and a checkpoint, a 24 h trend of
 * one 1 Hz tag, a 1-year trend from the 1-hour rollups, and the value at one instant of every tag
 * of the signal set.
 */
final class HistoryBench {
    static final long HOUR = 3_600_000L, DAY = 86_400_000L;

    private final Database db;
    private final HistoryRepository repo;
    private final long day0;

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
                    "bytes/sample %-13s %,d tags × %d h at 1 Hz: %.2f bytes/sample raw (%,d bytes on disk for %,d samples)%n",
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
        double ms =
                StoreBench.medianMs(
                        20, () -> last[0] = repo.trend("BENCH.TREND", day0, day0 + DAY, 500));
        System.out.printf(
                "trend 24 h of one 1 Hz tag (86,400 samples → %d buckets, raw chunks): median %.1f ms%n",
                last[0].points().size(), ms);
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
        double ms =
                StoreBench.medianMs(
                        20,
                        () -> last[0] = repo.trend("BENCH.YEAR", start, start + 365 * DAY, 500));
        System.out.printf(
                "trend 1 year (1 sample/min, 500 buckets of %.1f h from the 1-hour rollups): median %.1f ms%n",
                last[0].bucketMs() / 3.6e6, ms);
    }

    void valueAt(int tagsPerKind) throws Exception {
        List<String> tags = new ArrayList<>();
        for (ParkSignals.Kind kind : ParkSignals.Kind.values()) {
            for (int i = 0; i < tagsPerKind; i++) tags.add("SIG." + kind + "." + i);
        }
        long at = day0 + HOUR + 1_800_000L;
        int[] found = {0};
        double ms = StoreBench.medianMs(10, () -> found[0] = repo.valueAt(tags, at).size());
        System.out.printf(
                "value at one instant of %,d tags (%,d found, hour chunks of 3,600 samples): median %.1f ms%n",
                tags.size(), found[0], ms);
    }

    /**
     * parkTags tags × parkSeconds at 1 Hz in batches of 10,000 through the write-ahead log, then
     * one checkpoint.
     */
    void writeRate(int parkTags, int parkSeconds, Path walDir, DatabaseOptions options)
            throws Exception {
        List<List<Sample>> batches = new ArrayList<>();
        List<Sample> batch = new ArrayList<>(10_000);
        ParkSignals.Kind[] kinds = {
            ParkSignals.Kind.ANALOG, ParkSignals.Kind.STEPS, ParkSignals.Kind.DISCRETE
        };
        List<ParkSignals> park = new ArrayList<>(parkTags);
        for (int i = 0; i < parkTags; i++) park.add(new ParkSignals("PARK.T" + i, kinds[i % 3], i));
        long t0 = day0 + 3 * HOUR;
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
        DatabaseOptions wo =
                options.withHistory(options.batchSize(), 3_600_000, Integer.MAX_VALUE, walDir);
        long samples = (long) parkTags * parkSeconds;
        try (HistoryWriter writer = new HistoryWriter(repo, wo, Clock.systemUTC())) {
            long start = System.nanoTime();
            CompletableFuture<Long> lastDurable = null;
            for (List<Sample> b : batches) lastDurable = writer.acceptDurably(b);
            lastDurable.get(10, TimeUnit.MINUTES);
            double durableS = (System.nanoTime() - start) / 1e9;
            long commitStart = System.nanoTime();
            long cpu0 = processCpuNanos();
            if (!writer.checkpoint())
                throw new IllegalStateException("checkpoint failed: " + writer.stats().lastError());
            double commitS = (System.nanoTime() - commitStart) / 1e9;
            double commitCpuS = (processCpuNanos() - cpu0) / 1e9;
            double s = (System.nanoTime() - start) / 1e9;
            long committed = writer.stats().written();
            System.out.printf(
                    "write %,d tags × %d s = %,d samples: durable in the write-ahead log after %.2f s"
                            + " (%,.0f samples/s); %,d samples committed as %,d chunks + rollups in"
                            + " %.2f s (%,.0f samples/s; this JVM used %.2f CPU-seconds for it, the"
                            + " database's own CPU not counted); accepted → committed %,.0f samples/s%n",
                    parkTags,
                    parkSeconds,
                    samples,
                    durableS,
                    samples / durableS,
                    committed,
                    writer.stats().chunksWritten(),
                    commitS,
                    committed / commitS,
                    commitCpuS,
                    committed / s);
        }
    }

    /** CPU time of this JVM so far (all threads), nanoseconds; 0 where not available. */
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }
}
