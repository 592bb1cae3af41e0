package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class OpenColumnsTest {
    static final long T0 = 1_780_000_200_000L;

    /**
     * More samples than a block holds, of tags arriving interleaved and in runs, with statuses and
     * texts only in some blocks, some late and some repeated times: grouped by tag, each tag's
     * samples are exactly those added, in arrival order; the queries answer as a plain list would.
     */
    @Test
    void groupsAndQueriesAcrossBlocksAsTheSamplesArrived() {
        OpenColumns open = new OpenColumns();
        Map<String, List<Sample>> expected = new LinkedHashMap<>();
        int total = OpenColumns.BLOCK * 2 + 12_345;
        List<Sample> batch = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String tag = "T" + (i % 7 == 0 ? 1000 + i / 50_000 : i % 97);
            long t = T0 + (i / 97) * 1_000L - (i % 13 == 0 ? 30_000 : 0); // some late
            Object v =
                    i > OpenColumns.BLOCK && i % 1_001 == 0
                            ? "OPEN"
                            : i % 5 == 0 ? Boolean.valueOf(i % 2 == 0) : i * 0.25;
            long status = i > 2 * OpenColumns.BLOCK && i % 777 == 0 ? 0x40000000L : 0;
            Sample s = new Sample(tag, i % 999 == 0 ? null : v, t, status);
            batch.add(s);
            expected.computeIfAbsent(tag, k -> new ArrayList<>()).add(s);
            if (batch.size() == 4_096 || i == total - 1) {
                open.add(batch);
                batch = new ArrayList<>();
            }
        }
        assertEquals(total, open.size());
        assertEquals(expected.size(), open.tags());

        // queries before the set is grouped
        for (String tag : List.of("T3", "T1000", "T96", "T1004")) {
            List<Sample> all = expected.get(tag);
            long from = T0 + 500_000, to = T0 + 1_500_000;
            List<Sample> inRange =
                    all.stream()
                            .filter(s -> s.sourceTimeMs() >= from && s.sourceTimeMs() < to)
                            .toList();
            assertEquals(inRange, open.samples(tag, from, to), tag);
            Sample latest = null;
            for (Sample s : inRange)
                if (latest == null || s.sourceTimeMs() >= latest.sourceTimeMs()) latest = s;
            assertEquals(latest, open.latest(tag, from, to), tag);
        }
        assertEquals(List.of(), open.samples("NOPE", 0, Long.MAX_VALUE));
        assertNull(open.latest("NOPE", 0, Long.MAX_VALUE));

        Map<String, List<Sample>> byTag = open.byTag();
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(byTag.keySet()));
        for (Map.Entry<String, List<Sample>> e : expected.entrySet())
            assertEquals(e.getValue(), byTag.get(e.getKey()), e.getKey());
        assertEquals(byTag, open.byTag()); // made once, the same answer again
        // the arrival columns stay for queries while the set waits for its commit
        assertEquals(expected.get("T5"), open.samples("T5", 0, Long.MAX_VALUE));
        assertThrows(
                IllegalStateException.class, () -> open.add(List.of(Sample.of("T5", 1.0, T0))));
    }

    @Test
    void latestOfEqualTimesIsTheOneThatArrivedLast() {
        OpenColumns open = new OpenColumns();
        open.add(List.of(Sample.of("A", 1.0, T0 + 2_000), Sample.of("A", 2.0, T0 + 1_000)));
        open.add(List.of(Sample.of("A", 3.0, T0 + 2_000), Sample.of("A", 4.0, T0)));
        assertEquals(Sample.of("A", 3.0, T0 + 2_000), open.latest("A", T0, T0 + 10_000));
        assertEquals(Sample.of("A", 2.0, T0 + 1_000), open.latest("A", T0, T0 + 2_000));
        assertNull(open.latest("A", T0 + 3_000, T0 + 10_000));
    }

    /** Two sealed sets and the open one: of equal times the later set's sample is the latest. */
    @Test
    void openChunksLatestPrefersTheLaterSetOfEqualTimes() {
        OpenChunks chunks = new OpenChunks();
        chunks.add(List.of(Sample.of("A", 1.0, T0 + 5_000)));
        chunks.seal(0, 1);
        chunks.add(List.of(Sample.of("A", 2.0, T0 + 5_000), Sample.of("A", 9.0, T0)));
        chunks.seal(1, 2);
        chunks.add(List.of(Sample.of("A", 7.0, T0 + 1_000)));
        assertEquals(Sample.of("A", 2.0, T0 + 5_000), chunks.latest("A", T0, T0 + 10_000));
        assertEquals(Sample.of("A", 7.0, T0 + 1_000), chunks.latest("A", T0, T0 + 2_000));
        assertEquals(
                List.of(
                        Sample.of("A", 1.0, T0 + 5_000),
                        Sample.of("A", 2.0, T0 + 5_000),
                        Sample.of("A", 9.0, T0),
                        Sample.of("A", 7.0, T0 + 1_000)),
                chunks.samples("A", 0, Long.MAX_VALUE));
    }

    /**
     * Samples replayed from the log at start (no numbers), then appended with their numbers in the
     * current segment's dictionary, then in a segment that numbered the tags otherwise: each tag
     * keeps one set of columns.
     */
    @Test
    void samplesNumberedByTheLogsDictionaryLandWithTheirTag() {
        OpenColumns open = new OpenColumns();
        Map<String, List<Sample>> expected = new LinkedHashMap<>();
        List<Sample> replayed = List.of(Sample.of("B", 1.0, T0), Sample.of("A", 2.0, T0));
        open.add(replayed);
        replayed.forEach(s -> expected.computeIfAbsent(s.tagId(), k -> new ArrayList<>()).add(s));
        for (long segment = 7; segment <= 8; segment++) {
            org.parkwatch.backend.history.wal.TagIndex log =
                    new org.parkwatch.backend.history.wal.TagIndex();
            if (segment == 8) log.add("C"); // numbered differently in the next segment
            for (int round = 0; round < 3; round++) {
                List<Sample> batch = new ArrayList<>();
                for (String tag : List.of("A", "C", "C", "B", "D"))
                    batch.add(Sample.of(tag, round + segment, T0 + 1_000L * (round + 1)));
                int[] numbers = new int[batch.size() + 3];
                for (int i = 0; i < batch.size(); i++) numbers[i] = log.add(batch.get(i).tagId());
                open.add(batch, numbers, segment);
                batch.forEach(
                        s -> expected.computeIfAbsent(s.tagId(), k -> new ArrayList<>()).add(s));
            }
        }
        assertEquals(4, open.tags());
        assertEquals(expected, open.byTag());
        assertEquals(expected.get("C"), open.samples("C", 0, Long.MAX_VALUE));
    }
}
