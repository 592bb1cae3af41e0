package org.parkwatch.backend.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * Merges the samples of one tag from several sources (chunks, then open samples) into one series
 * sorted by source time with one sample a timestamp: among equal timestamps the one from the later
 * source wins, as in {@link org.parkwatch.backend.history.codec.ChunkCodec#normalise}.
 */
final class SampleMerge {
    private SampleMerge() {}

    static List<Sample> merge(List<Sample> all) {
        boolean increasing = true;
        for (int i = 1; i < all.size() && increasing; i++) {
            increasing = all.get(i).sourceTimeMs() > all.get(i - 1).sourceTimeMs();
        }
        if (increasing) return all;
        List<Sample> sorted = new ArrayList<>(all);
        sorted.sort(
                Comparator.comparingLong(Sample::sourceTimeMs)); // stable: later sources stay later
        List<Sample> out = new ArrayList<>(sorted.size());
        for (Sample s : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).sourceTimeMs() == s.sourceTimeMs()) out.set(last, s);
            else out.add(s);
        }
        return out;
    }
}
