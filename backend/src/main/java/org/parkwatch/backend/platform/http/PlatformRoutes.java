package org.parkwatch.backend.platform.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.Supplier;

/** {@code GET /api/health} and {@code GET /metrics} (Prometheus text). */
public final class PlatformRoutes {
    private final Supplier<JsonObject> health;
    private final Supplier<String> scrape;

    public PlatformRoutes(Supplier<JsonObject> health, Supplier<String> scrape) {
        this.health = health;
        this.scrape = scrape;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/health", this::health, Permissions.PUBLIC),
                RouteSpec.get("/metrics", this::metrics, Permissions.METRICS_READ));
    }

    private void health(RoutingContext ctx) {
        ApiReplies.json(ctx, health.get().encode());
    }

    private void metrics(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .end(scrape.get());
    }
}
