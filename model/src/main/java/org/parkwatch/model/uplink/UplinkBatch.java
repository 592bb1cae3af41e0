package org.parkwatch.model.uplink;

import java.util.List;

/**
 * A batch of samples that one bridge sends to the park in one MQTT message.
 * The sequence number grows by one per batch and per bridge across bridge restarts (the spool keeps it),
 * so the park can drop batches it has already applied.
 */
public record UplinkBatch(String enterpriseId, String bridgeId, long seq, long sentMs, List<Sample> samples) {

    public UplinkBatch {
        UplinkTopics.requireSegment("enterpriseId", enterpriseId);
        UplinkTopics.requireSegment("bridgeId", bridgeId);
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0, was " + seq);
        samples = List.copyOf(samples);
    }
}
