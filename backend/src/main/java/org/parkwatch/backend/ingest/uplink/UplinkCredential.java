package org.parkwatch.backend.ingest.uplink;

/**
 * One bridge's MQTT login at the park: the bridge, the enterprise it speaks for, its user name and the slow hash of
 * its password (never the password).
 *
 * @param createdMs epoch milliseconds
 */
public record UplinkCredential(String bridgeId, String enterpriseId, String username, PasswordHash.Hashed password,
                               long createdMs) {
}
