package org.parkwatch.backend.history.wal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.model.uplink.Sample;

class WriteAheadLogTest {
    @TempDir Path dir;

    static List<Sample> batch(int from, int n) {
        List<Sample> b = new ArrayList<>();
        for (int i = from; i < from + n; i++) b.add(Sample.of("T" + (i % 3), i * 0.5, 1_000L * i));
        return b;
    }

    static List<Sample> replayAll(WriteAheadLog wal, long after) throws IOException {
        List<Sample> out = new ArrayList<>();
        wal.replay(after, Long.MAX_VALUE, out::addAll);
        return out;
    }

    @Test
    void compactRecordsNameEachTagOncePerSegmentAndReplayExactly() throws Exception {
        List<Sample> first =
                List.of(
                        Sample.of("PARK.T1", 1.5, 1_700_000_000_000L),
                        Sample.of("PARK.T2", -0.0, 1_700_000_000_000L),
                        new Sample("PARK.T1", "阀门开", 1_699_999_999_000L, 0x80310000L),
                        Sample.of("PARK.T3", Double.NEGATIVE_INFINITY, Long.MIN_VALUE / 2));
        List<Sample> second = // tags of the first record again, and a new one
                List.of(
                        Sample.of("PARK.T2", 2, 1_700_000_001_000L),
                        new Sample("PARK.T4", false, 1_700_000_001_000L, 0),
                        new Sample("PARK.T1", null, Long.MAX_VALUE / 2, 0xFFFFFFFFL));
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            wal.appendAndSync(first);
            long sizeAfterFirst = wal.sizeBytes();
            wal.appendAndSync(second);
            assertTrue(
                    wal.sizeBytes() - sizeAfterFirst < 8 + 4 + 1 + 1 + 3 * 14 + 8,
                    "the second record names only its new tag");
            wal.rotate().done().get(10, TimeUnit.SECONDS);
            wal.appendAndSync(second); // a new segment: its dictionary starts empty
        }
        try (WriteAheadLog again = WriteAheadLog.open(dir)) {
            List<Sample> expected = new ArrayList<>(first);
            expected.addAll(second);
            assertEquals(expected, replayAll(again, 0).subList(0, expected.size()));
            List<Sample> second2 = new ArrayList<>();
            again.replay(1, 2, second2::addAll);
            assertEquals(second, second2, "the second segment replays on its own");
        }
    }

    @Test
    void durableBatchesAreReplayedByTheNextProcessInOrder() throws Exception {
        List<Sample> kinds =
                List.of(
                        new Sample("A", true, 1, 0),
                        new Sample("A", "开", 2, 0x40000000L),
                        new Sample("A", null, 3, Sample.BAD_NO_COMMUNICATION),
                        Sample.of("A", Double.NaN, 4));
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            assertEquals(1, wal.appendAndSync(batch(0, 10)));
            wal.appendAndSync(kinds);
        }
        try (WriteAheadLog again = WriteAheadLog.open(dir)) {
            List<Sample> expected = new ArrayList<>(batch(0, 10));
            expected.addAll(kinds);
            assertEquals(expected, replayAll(again, 0));
            assertEquals(
                    2,
                    again.currentSegment(),
                    "a reopened log appends after the existing segments");
        }
    }

    @Test
    void marksOfDurableBatchesOutliveTheirSegmentsAndACrash() throws Exception {
        BatchMark b1First = new BatchMark("T01/T01-B1", "e1", 7);
        BatchMark b2 = new BatchMark("T01/T01-B2", null, 3);
        BatchMark b1Next = new BatchMark("T01/T01-B1", "e1", 8);
        WriteAheadLog dying = WriteAheadLog.open(dir); // never closed: the process is killed
        try {
            dying.append(batch(0, 5), b1First).get(10, TimeUnit.SECONDS);
            dying.append(List.of(), b2).get(10, TimeUnit.SECONDS); // nothing new, still a mark
            WriteAheadLog.Rotation r = dying.rotate();
            r.done().get(10, TimeUnit.SECONDS);
            dying.deleteThrough(r.closedSegment()); // committed elsewhere: its records are gone
            dying.append(batch(5, 5), b1Next).get(10, TimeUnit.SECONDS);

            try (WriteAheadLog again = WriteAheadLog.open(dir)) {
                List<Sample> samples = new ArrayList<>();
                List<BatchMark> marks = new ArrayList<>();
                again.replay(0, Long.MAX_VALUE, samples::addAll, marks::add);
                assertEquals(batch(5, 5), samples, "only the segment not yet deleted");
                assertEquals(
                        List.of(b1First, b2, b1Next),
                        marks,
                        "the deleted segment's marks, carried on, then the newer one");
                again.restoreMarks(marks);
                assertEquals(List.of(b1Next, b2), again.marks(), "the newest a bridge");
            }
        } finally {
            dying.close();
        }
    }

    @Test
    void rotationSplitsSegmentsAndCommittedOnesAreDeleted() throws Exception {
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            wal.append(batch(0, 5));
            WriteAheadLog.Rotation r = wal.rotate();
            assertEquals(1, r.closedSegment());
            assertEquals(2, wal.appendAndSync(batch(5, 5)));
            r.done().get(10, TimeUnit.SECONDS);
            assertEquals(List.of(1L, 2L), wal.segments());
            assertEquals(batch(5, 5), replayAll(wal, 1));
            long before = wal.sizeBytes();
            wal.deleteThrough(1);
            assertEquals(List.of(2L), wal.segments());
            assertTrue(wal.sizeBytes() < before);
            wal.deleteThrough(5); // the segment being written is never deleted
            assertEquals(List.of(2L), wal.segments());
        }
    }

    @Test
    void aTornLastRecordEndsReplayAndEarlierRecordsSurvive() throws Exception {
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            wal.appendAndSync(batch(0, 4));
            wal.appendAndSync(batch(4, 4));
        }
        Path seg = dir.resolve("wal-00000000000000000001.log");
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(seg) - 3);
        }
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            assertEquals(batch(0, 4), replayAll(wal, 0));
        }
    }

    @Test
    void aCorruptRecordIsNotReplayed() throws Exception {
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            wal.appendAndSync(batch(0, 4));
            wal.appendAndSync(batch(4, 4));
        }
        Path seg = dir.resolve("wal-00000000000000000001.log");
        byte[] bytes = Files.readAllBytes(seg);
        bytes[bytes.length - 2] ^= 0x10; // inside the second record's payload
        Files.write(seg, bytes);
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            assertEquals(batch(0, 4), replayAll(wal, 0));
        }
    }

    @Test
    void concurrentAppendsAllCompleteAndAllAreReplayed() throws Exception {
        int threads = 8, each = 200;
        List<CompletableFuture<Long>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (WriteAheadLog wal = WriteAheadLog.open(dir)) {
            List<java.util.concurrent.Future<List<CompletableFuture<Long>>>> submitted =
                    new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int base = t * each;
                submitted.add(
                        pool.submit(
                                () -> {
                                    List<CompletableFuture<Long>> mine = new ArrayList<>();
                                    for (int i = 0; i < each; i++)
                                        mine.add(wal.append(batch(base + i, 1)));
                                    return mine;
                                }));
            }
            for (var s : submitted) futures.addAll(s.get());
            for (CompletableFuture<Long> f : futures) assertEquals(1L, f.get(30, TimeUnit.SECONDS));
            System.out.printf("%d appends, %d fsyncs%n", futures.size(), wal.syncCount());
            List<Sample> all = replayAll(wal, 0);
            assertEquals(threads * each, all.size());
            assertEquals(threads * each, all.stream().map(Sample::sourceTimeMs).distinct().count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClosedLogRefusesAppends() throws Exception {
        WriteAheadLog wal = WriteAheadLog.open(dir);
        wal.close();
        ExecutionException e =
                assertThrows(ExecutionException.class, () -> wal.append(batch(0, 1)).get());
        assertTrue(e.getCause().getMessage().contains("is closed"), e.getCause().getMessage());
    }
}
