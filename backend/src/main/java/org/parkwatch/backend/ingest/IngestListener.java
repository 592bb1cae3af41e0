package org.parkwatch.backend.ingest;

/**
 * Receives every batch after it has been applied to live state (history, alarms subscribe here).
 * Called on the ingest context, in seq order per bridge: an implementation must not block; one that
 * does I/O hands the batch to a worker (e.g. {@code vertx.executeBlocking} or a bounded queue) and
 * returns.
 */
@FunctionalInterface
public interface IngestListener {
    void batchApplied(AppliedBatch batch);
}
