package org.parkwatch.backend.ingest;

import java.util.List;
import org.parkwatch.model.uplink.Sample;

/**
 * A batch as the park applied it: only the samples that passed validation (known tag of this
 * enterprise, right value type), in payload order.
 *
 * @param sentMs the bridge's send time, epoch milliseconds
 * @param receivedMs when the backend applied it, epoch milliseconds
 */
public record AppliedBatch(
        String enterpriseId,
        String bridgeId,
        long seq,
        long sentMs,
        long receivedMs,
        List<Sample> samples) {}
