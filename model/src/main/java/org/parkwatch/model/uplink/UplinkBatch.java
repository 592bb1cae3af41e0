package org.parkwatch.model.uplink;

import java.util.List;

/**
 * A batch of samples that one bridge sends to the park in one MQTT message. The sequence number
 * grows by one per batch and per bridge across bridge restarts (the spool keeps it), so the park
 * can drop batches it has already applied. The epoch names the spool the sequence belongs to: a new
 * spool (the old one lost) starts a new epoch at seq 0, so the park can tell a restarted sequence
 * from a replay.
 *
 * @param epoch the sequence's epoch, 1–64 characters of {@code [A-Za-z0-9_-]}; null from a bridge
 *     that has none
 */
public record UplinkBatch(
        String enterpriseId,
        String bridgeId,
        long seq,
        long sentMs,
        List<Sample> samples,
        String epoch) {

    public UplinkBatch {
        UplinkTopics.requireSegment("enterpriseId", enterpriseId);
        UplinkTopics.requireSegment("bridgeId", bridgeId);
        if (seq < 0) throw new IllegalArgumentException("seq must be >= 0, was " + seq);
        if (epoch != null && !epoch.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException(
                    "epoch must be 1-64 characters of A-Z a-z 0-9 _ -, was '" + epoch + "'");
        }
        samples = List.copyOf(samples);
    }

    /** A batch without an epoch (a bridge of before issue 19, tests, load generators). */
    public UplinkBatch(
            String enterpriseId, String bridgeId, long seq, long sentMs, List<Sample> samples) {
        this(enterpriseId, bridgeId, seq, sentMs, samples, null);
    }
}
