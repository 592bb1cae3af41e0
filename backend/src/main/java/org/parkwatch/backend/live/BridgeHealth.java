package org.parkwatch.backend.live;

import org.parkwatch.model.uplink.FeedStatus;

/**
 * What the park knows about one bridge of an enterprise: connection state, last batch, lag and
 * rate.
 */
public final class BridgeHealth {
    /** State before any status message or batch arrived. */
    public static final String UNKNOWN = "unknown";

    private final String bridgeId;
    private final RateMeter rate;
    String state = UNKNOWN;
    long stateMs;
    long lastBatchMs;
    long lastSeq = -1;
    long lagMs;
    long duplicatesDropped;
    long gaps;
    long rejectedSamples;
    long seqResets;

    /** OPC UA servers up / configured, from the bridge's last status message; -1 = not reported. */
    int serversUp = -1;

    int servers = -1;
    long seqResetMs;

    BridgeHealth(String bridgeId, long nowMs) {
        this.bridgeId = bridgeId;
        this.rate = new RateMeter(nowMs);
    }

    public String bridgeId() {
        return bridgeId;
    }

    /** online, offline, lost or unknown. */
    public String state() {
        return state;
    }

    public boolean isOnline() {
        return FeedStatus.ONLINE.equals(state);
    }

    /** Online with at least one of its OPC UA servers up (or not reporting servers). */
    public boolean isServing() {
        return isOnline() && (servers <= 0 || serversUp != 0);
    }

    /** OPC UA servers up as the bridge last reported, -1 when it did not. */
    public int serversUp() {
        return serversUp;
    }

    /** When the state last changed (or the bridge was first expected), epoch ms. */
    public long stateMs() {
        return stateMs;
    }

    /** When the bridge's last batch was applied, epoch milliseconds; 0 = never. */
    public long lastBatchMs() {
        return lastBatchMs;
    }

    /** Sequence number of the last applied batch; -1 = none since the backend started. */
    public long lastSeq() {
        return lastSeq;
    }

    /** Receive time minus the newest source time of the last batch, milliseconds. */
    public long lagMs() {
        return lagMs;
    }

    public double samplesPerS() {
        return rate.perSecond();
    }

    public long duplicatesDropped() {
        return duplicatesDropped;
    }

    /** Batches missing between consecutive applied batches (seq jumps). */
    public long gaps() {
        return gaps;
    }

    public long rejectedSamples() {
        return rejectedSamples;
    }

    /** Times this bridge's sequence restarted in a new epoch since the backend started. */
    public long seqResets() {
        return seqResets;
    }

    /** When the last sequence reset was seen, epoch ms; 0 = never. */
    public long seqResetMs() {
        return seqResetMs;
    }

    RateMeter rate() {
        return rate;
    }
}
