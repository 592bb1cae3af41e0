package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.model.uplink.Sample;

/**
 * Chunked history against a real database: rollups, value-at, write-ahead recovery; run on H2GIS
 * and PostGIS.
 */
abstract class HistoryStoreContractTest {
    static final long HOUR = 3_600_000L, DAY = 86_400_000L;

    /** A UTC midnight some days ago (inside raw retention). */
    static final long DAY0 = Math.floorDiv(System.currentTimeMillis(), DAY) * DAY - 20 * DAY;

    @TempDir Path dir;

    protected abstract DatabaseOptions newDatabase(Path dir) throws Exception;

    /**
     * Samples every 10 s for {@code days} days: a decimal random walk, so every bucket has distinct
     * figures.
     */
    static List<Sample> walk(String tag, long from, int days, long seed) {
        Random rnd = new Random(seed);
        List<Sample> out = new ArrayList<>();
        double v = 50;
        for (long t = from; t < from + days * DAY; t += 10_000) {
            v = Math.round((v + rnd.nextGaussian()) * 100) / 100.0;
            out.add(Sample.of(tag, v, t));
        }
        return out;
    }

    /**
     * The trend computed here from the samples, bucket by bucket (independent of the repository's
     * code).
     */
    static List<Trend.Point> expected(List<Sample> samples, long from, long bucketMs, int buckets) {
        List<Trend.Point> out = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            long a = from + b * bucketMs;
            List<Sample> in =
                    samples.stream()
                            .filter(s -> s.sourceTimeMs() >= a && s.sourceTimeMs() < a + bucketMs)
                            .toList();
            if (in.isEmpty()) continue;
            double mn = Double.MAX_VALUE, mx = -Double.MAX_VALUE, sum = 0;
            for (Sample s : in) {
                mn = Math.min(mn, s.numeric());
                mx = Math.max(mx, s.numeric());
                sum += s.numeric();
            }
            out.add(
                    new Trend.Point(
                            a,
                            mn,
                            mx,
                            sum / in.size(),
                            in.get(in.size() - 1).numeric(),
                            in.size()));
        }
        return out;
    }

    static void assertTrend(List<Trend.Point> expected, Trend actual) {
        assertEquals(expected.size(), actual.points().size());
        for (int i = 0; i < expected.size(); i++) {
            Trend.Point e = expected.get(i), a = actual.points().get(i);
            assertEquals(e.t(), a.t());
            assertEquals(e.n(), a.n(), "count of bucket " + i);
            assertEquals(e.min(), a.min(), 0);
            assertEquals(e.max(), a.max(), 0);
            assertEquals(e.last(), a.last(), 0);
            assertEquals(e.avg(), a.avg(), 1e-9);
        }
    }

    @Test
    void rollupTrendsMatchTrendsComputedFromEverySample() throws Exception {
        try (Database db = Database.open(newDatabase(dir))) {
            HistoryRepository repo = new HistoryRepository(db);
            List<Sample> samples = walk("E01.TK101.TT", DAY0, 3, 1);
            // written in uneven slices, so rollup buckets and chunks are merged across commits
            for (int i = 0; i < samples.size(); i += 7_001)
                repo.write(samples.subList(i, Math.min(samples.size(), i + 7_001)));
            Trend hourly =
                    repo.trend(
                            "E01.TK101.TT", DAY0, DAY0 + 3 * DAY, 3); // 1-day buckets: 1-hour tier
            assertEquals(RollupTier.HOUR, RollupTier.pick(hourly.bucketMs()));
            assertTrend(expected(samples, DAY0, DAY, 3), hourly);
            Trend minutes =
                    repo.trend(
                            "E01.TK101.TT", DAY0, DAY0 + DAY, 48); // 30-min buckets: 1-minute tier
            assertEquals(RollupTier.MINUTE, RollupTier.pick(minutes.bucketMs()));
            assertTrend(expected(samples, DAY0, HOUR / 2, 48), minutes);
            Trend threeMinutes =
                    repo.trend(
                            "E01.TK101.TT",
                            DAY0,
                            DAY0 + DAY,
                            480); // 3-min buckets, on minute edges: 1-minute tier, exact
            assertEquals(RollupTier.MINUTE, RollupTier.pick(DAY0, threeMinutes.bucketMs()));
            assertTrend(expected(samples, DAY0, 3 * 60_000, 480), threeMinutes);
            Trend display = repo.trendAtMost("E01.TK101.TT", DAY0, DAY0 + DAY, 500);
            assertEquals("1m", display.tier(), "500 buckets a day snap to 480 from the rollups");
            assertEquals(180_000, display.bucketMs());
            assertTrend(expected(samples, DAY0, 3 * 60_000, 480), display);
            assertEquals(Trend.RAW, repo.trend("E01.TK101.TT", DAY0, DAY0 + DAY, 500).tier());
            Trend raw =
                    repo.trend(
                            "E01.TK101.TT",
                            DAY0 + 5_000,
                            DAY0 + HOUR,
                            100); // 35.95 s buckets: raw samples
            assertEquals(null, RollupTier.pick(DAY0 + 5_000, raw.bucketMs()));
            assertTrend(expected(samples, DAY0 + 5_000, raw.bucketMs(), 100), raw);
            assertEquals(samples.size(), repo.count("E01.TK101.TT", DAY0, DAY0 + 3 * DAY));
            assertEquals(samples.size(), repo.usage().samples());
            // maintenance merges the rows each commit appended into one row a chunk; trends stay
            long before = rollupRows(db);
            repo.maintain(DAY0 + 2 * DAY, 90); // compacts chunks of the last 2 chunk spans
            long after = rollupRows(db);
            assertTrue(after < before, "rows merged: " + before + " → " + after);
            assertEquals(
                    after,
                    (long)
                            db.<Long>withConnection(
                                    c -> {
                                        try (var rs =
                                                c.createStatement()
                                                        .executeQuery(
                                                                "SELECT COUNT(*) FROM (SELECT DISTINCT tier,"
                                                                        + " tag_id, start_ms FROM history_rollup) k")) {
                                            rs.next();
                                            return rs.getLong(1);
                                        }
                                    }),
                    "one row a (tier, tag, chunk)");
            assertTrend(
                    expected(samples, DAY0, DAY, 3),
                    repo.trend("E01.TK101.TT", DAY0, DAY0 + 3 * DAY, 3));
            assertTrend(
                    expected(samples, DAY0, HOUR / 2, 48),
                    repo.trend("E01.TK101.TT", DAY0, DAY0 + DAY, 48));
        }
    }

    static long rollupRows(Database db) throws Exception {
        return db.withConnection(
                c -> {
                    try (var rs =
                            c.createStatement()
                                    .executeQuery("SELECT COUNT(*) FROM history_rollup")) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    @Test
    void valueAtSeesChunksCommittedAfterItsKeysWereRead() throws Exception {
        try (Database db = Database.open(newDatabase(dir))) {
            HistoryRepository repo = new HistoryRepository(db);
            long at = DAY0 + 10 * HOUR + 5 * 60_000;
            repo.write(List.of(Sample.of("A", 1, at - 120_000)));
            assertEquals(Sample.of("A", 1, at - 120_000), repo.valueAt(List.of("A"), at).get("A"));
            repo.write(List.of(Sample.of("A", 2, at - 60_000))); // a later chunk
            assertEquals(Sample.of("A", 2, at - 60_000), repo.valueAt(List.of("A"), at).get("A"));
            repo.write(List.of(Sample.of("A", 3, at - 90_000))); // late, before the newest
            assertEquals(Sample.of("A", 2, at - 60_000), repo.valueAt(List.of("A"), at).get("A"));
            // a late chunk that spans the newest chunk's start: it holds the latest sample
            repo.write(List.of(Sample.of("A", 4, at - 150_000), Sample.of("A", 5, at - 30_000)));
            repo.write(List.of(Sample.of("A", 6, at + 1_000))); // after the instant
            Map<String, Sample> warm = repo.valueAt(List.of("A"), at);
            assertEquals(Sample.of("A", 5, at - 30_000), warm.get("A"));
            assertEquals(warm, new HistoryRepository(db).valueAt(List.of("A"), at), "cold = warm");
            assertEquals(
                    Sample.of("A", 6, at + 1_000), repo.valueAt(List.of("A"), at + 5_000).get("A"));
        }
    }

    @Test
    void valueAtGivesEachTagsLatestSampleAtOrBefore() throws Exception {
        try (Database db = Database.open(newDatabase(dir))) {
            HistoryRepository repo = new HistoryRepository(db);
            long at = DAY0 + 10 * HOUR + 30 * 60_000;
            repo.write(
                    List.of(
                            Sample.of("A", 1, at - 60_000),
                            Sample.of("A", 2, at),
                            Sample.of("A", 3, at + 1),
                            new Sample("B", "CLOSED", at - 3 * DAY, 0),
                            new Sample("B", "OPEN", at - 2 * DAY, 0),
                            Sample.of("D", 9, at + 1_000),
                            Sample.of("E", 5, at - 8 * DAY)));
            Map<String, Sample> v = repo.valueAt(List.of("A", "B", "C", "D", "E"), at);
            assertEquals(Sample.of("A", 2, at), v.get("A"));
            assertEquals(
                    new Sample("B", "OPEN", at - 2 * DAY, 0),
                    v.get("B"),
                    "a silent tag keeps its last value");
            assertFalse(v.containsKey("C"));
            assertFalse(v.containsKey("D"), "only a later sample");
            assertFalse(v.containsKey("E"), "beyond the 7-day look-back");
        }
    }

    @Test
    void samplesOfAnUnclosedWriterAreReplayedAndCommittedOnce() throws Exception {
        DatabaseOptions options =
                newDatabase(dir).withHistory(500, 3_600_000, 1_000_000, dir.resolve("wal"));
        try (Database db = Database.open(options)) {
            HistoryRepository first = new HistoryRepository(db);
            HistoryWriter crashed = new HistoryWriter(first, options, Clock.systemUTC());
            List<Sample> samples = walk("E02.GD01.GAS", DAY0, 1, 2).subList(0, 5_000);
            crashed.accept(samples.subList(0, 2_000));
            assertTrue(crashed.checkpoint());
            for (int i = 2_000; i < 5_000; i += 500) {
                crashed.acceptDurably(samples.subList(i, i + 500)).get(20, TimeUnit.SECONDS);
            }
            // the first writer is abandoned without close(): as after kill -9, only the log and the
            // database remain
            HistoryRepository second = new HistoryRepository(db);
            try (HistoryWriter restarted = new HistoryWriter(second, options, Clock.systemUTC())) {
                assertEquals(3_000, restarted.stats().recovered());
                assertEquals(samples, second.raw("E02.GD01.GAS", DAY0, DAY0 + DAY, 10_000));
                assertTrue(restarted.checkpoint());
                assertEquals(
                        5_000, new HistoryRepository(db).count("E02.GD01.GAS", DAY0, DAY0 + DAY));
                assertEquals(5_000, second.usage().samples(), "each sample stored once");
            }
            try (HistoryWriter again =
                    new HistoryWriter(new HistoryRepository(db), options, Clock.systemUTC())) {
                assertEquals(0, again.stats().recovered(), "committed segments are not replayed");
            }
        }
    }

    /**
     * Issue 19: a connection cut after the database committed a sealed set but before the writer
     * heard back makes the writer commit the same set again; it must not be stored twice.
     */
    @Test
    void aSetCommittedAgainAfterALostReplyIsStoredOnce() throws Exception {
        DatabaseOptions options = newDatabase(dir);
        try (Database db = Database.open(options)) {
            HistoryRepository history = new HistoryRepository(db);
            List<Sample> first = walk("E02.GD01.GAS", DAY0, 1, 3).subList(0, 1_000);
            List<Sample> next = walk("E02.GD01.GAS", DAY0, 1, 3).subList(1_000, 1_500);
            assertTrue(history.commit(HistoryRepository.byTag(first), "wal-lost-reply", 4) > 0);
            assertEquals(
                    0,
                    history.commit(HistoryRepository.byTag(first), "wal-lost-reply", 4),
                    "the retry finds its set committed");
            assertTrue(history.commit(HistoryRepository.byTag(next), "wal-lost-reply", 5) > 0);
            long[] times = history.storedTimes("E02.GD01.GAS", DAY0, DAY0 + DAY);
            assertEquals(1_500, times.length, "each sample stored once");
            for (int i = 1; i < times.length; i++) assertTrue(times[i] > times[i - 1]);
        }
    }

    /**
     * After a checkpoint deleted every segment, a restarted writer must number its new segments
     * above the checkpoint: segments at or below it count as committed and are neither replayed nor
     * committed.
     */
    @Test
    void aWriterRestartedAfterACleanCheckpointKeepsWhatItLogsNext() throws Exception {
        DatabaseOptions options =
                newDatabase(dir).withHistory(500, 3_600_000, 1_000_000, dir.resolve("wal"));
        List<Sample> samples = walk("E02.GD01.GAS", DAY0, 1, 4).subList(0, 3_000);
        try (Database db = Database.open(options)) {
            try (HistoryWriter w =
                    new HistoryWriter(new HistoryRepository(db), options, Clock.systemUTC())) {
                for (int i = 0; i < 2_000; i += 500) {
                    w.acceptDurably(samples.subList(i, i + 500)).get(20, TimeUnit.SECONDS);
                    assertTrue(w.checkpoint());
                }
            }
            HistoryWriter crashed =
                    new HistoryWriter(new HistoryRepository(db), options, Clock.systemUTC());
            crashed.acceptDurably(samples.subList(2_000, 3_000)).get(20, TimeUnit.SECONDS);
            // abandoned without close(), as after kill -9
            HistoryRepository after = new HistoryRepository(db);
            try (HistoryWriter restarted = new HistoryWriter(after, options, Clock.systemUTC())) {
                assertEquals(1_000, restarted.stats().recovered());
                assertTrue(restarted.checkpoint());
                assertEquals(samples, after.raw("E02.GD01.GAS", DAY0, DAY0 + DAY, 10_000));
                assertEquals(3_000, after.usage().samples(), "each sample stored once");
            }
        }
    }
}
