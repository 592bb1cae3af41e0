package org.parkwatch.backend.ingest;

/**
 * The bridge an authenticated MQTT connection speaks for: it may publish only to {@code
 * parkwatch/v1/<enterpriseId>/<bridgeId>/…} (see {@link UplinkAcl}).
 *
 * @param bridgeId null only for {@link #UNRESTRICTED}
 * @param enterpriseId null only for {@link #UNRESTRICTED}
 */
public record UplinkClient(String bridgeId, String enterpriseId) {
    /**
     * An anonymous lab client ({@code mqtt.allowAnonymous=true}): no topic restriction beyond the
     * uplink layout.
     */
    public static final UplinkClient UNRESTRICTED = new UplinkClient(null, null);

    public boolean unrestricted() {
        return bridgeId == null;
    }

    @Override
    public String toString() {
        return unrestricted() ? "anonymous (lab mode)" : enterpriseId + "/" + bridgeId;
    }
}
