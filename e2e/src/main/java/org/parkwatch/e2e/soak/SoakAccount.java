package org.parkwatch.e2e.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.model.uplink.Sample;

/**
 * Accounts for every batch the bridges created ({@link SoakLedgers}) against the park's history: a
 * batch is stored when every one of its samples (tag and source time) is in the history. A batch
 * missing from the history is lost, except (a) batches still in a bridge's spool at the end (sent
 * later, not lost) and (b) the unsent tail of an epoch whose spool the soak deleted: what that
 * spool held when it was deleted is the known loss of that fault. Batches of an epoch reach the
 * park in order, so that tail is what follows the epoch's last stored batch; a missing batch before
 * it is a loss.
 */
public final class SoakAccount {
    /** The result; {@link #ok()} when nothing was lost, duplicated or out of order. */
    public record Tally(
            long batches,
            long samples,
            long stored,
            long lostBatches,
            long lostSamples,
            long duplicated,
            long outOfOrder,
            long knownLossBatches,
            long stillSpooled,
            int epochs,
            String firstLoss) {
        public boolean ok() {
            return lostBatches == 0 && duplicated == 0 && outOfOrder == 0;
        }
    }

    private SoakAccount() {}

    /**
     * @param deletedEpochs "bridge/epoch" of the spools the soak deleted
     * @param stillSpooled "bridge/epoch" → sequence numbers left in spools at the end
     * @param seqGapLines lines of the backend's logs reporting a sequence gap (a batch applied
     *     after a later one)
     */
    static Tally account(
            List<SoakLedgers.Epoch> ledgers,
            HistoryRepository history,
            Collection<String> allTags,
            Set<String> deletedEpochs,
            Map<String, Set<Long>> stillSpooled,
            long seqGapLines)
            throws SQLException {
        Map<String, long[]> stored = new HashMap<>();
        long uniqueStored = 0;
        for (String tag : allTags) {
            List<Sample> s = history.raw(tag, 0, Long.MAX_VALUE / 4, Integer.MAX_VALUE);
            long[] times = new long[s.size()];
            for (int i = 0; i < times.length; i++) times[i] = s.get(i).sourceTimeMs();
            Arrays.sort(times);
            stored.put(tag, times);
            uniqueStored += times.length;
        }
        // the history reads one sample a timestamp; more stored than read is a sample kept twice
        long duplicated = Math.max(0, history.usage().samples() - uniqueStored);

        long batches = 0, samples = 0, storedBatches = 0, lost = 0, lostSamples = 0;
        long known = 0, spooled = 0, outOfOrder = seqGapLines;
        String firstLoss = null;
        for (SoakLedgers.Epoch e : ledgers) {
            String key = e.bridge() + "/" + e.epoch();
            Set<Long> left = stillSpooled.getOrDefault(key, Set.of());
            List<SoakLedgers.Batch> list = e.batches();
            int lastStored = -1;
            boolean[] in = new boolean[list.size()];
            for (int i = 0; i < list.size(); i++) {
                SoakLedgers.Batch b = list.get(i);
                if (i > 0 && b.seq() <= list.get(i - 1).seq()) outOfOrder++; // created out of order
                in[i] = missing(b, stored) == 0;
                if (in[i]) lastStored = i;
            }
            boolean deleted = deletedEpochs.contains(key);
            for (int i = 0; i < list.size(); i++) {
                SoakLedgers.Batch b = list.get(i);
                batches++;
                samples += b.size();
                if (in[i]) {
                    storedBatches++;
                } else if (left.contains(b.seq())) {
                    spooled++;
                } else if (deleted && i > lastStored) {
                    known++;
                } else {
                    lost++;
                    lostSamples += missing(b, stored);
                    if (firstLoss == null)
                        firstLoss = key + " seq " + b.seq() + " (" + b.size() + " samples)";
                }
            }
        }
        return new Tally(
                batches,
                samples,
                storedBatches,
                lost,
                lostSamples,
                duplicated,
                outOfOrder,
                known,
                spooled,
                ledgers.size(),
                firstLoss);
    }

    private static int missing(SoakLedgers.Batch b, Map<String, long[]> stored) {
        int n = 0;
        for (int i = 0; i < b.size(); i++) {
            long[] times = stored.get(b.tags()[i]);
            if (times == null || Arrays.binarySearch(times, b.times()[i]) < 0) n++;
        }
        return n;
    }

    /** Lines of the backend's log that report a sequence gap. */
    static long seqGapLines(Path backendLog) throws IOException {
        if (!Files.exists(backendLog)) return 0;
        try (var lines = Files.lines(backendLog)) {
            return lines.filter(l -> l.contains("seq gap")).count();
        }
    }
}
