package org.parkwatch.backend.security;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;

/**
 * Decides whether a browser may open the live WebSocket and as whom (issue 7: the session cookie or
 * bearer header, and a same-site Origin). The hub keeps the principal with the client so it can
 * scope what each client gets.
 */
@FunctionalInterface
public interface PushAuthorizer {
    /**
     * @return the caller to upgrade for, or null to answer 403
     */
    Future<Principal> authorize(HttpServerRequest request);
}
