package org.parkwatch.backend.history;

import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * Samples accepted but not yet committed as chunks (held by the {@link HistoryWriter}); queries
 * merge them in.
 */
public interface OpenSamples {
    /** No open samples (a repository without a writer). */
    OpenSamples NONE = (tagId, fromMs, toMs) -> List.of();

    /**
     * Open samples of {@code tagId} in [fromMs, toMs), any order, possibly with repeated
     * timestamps.
     */
    List<Sample> samples(String tagId, long fromMs, long toMs);

    /**
     * The open sample of {@code tagId} in [fromMs, toMs) with the latest time (of equal times the
     * one accepted last), or null: what a value-at needs, without a sample object for each of the
     * others.
     */
    default Sample latest(String tagId, long fromMs, long toMs) {
        Sample best = null;
        for (Sample s : samples(tagId, fromMs, toMs))
            if (best == null || s.sourceTimeMs() >= best.sourceTimeMs()) best = s;
        return best;
    }
}
