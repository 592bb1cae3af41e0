package org.parkwatch.e2e.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.history.HistoryRepository;

/**
 * Accounts for every batch the bridges created ({@link SoakLedgers}) against the park's history: a
 * batch is stored when every one of its samples (tag and source time) is in the history. A batch
 * missing from the history is lost, except (a) batches still in a bridge's spool at the end (sent
 * later, not lost) and (b) the unsent tail of an epoch whose spool the soak deleted: what that
 * spool held when it was deleted is the known loss of that fault. Batches of an epoch reach the
 * park in order, so that tail is what follows the epoch's last stored batch; a missing batch before
 * it is a loss.
 *
 * <p>Duplicates are counted from the copies the history stores, repeats included ({@link
 * HistoryRepository#storedTimes}), against the created batches: a reading (tag and source time)
 * that the bridges created in {@code k} batches and the history holds {@code c > k} times was
 * stored {@code c - k} times too often — a batch applied twice. Each created batch (bridge, epoch,
 * seq) with such a reading is a duplicated batch. A reading the bridges themselves created more
 * than once (the integrity refresh re-sends an unchanged value with its source time) and the
 * history holds more than once is counted apart ({@code repeatedReadings}): no batch was applied
 * twice, but the sample is stored twice. Repeats of readings no ledger holds (the load's) are
 * counted apart too ({@code otherRepeats}).
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
            long duplicatedBatches,
            long repeatedReadings,
            long otherRepeats,
            long outOfOrder,
            long knownLossBatches,
            long stillSpooled,
            int epochs,
            String firstLoss,
            List<Excess> excesses) {
        public boolean ok() {
            return lostBatches == 0
                    && duplicated == 0
                    && duplicatedBatches == 0
                    && repeatedReadings == 0
                    && outOfOrder == 0;
        }
    }

    /**
     * A reading the history holds {@code stored} times though the bridges created it in only {@code
     * created} batches — {@code carriers} ("bridge/epoch/seq"), in creation order — or, when {@code
     * stored > 1} and {@code created > 1}, a repeated reading (the bridges sent it twice).
     */
    public record Excess(String tag, long timeMs, int stored, int created, List<String> carriers) {
        public boolean duplicated() {
            return stored > created;
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
        long allRepeats = 0;
        for (String tag : allTags) {
            long[] times = history.storedTimes(tag, 0, Long.MAX_VALUE / 4);
            stored.put(tag, times);
            for (int i = 1; i < times.length; i++) if (times[i] == times[i - 1]) allRepeats++;
        }
        Map<String, long[]> created = createdTimes(ledgers);
        // per distinct created reading: c copies stored, k created batches carrying it
        long duplicated = 0, repeatedReadings = 0, ledgerRepeats = 0;
        Map<String, Map<Long, int[]>> over = new HashMap<>(); // tag → time → {c, k}
        for (Map.Entry<String, long[]> e : created.entrySet()) {
            long[] mine = e.getValue();
            long[] times = stored.getOrDefault(e.getKey(), new long[0]);
            for (int i = 0; i < mine.length; ) {
                int j = i;
                while (j < mine.length && mine[j] == mine[i]) j++;
                int k = j - i;
                int c = count(times, mine[i]);
                if (c > 1) ledgerRepeats += c - 1;
                if (c > 1)
                    over.computeIfAbsent(e.getKey(), x -> new java.util.TreeMap<>())
                            .put(mine[i], new int[] {c, k});
                duplicated += Math.max(0, c - k);
                repeatedReadings += Math.max(0, Math.min(c, k) - 1);
                i = j;
            }
        }
        long otherRepeats = allRepeats - ledgerRepeats;

        long batches = 0, samples = 0, storedBatches = 0, lost = 0, lostSamples = 0;
        long known = 0, spooled = 0, outOfOrder = seqGapLines;
        String firstLoss = null;
        long duplicatedBatches = 0;
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
                if (appliedTwice(b, stored, created)) duplicatedBatches++;
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
        List<Excess> excesses = excesses(ledgers, over);
        return new Tally(
                batches,
                samples,
                storedBatches,
                lost,
                lostSamples,
                duplicated,
                duplicatedBatches,
                repeatedReadings,
                otherRepeats,
                outOfOrder,
                known,
                spooled,
                ledgers.size(),
                firstLoss,
                excesses);
    }

    /** Every reading stored more than once, with the created batches that carry it. */
    private static List<Excess> excesses(
            List<SoakLedgers.Epoch> ledgers, Map<String, Map<Long, int[]>> over) {
        Map<String, Map<Long, List<String>>> carriers = new HashMap<>();
        for (SoakLedgers.Epoch e : ledgers)
            for (SoakLedgers.Batch b : e.batches())
                for (int i = 0; i < b.size(); i++) {
                    Map<Long, int[]> times = over.get(b.tags()[i]);
                    if (times == null || !times.containsKey(b.times()[i])) continue;
                    carriers.computeIfAbsent(b.tags()[i], x -> new HashMap<>())
                            .computeIfAbsent(b.times()[i], x -> new java.util.ArrayList<>())
                            .add(e.bridge() + "/" + e.epoch() + "/" + b.seq());
                }
        List<Excess> out = new java.util.ArrayList<>();
        over.forEach(
                (tag, times) ->
                        times.forEach(
                                (t, ck) ->
                                        out.add(
                                                new Excess(
                                                        tag,
                                                        t,
                                                        ck[0],
                                                        ck[1],
                                                        carriers.get(tag).get(t)))));
        out.sort(Comparator.comparingLong(Excess::timeMs));
        return out;
    }

    /** Every created reading's source time by tag, sorted, a reading created twice listed twice. */
    private static Map<String, long[]> createdTimes(List<SoakLedgers.Epoch> ledgers) {
        Map<String, long[]> out = new HashMap<>();
        Map<String, Integer> used = new HashMap<>();
        for (SoakLedgers.Epoch e : ledgers)
            for (SoakLedgers.Batch b : e.batches())
                for (int i = 0; i < b.size(); i++) {
                    String tag = b.tags()[i];
                    long[] a = out.get(tag);
                    int n = used.getOrDefault(tag, 0);
                    if (a == null || n == a.length)
                        out.put(tag, a = Arrays.copyOf(a == null ? new long[0] : a, n * 2 + 16));
                    a[n] = b.times()[i];
                    used.put(tag, n + 1);
                }
        out.replaceAll(
                (tag, a) -> {
                    long[] t = Arrays.copyOf(a, used.get(tag));
                    Arrays.sort(t);
                    return t;
                });
        return out;
    }

    /** How often {@code t} occurs in the sorted {@code times}. */
    static int count(long[] times, long t) {
        int at = Arrays.binarySearch(times, t);
        if (at < 0) return 0;
        int lo = at, hi = at;
        while (lo > 0 && times[lo - 1] == t) lo--;
        while (hi + 1 < times.length && times[hi + 1] == t) hi++;
        return hi - lo + 1;
    }

    /** True when one of the batch's readings is stored more often than batches created it. */
    private static boolean appliedTwice(
            SoakLedgers.Batch b, Map<String, long[]> stored, Map<String, long[]> created) {
        for (int i = 0; i < b.size(); i++) {
            String tag = b.tags()[i];
            long t = b.times()[i];
            if (count(stored.getOrDefault(tag, new long[0]), t) > count(created.get(tag), t))
                return true;
        }
        return false;
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
