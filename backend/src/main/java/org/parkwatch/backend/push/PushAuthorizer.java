package org.parkwatch.backend.push;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;

/**
 * Decides whether a browser may open the live WebSocket; issue 7 (security) checks the session here.
 * Until then everyone may.
 */
@FunctionalInterface
public interface PushAuthorizer {
    PushAuthorizer ALLOW_ALL = request -> Future.succeededFuture(true);

    /** @return true to upgrade the request, false to answer 403 */
    Future<Boolean> authorize(HttpServerRequest request);
}
