package org.parkwatch.backend.logistics;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * {@code /api/logistics}: the trucks on the map (an enterprise's users see the trucks serving it),
 * the vehicle terminals and their provisioning (park administrators), the server's refusal
 * counters.
 */
final class LogisticsRoutes {
    private static final int MAX_PHONE_DIGITS = 20;
    private static final int MAX_PLATE_CHARS = 16;

    private final FleetState fleet;
    private final TerminalDirectory directory;
    private final Jt808Server server;
    private final TenantScope tenancy;
    private final LogisticsOptions options;
    private final LongSupplier clockMs;

    LogisticsRoutes(
            FleetState fleet,
            TerminalDirectory directory,
            Jt808Server server,
            TenantScope tenancy,
            LogisticsOptions options,
            LongSupplier clockMs) {
        this.fleet = fleet;
        this.directory = directory;
        this.server = server;
        this.tenancy = tenancy;
        this.options = options;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get(
                        "/api/logistics/vehicles", this::vehicles, Permissions.LOGISTICS_READ),
                RouteSpec.get(
                        "/api/logistics/terminals", this::terminals, Permissions.LOGISTICS_ADMIN),
                RouteSpec.post(
                        "/api/logistics/terminals", this::provision, Permissions.LOGISTICS_ADMIN),
                RouteSpec.get("/api/logistics/census", this::census, Permissions.LOGISTICS_READ),
                RouteSpec.get("/api/logistics/stats", this::stats, Permissions.LOGISTICS_ADMIN));
    }

    private void vehicles(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        List<FleetState.Vehicle> visible =
                fleet.all().stream()
                        .filter(v -> tenancy.seesAny(p, v.terminal().enterpriseIds()))
                        .toList();
        ApiReplies.json(
                ctx, new JsonObject().put("vehicles", LogisticsJson.vehicles(visible)).encode());
    }

    /**
     * Trucks inside the park and per enterprise site: park roles only (it counts every carrier).
     */
    private void census(RoutingContext ctx) {
        if (Principal.of(ctx).scoped()) {
            ApiReplies.error(ctx, 403, "the park's truck census is for the park roles");
            return;
        }
        ApiReplies.json(ctx, LogisticsJson.census(fleet.census()).encode());
    }

    private void terminals(RoutingContext ctx) {
        long now = clockMs.getAsLong();
        JsonArray a = new JsonArray();
        directory.all().forEach(t -> a.add(LogisticsJson.terminal(t, now)));
        ApiReplies.json(ctx, new JsonObject().put("terminals", a).encode());
    }

    private void stats(RoutingContext ctx) {
        ApiReplies.json(
                ctx,
                LogisticsJson.stats(
                                server.refusals(),
                                server.positionsApplied(),
                                server.connectionCount())
                        .encode());
    }

    private void provision(RoutingContext ctx) {
        TerminalRecord t;
        long now = clockMs.getAsLong();
        try {
            t = parse(ctx.body().asJsonObject(), now);
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        directory
                .provision(t, now, Principal.of(ctx).username())
                .onSuccess(
                        saved ->
                                ctx.response()
                                        .setStatusCode(201)
                                        .putHeader("Content-Type", ApiReplies.JSON)
                                        .end(LogisticsJson.terminal(saved, now).encode()))
                .onFailure(
                        e -> {
                            if (e instanceof IllegalArgumentException) {
                                ApiReplies.error(ctx, 409, e.getMessage());
                            } else {
                                ApiReplies.failure(ctx, e);
                            }
                        });
    }

    private TerminalRecord parse(JsonObject body, long now) {
        if (body == null) throw new IllegalArgumentException("body must be a JSON object");
        String phone = text(body, "phone").replaceFirst("^0+(?=\\d)", "");
        if (!phone.matches("\\d{1," + MAX_PHONE_DIGITS + "}")) {
            throw new IllegalArgumentException(
                    "phone '" + phone + "' must be 1–" + MAX_PHONE_DIGITS + " digits");
        }
        String plate = text(body, "plate");
        if (plate.length() > MAX_PLATE_CHARS
                || !Charset.forName("GBK").newEncoder().canEncode(plate)) {
            throw new IllegalArgumentException(
                    "plate '" + plate + "' must be at most " + MAX_PLATE_CHARS + " GBK characters");
        }
        String carrier = text(body, "carrier");
        JsonArray ids = body.getJsonArray("enterpriseIds", new JsonArray());
        List<String> enterprises = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = String.valueOf(ids.getValue(i));
            if (!tenancy.isEnterprise(id)) {
                throw new IllegalArgumentException(
                        "enterpriseIds[" + i + "] '" + id + "' is not an enterprise of the park");
            }
            enterprises.add(id);
        }
        long until = now + options.enrolmentHours() * 3_600_000L;
        return new TerminalRecord(phone, plate, carrier, enterprises, null, until);
    }

    private static String text(JsonObject body, String key) {
        Object v = body.getValue(key);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException(key + " is required (text)");
        }
        return s.trim();
    }
}
