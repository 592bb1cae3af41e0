package org.parkwatch.backend.lots;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * The lot API: an enterprise files receipts and events of its own lots; the park reads every lot,
 * balance and chain. Writes are audited by the route guard like every write.
 */
final class LotRoutes {
    private final Vertx vertx;
    private final LotService lots;
    private final LongSupplier clockMs;

    LotRoutes(Vertx vertx, LotService lots, LongSupplier clockMs) {
        this.vertx = vertx;
        this.lots = lots;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        String read = Permissions.CHEMICAL_LOTS_READ;
        String write = Permissions.CHEMICAL_LOTS_WRITE;
        return List.of(
                RouteSpec.get("/api/chemical-lots", this::list, read),
                RouteSpec.post("/api/chemical-lots", this::receipt, write),
                RouteSpec.get("/api/chemical-lots/balance", this::balance, read),
                RouteSpec.get("/api/chemical-lots/verify", this::verify, read),
                RouteSpec.get("/api/chemical-lots/:labelId/events", this::events, read),
                RouteSpec.post("/api/chemical-lots/:labelId/events", this::event, write));
    }

    private void list(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        JsonArray out = new JsonArray();
        lots.lots(p).forEach(s -> out.add(LotJson.lot(s, lots::listed)));
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("lots", out)
                        .put("chemicals", LotJson.chemicals(lots.listedChemicals()))
                        .put("toleranceKg", LotLedger.BALANCE_TOLERANCE_KG)
                        .encode());
    }

    private void receipt(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () -> {
                    LotEvent e =
                            LotJson.event(
                                    ApiReplies.jsonBody(ctx),
                                    LotEventKind.RECEIPT,
                                    null,
                                    now,
                                    p.username(),
                                    p.role().id());
                    return LotJson.event(lots.file(p, e)).encode();
                });
    }

    private void event(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        long now = clockMs.getAsLong();
        String label = ctx.pathParam("labelId");
        reply(
                ctx,
                201,
                () -> {
                    LotEvent e =
                            LotJson.event(
                                    ApiReplies.jsonBody(ctx),
                                    null,
                                    label,
                                    now,
                                    p.username(),
                                    p.role().id());
                    if (e.kind() == LotEventKind.RECEIPT) {
                        throw new IllegalArgumentException(
                                "a receipt starts a new lot: POST /api/chemical-lots");
                    }
                    return LotJson.event(lots.file(p, e)).encode();
                });
    }

    private void events(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String label = ctx.pathParam("labelId");
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    lots.events(p, label).forEach(e -> out.add(LotJson.event(e)));
                    return new JsonObject().put("labelId", label).put("events", out).encode();
                });
    }

    private void balance(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(
                ctx,
                200,
                () -> {
                    JsonArray out = new JsonArray();
                    lots.balances(p).forEach(b -> out.add(LotJson.balance(b, lots::listed)));
                    return new JsonObject()
                            .put("balances", out)
                            .put("toleranceKg", LotLedger.BALANCE_TOLERANCE_KG)
                            .encode();
                });
    }

    private void verify(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        reply(ctx, 200, () -> LotJson.verify(lots.verify(p)).encode());
    }

    /**
     * Runs {@code work} on a worker; its text with {@code okStatus}, or 403 (not the caller's), 409
     * (label in use, not enough stock) or what {@link ApiReplies#failure} says (400, 404, 503).
     */
    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(vertx, ctx, okStatus, work);
    }
}
