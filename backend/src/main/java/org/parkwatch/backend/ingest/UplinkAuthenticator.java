package org.parkwatch.backend.ingest;

import io.vertx.core.Future;

/**
 * Decides whether an MQTT client may connect to the embedded uplink endpoint. Issue 7 (security) plugs per-bridge
 * credentials in here; until then every client is accepted.
 */
@FunctionalInterface
public interface UplinkAuthenticator {
    UplinkAuthenticator ACCEPT_ALL = (clientId, username, password, remoteAddress) -> Future.succeededFuture(true);

    /**
     * @param username      null when the client sent none
     * @param password      null when the client sent none
     * @param remoteAddress host:port of the client
     * @return true to accept the connection
     */
    Future<Boolean> authenticate(String clientId, String username, String password, String remoteAddress);
}
