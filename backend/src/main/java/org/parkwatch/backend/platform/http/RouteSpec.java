package org.parkwatch.backend.platform.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * One row of the HTTP route table. The table is data so that security (issue 7) can walk it and put
 * a permission check in front of each handler; capabilities contribute their rows to the
 * composition root.
 *
 * @param path a vertx-web path, e.g. {@code /api/tags/:id}; {@code /*} for a prefix
 * @param permission what a caller needs, one of {@link Permissions}
 */
public record RouteSpec(
        HttpMethod method, String path, Handler<RoutingContext> handler, String permission) {

    public static RouteSpec get(String path, Handler<RoutingContext> handler, String permission) {
        return new RouteSpec(HttpMethod.GET, path, handler, permission);
    }

    public static RouteSpec post(String path, Handler<RoutingContext> handler, String permission) {
        return new RouteSpec(HttpMethod.POST, path, handler, permission);
    }

    /** True for methods that carry a request body (they get the body size limit). */
    public boolean hasBody() {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    }
}
