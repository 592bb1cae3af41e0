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
}
