package org.parkwatch.backend.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.parkwatch.model.uplink.Sample;

/**
 * Where an applied batch becomes durable before the uplink acknowledges it (the history's
 * write-ahead log, issue 19). The batch's identity is stored with its samples, so that after a
 * crash the store can say which batches it already holds ({@link IngestPipeline#recoverMark}).
 */
@FunctionalInterface
public interface DurableStore {
    /** Keeps nothing: every batch counts as durable at once. */
    DurableStore NONE = (bridgeKey, epoch, seq, samples) -> CompletableFuture.completedFuture(null);

    /**
     * Stores the new samples of batch {@code seq} of {@code bridgeKey} ({@code
     * enterpriseId/bridgeId}, epoch null for a bridge without epochs); {@code samples} may be empty
     * (a batch that brought nothing new still moves the mark). Must not block: the future completes
     * once the batch is on disk.
     */
    CompletableFuture<?> store(String bridgeKey, String epoch, long seq, List<Sample> samples);
}
