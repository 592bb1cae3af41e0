package org.parkwatch.backend.alarm.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.backend.alarm.ActiveAlarm;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.alarm.TransitionResult;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.ScopedViews;
import org.parkwatch.backend.security.TenantScope;

/**
 * The control room on a bad day (issue 18): acknowledge every alarm of an incident at once ({@code
 * POST /api/incidents/:id/ack}) or a selection ({@code POST /api/alarms/ack {"ids":[…]}}), each
 * alarm journalled under the logged-in user as a single acknowledgement would be; and close an
 * incident with a reason ({@code POST /api/incidents/:id/close {"reason"}}, park operators only).
 * Enterprise users acknowledge only their own alarms ({@link TenantScope}); another enterprise's
 * alarm in a selection is reported as not found.
 */
public final class IncidentActionRoutes {
    /** Most alarm ids in one acknowledge-selected request. */
    static final int MAX_SELECTED = 5000;

    private final AlarmService service;
    private final TenantScope tenancy;
    private final ScopedViews views;

    public IncidentActionRoutes(AlarmService service, TenantScope tenancy) {
        this.service = service;
        this.tenancy = tenancy;
        this.views = new ScopedViews(tenancy);
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post("/api/alarms/ack", this::ackSelected, Permissions.ALARM_RESPOND),
                RouteSpec.post(
                        "/api/incidents/:id/ack", this::ackIncident, Permissions.ALARM_RESPOND),
                RouteSpec.post("/api/incidents/:id/close", this::close, Permissions.ALARM_OPERATE));
    }

    /**
     * {@code {"ids":["E01.GD101.GAS.H",…],"comment":…}} → {@code
     * {"acknowledged":[…],"refused":[…],"notFound":[…]}}.
     */
    private void ackSelected(RoutingContext ctx) {
        List<String> ids;
        String comment;
        try {
            JsonObject body = AlarmRoutes.body(ctx);
            comment = AlarmRoutes.text(body, "comment", false);
            ids = ids(body);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        ApiReplies.json(ctx, acknowledge(ids, Principal.of(ctx), comment).encode());
    }

    private void ackIncident(RoutingContext ctx) {
        Optional<JsonObject> seen = visibleIncident(ctx);
        if (seen.isEmpty()) return;
        String comment;
        try {
            JsonObject body =
                    ctx.body() == null || ctx.body().length() <= 0
                            ? new JsonObject()
                            : AlarmRoutes.body(ctx);
            comment = AlarmRoutes.text(body, "comment", false);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        List<String> ids = new ArrayList<>();
        seen.get().getJsonArray("alarmIds").forEach(a -> ids.add(String.valueOf(a)));
        ApiReplies.json(
                ctx,
                acknowledge(ids, Principal.of(ctx), comment)
                        .put("incidentId", ctx.pathParam("id"))
                        .encode());
    }

    private void close(RoutingContext ctx) {
        Optional<JsonObject> seen = visibleIncident(ctx);
        if (seen.isEmpty()) return;
        String id = ctx.pathParam("id");
        String reason;
        try {
            reason = AlarmRoutes.text(AlarmRoutes.body(ctx), "reason", true);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        Optional<Incident> closed = service.closeIncident(id, Principal.of(ctx).username(), reason);
        if (closed.isEmpty()) {
            ApiReplies.error(
                    ctx,
                    409,
                    "incident '" + id + "' is already closed",
                    Map.of("errorZh", "事件 " + id + " 已关闭"));
            return;
        }
        ApiReplies.json(ctx, service.incidentJson(closed.get()).encode());
    }

    /**
     * The incident as the caller may see it; answers 404 and returns empty for an unknown or
     * another's incident.
     */
    private Optional<JsonObject> visibleIncident(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<JsonObject> seen =
                service.incident(id)
                        .map(i -> views.incident(service.incidentJson(i), Principal.of(ctx)));
        if (seen.isEmpty()) ApiReplies.error(ctx, 404, "no incident '" + id + "'");
        return seen;
    }

    /**
     * Acknowledges each alarm the caller sees that awaits acknowledgement (unacknowledged active or
     * returned); alarms already acknowledged are left as they are and listed under {@code
     * unchanged}.
     */
    private JsonObject acknowledge(List<String> ids, Principal p, String comment) {
        JsonArray acked = new JsonArray();
        JsonArray unchanged = new JsonArray();
        JsonArray refused = new JsonArray();
        JsonArray notFound = new JsonArray();
        for (String id : ids) {
            Optional<ActiveAlarm> a = service.manager().get(id);
            if (service.manager().definition(id).isEmpty() || !tenancy.seesId(p, id)) {
                notFound.add(id);
            } else if (a.isEmpty() || !awaitsAck(a.get().state())) {
                unchanged.add(id);
            } else {
                TransitionResult r = service.acknowledge(id, p.username(), comment);
                if (r.accepted()) acked.add(id);
                else
                    refused.add(
                            new JsonObject()
                                    .put("id", id)
                                    .put("error", r.reasonEn())
                                    .put("errorZh", r.reasonZh()));
            }
        }
        return new JsonObject()
                .put("acknowledged", acked)
                .put("unchanged", unchanged)
                .put("refused", refused)
                .put("notFound", notFound);
    }

    private static boolean awaitsAck(AlarmState s) {
        return s == AlarmState.UNACK_ACTIVE || s == AlarmState.RTN_UNACK;
    }

    private static List<String> ids(JsonObject body) {
        Object v = body.getValue("ids");
        if (!(v instanceof JsonArray arr) || arr.isEmpty()) {
            throw new IllegalArgumentException("ids: a non-empty array of alarm ids is required");
        }
        if (arr.size() > MAX_SELECTED) {
            throw new IllegalArgumentException(
                    "ids: " + arr.size() + " alarms, at most " + MAX_SELECTED + " at once");
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            if (!(arr.getValue(i) instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException(
                        "ids[" + i + "]: must be an alarm id (a string)");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
