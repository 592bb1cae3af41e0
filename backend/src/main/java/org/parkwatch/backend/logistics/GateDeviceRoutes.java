package org.parkwatch.backend.logistics;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * The gates: devices provisioned by park administrators ({@code /api/logistics/gate-devices}),
 * their HTTP push of entries and exits ({@code POST /api/gate-devices/:id/events}, authenticated by
 * the device's own id and secret with HTTP Basic, for its own gate only), and the live counts
 * ({@code /api/logistics/presence}; an enterprise's users see their own site's).
 */
final class GateDeviceRoutes {
    static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final Vertx vertx;
    private final GateService gates;
    private final GateService.Checks check;
    private final LongSupplier clockMs;

    GateDeviceRoutes(
            Vertx vertx, GateService gates, GateService.Checks check, LongSupplier clockMs) {
        this.vertx = vertx;
        this.gates = gates;
        this.check = check;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get(
                        "/api/logistics/gate-devices", this::list, Permissions.LOGISTICS_ADMIN),
                RouteSpec.post(
                        "/api/logistics/gate-devices",
                        this::provision,
                        Permissions.LOGISTICS_ADMIN),
                RouteSpec.post("/api/gate-devices/:id/events", this::report, Permissions.DEVICE),
                RouteSpec.get(
                        "/api/logistics/presence", this::presence, Permissions.LOGISTICS_READ));
    }

    private void list(RoutingContext ctx) {
        JsonArray a = new JsonArray();
        gates.devices().forEach(d -> a.add(GateDeviceJson.device(d)));
        ApiReplies.json(ctx, new JsonObject().put("devices", a).encode());
    }

    private void provision(RoutingContext ctx) {
        String by = Principal.of(ctx).username();
        long now = clockMs.getAsLong();
        reply(
                ctx,
                201,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    String id = GateDeviceJson.text(b, "id", 40);
                    if (!DEVICE_ID.matcher(id).matches()) {
                        throw new IllegalArgumentException(
                                "id '" + id + "' may hold letters, digits, '_', '.' and '-' only");
                    }
                    String siteId = GateDeviceJson.text(b, "siteId", 40);
                    String secret =
                            gates.provision(
                                    id,
                                    GateDeviceJson.text(b, "nameZh", 100),
                                    GateDeviceJson.text(b, "nameEn", 100),
                                    siteId,
                                    now,
                                    by);
                    // the secret is shown this once; only its hash is kept
                    return GateDeviceJson.device(gates.device(id).orElseThrow())
                            .put("secret", secret)
                            .encode();
                });
    }

    private void report(RoutingContext ctx) {
        Optional<GateDevice> device = basic(ctx.request().getHeader("Authorization"));
        if (device.isEmpty()) {
            ctx.response().putHeader("WWW-Authenticate", "Basic realm=\"parkwatch-gates\"");
            ApiReplies.error(
                    ctx,
                    401,
                    "a gate device authenticates with HTTP Basic: its device id and the secret"
                            + " issued when it was provisioned");
            return;
        }
        String gate = ctx.pathParam("id");
        if (!device.get().id().equals(gate)) {
            ApiReplies.error(
                    ctx,
                    403,
                    "device " + device.get().id() + " reports for its own gate only, not " + gate);
            return;
        }
        long now = clockMs.getAsLong();
        reply(
                ctx,
                200,
                () -> {
                    GateService.Report r = GateDeviceJson.report(ApiReplies.jsonBody(ctx), now);
                    return GateDeviceJson.outcome(gates.report(device.get(), r, "http", check))
                            .encode();
                });
    }

    private void presence(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        Map<String, Presence.Count> counts = new TreeMap<>(gates.counts());
        if (p.scoped())
            counts.keySet().removeIf(site -> !site.equals(GateService.PARK) && !p.sees(site));
        ApiReplies.json(ctx, GateDeviceJson.counts(counts).encode());
    }

    private Optional<GateDevice> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6))
            return Optional.empty();
        String decoded;
        try {
            decoded =
                    new String(
                            Base64.getDecoder().decode(header.substring(6).trim()),
                            StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) return Optional.empty();
        return gates.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** Runs {@code work} on a worker: its text with {@code okStatus}, 409 (exists) or a failure. */
    private void reply(RoutingContext ctx, int okStatus, Callable<String> work) {
        ApiReplies.onWorker(vertx, ctx, okStatus, work);
    }
}
