package org.parkwatch.backend.history.wal;

/**
 * Which uplink batch a write-ahead record holds: the bridge ({@code enterpriseId/bridgeId}), the
 * epoch of its sequence (null for a bridge without epochs) and the batch's seq. Stored with the
 * batch's samples in one record, so that after a crash the log itself says which batches are
 * already durable (issue 19): a bridge that sends such a batch again gets it acknowledged as a
 * duplicate instead of applied twice.
 */
public record BatchMark(String bridgeKey, String epoch, long seq) {
    public BatchMark {
        if (bridgeKey == null || bridgeKey.isEmpty())
            throw new IllegalArgumentException("bridgeKey must be enterpriseId/bridgeId");
    }
}
