package org.parkwatch.backend.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parkwatch.backend.ingest.SeqHighWater.Verdict.APPLY;
import static org.parkwatch.backend.ingest.SeqHighWater.Verdict.DUPLICATE;
import static org.parkwatch.backend.ingest.SeqHighWater.Verdict.JUMP_REFUSED;
import static org.parkwatch.backend.ingest.SeqHighWater.Verdict.NEW_EPOCH;
import static org.parkwatch.backend.ingest.SeqHighWater.Verdict.RETIRED_EPOCH;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sequence epochs and the poisoning guard of issue 19, D1. */
class SeqHighWaterTest {
    private static final String K = "E05/E05-B1";
    @TempDir Path dir;

    @Test
    void aNewEpochStartingAtZeroIsAcceptedWhereTheOldOneWouldBeADuplicate() throws Exception {
        SeqHighWater marks = new SeqHighWater(null);
        marks.put(K, "aaaa", 1978);
        assertEquals(DUPLICATE, marks.check(K, "aaaa", 0), "same epoch: a replay");
        assertEquals(
                NEW_EPOCH, marks.check(K, "bbbb", 0), "the probe's case: spool lost, restart at 0");
        marks.put(K, "bbbb", 0);
        assertEquals(APPLY, marks.check(K, "bbbb", 1));
        assertEquals(
                RETIRED_EPOCH,
                marks.check(K, "aaaa", 1979),
                "a late batch of the lost spool is no new epoch");
    }

    @Test
    void aMarkRecoveredFromTheLogRaisesALaggingFileButNeverLowersANewerOne() throws Exception {
        SeqHighWater marks = new SeqHighWater(null);
        marks.put(K, "aaaa", 5); // the file lags: batches 6..8 were durable, not acknowledged
        marks.recover(K, "aaaa", 8);
        assertEquals(DUPLICATE, marks.check(K, "aaaa", 8), "resent after the crash: not applied");
        marks.recover(K, "aaaa", 3);
        assertEquals(8, marks.get(K), "an older log mark changes nothing");

        marks.recover(K, "bbbb", 2); // a new spool began after the file was written
        assertEquals("bbbb", marks.epoch(K));
        assertEquals(DUPLICATE, marks.check(K, "bbbb", 2));
        assertEquals(RETIRED_EPOCH, marks.check(K, "aaaa", 9), "the old epoch is retired");

        marks.recover(K, "aaaa", 40); // the file is newer: the log's epoch is a retired one
        assertEquals("bbbb", marks.epoch(K));
        assertEquals(2, marks.get(K));

        marks.recover("E05/E05-B9", null, 12); // a bridge the file never saw
        assertEquals(DUPLICATE, marks.check("E05/E05-B9", null, 12));
    }

    @Test
    void oneBatchFarAboveTheMarkIsRefusedAndDoesNotMoveIt() throws Exception {
        SeqHighWater marks = new SeqHighWater(null);
        marks.put(K, "aaaa", 1978);
        assertEquals(
                JUMP_REFUSED, marks.check(K, "aaaa", 1_000_000), "the probe's poisoning batch");
        assertEquals(1978, marks.get(K));
        assertEquals(APPLY, marks.check(K, "aaaa", 1979), "the real bridge goes on");
        assertEquals(
                JUMP_REFUSED,
                marks.check(K, "cccc", 1_000_000),
                "a forged new epoch far from 0 too");
    }

    @Test
    void aJumpContinuedByTheNextBatchIsAnOverflowedSpoolAndAccepted() throws Exception {
        SeqHighWater marks = new SeqHighWater(null);
        marks.put(K, "aaaa", 10);
        long far = 10 + SeqHighWater.MAX_SEQ_JUMP + 5;
        assertEquals(JUMP_REFUSED, marks.check(K, "aaaa", far));
        assertEquals(APPLY, marks.check(K, "aaaa", far + 1));
    }

    @Test
    void epochsAndRetiredOnesSurviveAReload() throws Exception {
        Path file = dir.resolve(SeqHighWater.FILE_NAME);
        SeqHighWater marks = new SeqHighWater(file);
        marks.put(K, "aaaa", 5);
        marks.put(K, "bbbb", 0);
        marks.put("E01/E01-B1", 41);
        marks.write(marks.takeSnapshotIfDirty());
        SeqHighWater reloaded = new SeqHighWater(file);
        assertEquals("bbbb", reloaded.epoch(K));
        assertEquals(0, reloaded.get(K));
        assertEquals(41, reloaded.get("E01/E01-B1"));
        assertEquals(RETIRED_EPOCH, reloaded.check(K, "aaaa", 6));
    }
}
