package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.Principal;

/**
 * {@code GET/POST /api/emergency/drill}: read and switch {@link DrillMode}. Switching pushes {@code
 * emergency.drill} to every logged-in screen so that everyone sees a drill is on.
 */
final class DrillRoutes {
    static final String PUSH_TYPE = "emergency.drill";
    private final DrillMode drill;
    private final PushPublisher push;
    private final LongSupplier clockMs;

    DrillRoutes(DrillMode drill, PushPublisher push, LongSupplier clockMs) {
        this.drill = drill;
        this.push = push;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/emergency/drill", this::get, Permissions.EMERGENCY_READ),
                RouteSpec.post("/api/emergency/drill", this::set, Permissions.EMERGENCY_COMMAND));
    }

    private void get(RoutingContext ctx) {
        ApiReplies.json(ctx, json(drill.state()).encode());
    }

    private void set(RoutingContext ctx) {
        JsonObject b;
        try {
            b = ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            b = null;
        }
        if (b == null || !(b.getValue("on") instanceof Boolean on)) {
            ApiReplies.error(ctx, 400, "on must be true or false");
            return;
        }
        DrillMode.State s =
                drill.set(
                        on, clockMs.getAsLong(), Principal.of(ctx).username(), b.getString("note"));
        announce(s);
        ApiReplies.json(ctx, json(s).encode());
    }

    /** Tells every logged-in screen the drill state (the banner 演练 / Drill). */
    void announce(DrillMode.State s) {
        push.publish(PUSH_TYPE, PushOwners.everyone(), json(s));
    }

    private static JsonObject json(DrillMode.State s) {
        return new JsonObject()
                .put("on", s.on())
                .put("sinceMs", s.sinceMs())
                .put("by", s.by())
                .put("note", s.note());
    }
}
