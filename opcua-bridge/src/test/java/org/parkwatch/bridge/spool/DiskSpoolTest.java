package org.parkwatch.bridge.spool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.config.BridgeConfig.FsyncPolicy;

class DiskSpoolTest {
    private static final long MB = 1024 * 1024;

    @TempDir Path dir;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long append(DiskSpool spool, String s) throws IOException {
        return spool.append(seq -> text(s + "#" + seq));
    }

    @Test
    void pendingBatchesComeBackInOrderUntilAcked() throws IOException {
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.EVERY_BATCH)) {
            assertEquals(0, append(spool, "a"));
            assertEquals(1, append(spool, "b"));
            assertEquals(2, append(spool, "c"));
            spool.ack(0);
            List<SpooledBatch> pending = spool.pendingAfter(-1, 10);
            assertEquals(List.of(1L, 2L), pending.stream().map(SpooledBatch::seq).toList());
            assertArrayEquals(text("b#1"), pending.get(0).payload());
            assertEquals(1, spool.pendingAfter(1, 10).size());
            assertEquals(2, spool.pendingCount());
        }
    }

    @Test
    void sequenceAndUnackedBatchesSurviveReopen() throws IOException {
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.EVERY_BATCH)) {
            for (int i = 0; i < 5; i++) append(spool, "x");
            spool.ack(0);
            spool.ack(1);
        }
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.EVERY_BATCH)) {
            assertEquals(1, spool.ackedSeq());
            assertEquals(
                    List.of(2L, 3L, 4L),
                    spool.pendingAfter(-1, 10).stream().map(SpooledBatch::seq).toList());
            assertEquals(5, append(spool, "y"));
            for (long s = 2; s <= 5; s++) spool.ack(s);
            assertEquals(0, spool.pendingCount());
        }
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.NONE)) {
            assertEquals(
                    6, append(spool, "z"), "sequence continues after every batch was acknowledged");
        }
    }

    @Test
    void outOfOrderAcksAdvanceOnlyTheContiguousPrefix() throws IOException {
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.NONE)) {
            for (int i = 0; i < 4; i++) append(spool, "x");
            spool.ack(2);
            assertEquals(-1, spool.ackedSeq());
            spool.ack(0);
            spool.ack(1);
            assertEquals(2, spool.ackedSeq());
            assertEquals(
                    List.of(3L),
                    spool.pendingAfter(-1, 10).stream().map(SpooledBatch::seq).toList());
        }
    }

    @Test
    void corruptTailRecordIsTruncatedNotFatal() throws IOException {
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.EVERY_BATCH)) {
            for (int i = 0; i < 3; i++) append(spool, "record-" + i);
        }
        Path seg = segments().get(0);
        long goodSize = Files.size(seg);
        // a crash mid-write: a fourth record whose header promises more bytes than were written
        try (FileChannel ch =
                FileChannel.open(seg, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.allocate(20).putInt(100).putLong(3).putInt(7).flip());
        }
        // and a flipped bit in the third record's payload
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'X'}), goodSize - 6);
        }
        try (DiskSpool spool = DiskSpool.open(dir, 8 * MB, FsyncPolicy.EVERY_BATCH)) {
            assertEquals(
                    List.of(0L, 1L),
                    spool.pendingAfter(-1, 10).stream().map(SpooledBatch::seq).toList());
            assertTrue(spool.truncatedBytes() > 20, "truncated " + spool.truncatedBytes());
            assertEquals(
                    2,
                    append(spool, "after"),
                    "appending works after recovery and reuses the lost seq");
            assertArrayEquals(text("after#2"), spool.pendingAfter(1, 10).get(0).payload());
        }
    }

    @Test
    void fullSpoolDropsOldestSegmentAndCountsTheLoss() throws IOException {
        byte[] payload = new byte[100 * 1024];
        try (DiskSpool spool = DiskSpool.open(dir, MB, FsyncPolicy.NONE)) {
            for (int i = 0; i < 30; i++) spool.append(seq -> payload);
            assertTrue(spool.sizeBytes() <= MB, "size " + spool.sizeBytes());
            assertTrue(spool.droppedBatches() > 0);
            long pending = spool.pendingCount();
            assertEquals(
                    30,
                    pending + spool.droppedBatches(),
                    "every batch is either still pending or counted lost");
            List<SpooledBatch> left = spool.pendingAfter(-1, 100);
            assertEquals(29, left.get(left.size() - 1).seq(), "the newest batches are kept");
        }
    }

    @Test
    void acknowledgedSegmentsAreDeleted() throws IOException {
        byte[] payload = new byte[30 * 1024];
        try (DiskSpool spool = DiskSpool.open(dir, MB, FsyncPolicy.NONE)) {
            for (int i = 0; i < 20; i++) spool.append(seq -> payload);
            int before = segments().size();
            for (long s = 0; s < 20; s++) spool.ack(s);
            assertTrue(before > 2);
            assertEquals(1, segments().size(), "only the open tail segment remains");
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".spool")).sorted().toList();
        }
    }

    @Test
    void theEpochIsKeptAcrossReopeningAndNewWhenTheSpoolIsLost(@TempDir Path root)
            throws IOException {
        Path spoolDir = root.resolve("spool");
        String epoch;
        try (DiskSpool s = DiskSpool.open(spoolDir, 1 << 20, FsyncPolicy.EVERY_BATCH)) {
            epoch = s.epoch();
            s.append(seq -> new byte[] {1});
        }
        assertTrue(epoch.matches("[0-9a-f]{16}"), epoch);
        try (DiskSpool s = DiskSpool.open(spoolDir, 1 << 20, FsyncPolicy.EVERY_BATCH)) {
            assertEquals(epoch, s.epoch(), "a restart keeps the epoch");
        }
        try (Stream<Path> files = Files.list(spoolDir)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        try (DiskSpool s = DiskSpool.open(spoolDir, 1 << 20, FsyncPolicy.EVERY_BATCH)) {
            assertNotEquals(epoch, s.epoch(), "a lost spool starts a new epoch");
            assertEquals(0, s.append(seq -> new byte[] {2}), "and its sequence starts again at 0");
        }
    }
}
