package org.parkwatch.backend.ingest.uplink;

import java.util.List;

/**
 * One bridge's MQTT login at the park: the bridge, the enterprise it speaks for, its user name, the
 * slow hash of its password (never the password) and the tags it owns — the only tags whose values
 * it may change.
 *
 * @param createdMs epoch milliseconds
 * @param tags park tag ids this bridge owns, recorded at registration; empty for a credential from
 *     before ownership was recorded (it may then deliver the tags of its enterprise no other bridge
 *     owns)
 */
public record UplinkCredential(
        String bridgeId,
        String enterpriseId,
        String username,
        PasswordHash.Hashed password,
        long createdMs,
        List<String> tags) {

    public UplinkCredential {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A credential that records no tags. */
    public UplinkCredential(
            String bridgeId,
            String enterpriseId,
            String username,
            PasswordHash.Hashed password,
            long createdMs) {
        this(bridgeId, enterpriseId, username, password, createdMs, List.of());
    }
}
