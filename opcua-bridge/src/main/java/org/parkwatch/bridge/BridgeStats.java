package org.parkwatch.bridge;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Counters of one bridge since it started, for the status line, the benchmark and {@code /status}.
 * All counts are totals (monotonic) except {@link #spooledBytes()} and {@link #pendingBatches()},
 * which are gauges.
 */
public final class BridgeStats {
    final AtomicLong samplesRead = new AtomicLong();
    final AtomicLong badSamples = new AtomicLong();
    final AtomicLong batchesSpooled = new AtomicLong();
    final AtomicLong batchesPublished = new AtomicLong();
    final AtomicLong batchesReplayed = new AtomicLong();
    final AtomicLong mqttConnects = new AtomicLong();
    private volatile LongSupplier spooledBytes = () -> 0;
    private volatile LongSupplier pendingBatches = () -> 0;
    private volatile LongSupplier droppedBatches = () -> 0;

    /** Samples received from OPC UA (notifications, reads and bad-status reports). */
    public long samplesRead() {
        return samplesRead.get();
    }

    /** Samples whose status is Bad (server away, node unknown…). */
    public long badSamples() {
        return badSamples.get();
    }

    public long batchesSpooled() {
        return batchesSpooled.get();
    }

    /** Batches the broker acknowledged (PUBACK). */
    public long batchesPublished() {
        return batchesPublished.get();
    }

    /**
     * Batches sent again after a broker reconnect (spooled while away, or in flight when the link
     * broke).
     */
    public long batchesReplayed() {
        return batchesReplayed.get();
    }

    /** Batches lost because the spool was full (each is also logged at ERROR). */
    public long batchesDropped() {
        return droppedBatches.getAsLong();
    }

    public long mqttConnects() {
        return mqttConnects.get();
    }

    /** Bytes currently in the spool's segment files. */
    public long spooledBytes() {
        return spooledBytes.getAsLong();
    }

    /** Batches on disk not yet acknowledged by the broker. */
    public long pendingBatches() {
        return pendingBatches.getAsLong();
    }

    public void countSamples(int n, int bad) {
        samplesRead.addAndGet(n);
        badSamples.addAndGet(bad);
    }

    public void countSpooled() {
        batchesSpooled.incrementAndGet();
    }

    public void countPublished() {
        batchesPublished.incrementAndGet();
    }

    public void countReplayed(int n) {
        batchesReplayed.addAndGet(n);
    }

    public void countMqttConnect() {
        mqttConnects.incrementAndGet();
    }

    public void bindSpool(LongSupplier bytes, LongSupplier pending, LongSupplier dropped) {
        this.spooledBytes = bytes;
        this.pendingBatches = pending;
        this.droppedBatches = dropped;
    }

    @Override
    public String toString() {
        return "samples="
                + samplesRead()
                + " bad="
                + badSamples()
                + " spooled="
                + batchesSpooled()
                + " published="
                + batchesPublished()
                + " replayed="
                + batchesReplayed()
                + " dropped="
                + batchesDropped()
                + " pending="
                + pendingBatches()
                + " spoolBytes="
                + spooledBytes();
    }
}
