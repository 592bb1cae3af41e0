package org.parkwatch.backend.ingest;

import org.parkwatch.model.uplink.UplinkTopics;

/**
 * The topic rule of the uplink (issue 7): a bridge publishes only its own samples and status
 * topics, {@code parkwatch/v1/<its enterprise>/<its bridgeId>/samples|status}. Which tags a batch
 * may carry is checked per sample by the {@link IngestPipeline} (a tag of another enterprise is
 * refused), in embedded and external mode. Pure logic.
 */
public final class UplinkAcl {
    /**
     * PUBLISH attempts to topics the bridge does not own before the endpoint closes the connection:
     * a handful lets a misconfigured bridge show up in the log and metrics; a client that keeps
     * trying is not a bridge gone slightly wrong and gets cut off (it may reconnect, and is cut off
     * again).
     */
    public static final int VIOLATIONS_BEFORE_DISCONNECT = 5;

    private UplinkAcl() {}

    /** May {@code client} publish to {@code topic}? */
    public static boolean mayPublish(UplinkClient client, String topic) {
        UplinkTopics.Parsed t = UplinkTopics.parse(topic);
        if (client.unrestricted()) return true; // the pipeline still rejects non-uplink topics
        return t != null
                && client.enterpriseId().equals(t.enterpriseId())
                && client.bridgeId().equals(t.bridgeId());
    }
}
