package org.parkwatch.backend.ingest;

import io.vertx.core.Future;

/**
 * Decides whether an MQTT client may connect to the embedded uplink endpoint and, if so, which
 * bridge it is ({@link UplinkClient}), which is what the topic ACL ({@link UplinkAcl}) checks each
 * PUBLISH against. The backend's default is the per-bridge credential store ({@code
 * ingest.uplink.CredentialAuthenticator}).
 */
@FunctionalInterface
public interface UplinkAuthenticator {
    /**
     * Lab use only ({@code mqtt.allowAnonymous=true}): every client is accepted and may publish any
     * uplink topic.
     */
    UplinkAuthenticator ACCEPT_ALL =
            (clientId, username, password, remoteAddress) ->
                    Future.succeededFuture(Result.accepted(UplinkClient.UNRESTRICTED));

    /**
     * @param username null when the client sent none
     * @param password null when the client sent none
     * @param remoteAddress host:port of the client
     * @return accepted with the bridge's identity, or refused with a reason (a metrics label)
     */
    Future<Result> authenticate(
            String clientId, String username, String password, String remoteAddress);

    /**
     * The decision on one CONNECT.
     *
     * @param client the accepted bridge; null when refused
     * @param reason why it was refused ({@link #MISSING_CREDENTIALS}, {@link #BAD_CREDENTIALS} or
     *     {@link #THROTTLED}); null when accepted
     */
    record Result(UplinkClient client, String reason) {
        public static final String MISSING_CREDENTIALS = "missing-credentials";
        public static final String BAD_CREDENTIALS = "bad-credentials";

        /**
         * Too many failed CONNECTs from the client's address in the last minute: refused without
         * checking.
         */
        public static final String THROTTLED = "throttled";

        public static Result accepted(UplinkClient client) {
            return new Result(client, null);
        }

        public static Result refused(String reason) {
            return new Result(null, reason);
        }

        public boolean isAccepted() {
            return client != null;
        }
    }
}
