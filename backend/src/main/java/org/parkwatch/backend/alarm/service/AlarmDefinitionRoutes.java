package org.parkwatch.backend.alarm.service;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.AlarmConfigLoader;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Alarm definitions over HTTP (issue 5): {@code GET /api/alarms/definitions[?tag=]} lists them,
 * {@code PUT /api/alarms/definitions/:alarmId} changes limit, deadband, delays, ROC window or
 * priority of one alarm live. The change is merged and validated exactly like a config file ({@link
 * AlarmConfigLoader}: e.g. HH below H is refused with 400 and the validator's message), applied to
 * the evaluator and journalled as a configuration change.
 */
public final class AlarmDefinitionRoutes {
    /**
     * Fields a PUT may carry; units as in {@link AlarmConfigLoader}. {@code user} is accepted and
     * ignored: the journal names the logged-in caller.
     */
    static final Set<String> PUT_FIELDS =
            Set.of(
                    "user",
                    "priority",
                    "limit",
                    "deadband",
                    "deadbandPercent",
                    "onDelayMs",
                    "offDelayMs",
                    "windowMs");

    private final AlarmService service;
    private final ParkCatalog park;
    private final TenantScope tenancy;

    public AlarmDefinitionRoutes(AlarmService service, ParkCatalog park, TenantScope tenancy) {
        this.service = service;
        this.park = park;
        this.tenancy = tenancy;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/alarms/definitions", this::list, Permissions.ALARM_READ),
                new RouteSpec(
                        HttpMethod.PUT,
                        "/api/alarms/definitions/:id",
                        this::put,
                        Permissions.ALARM_CONFIG));
    }

    private void list(RoutingContext ctx) {
        String tag = ctx.queryParams().get("tag");
        Principal p = Principal.of(ctx);
        JsonArray arr = new JsonArray();
        for (AlarmDefinition d : service.manager().definitions()) {
            if ((tag == null || tag.equals(d.tagId())) && tenancy.seesId(p, d.id()))
                arr.add(json(d));
        }
        ApiReplies.json(ctx, arr.encode());
    }

    private void put(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<AlarmDefinition> current =
                service.manager()
                        .definition(id)
                        .filter(d -> tenancy.mayWrite(Principal.of(ctx), d.id()));
        if (current.isEmpty()) {
            ApiReplies.error(ctx, 404, "no alarm '" + id + "'");
            return;
        }
        JsonObject body;
        try {
            body =
                    ctx.body() == null || ctx.body().length() == 0
                            ? null
                            : ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            ApiReplies.error(ctx, 400, "body: not a JSON object: " + e.getMessage());
            return;
        }
        if (body == null) {
            ApiReplies.error(ctx, 400, "body: a JSON object is required");
            return;
        }
        for (String k : body.fieldNames()) {
            if (!PUT_FIELDS.contains(k)) {
                ApiReplies.error(
                        ctx,
                        400,
                        k
                                + ": cannot be changed here; expected one of "
                                + PUT_FIELDS
                                + " (tag, type, setpoint, latching and suppression belong in "
                                + AlarmConfigFiles.DEFINITIONS_KEY
                                + ")");
                return;
            }
        }
        // the change is journalled under the logged-in caller, never a name from the body (issue 7)
        String user = Principal.of(ctx).username();
        AlarmDefinition d = current.get();
        JsonObject entry = body.copy();
        entry.remove("user");
        if (d.type().isEnterpriseLevel()) entry.put("enterprise", d.enterpriseId());
        else entry.put("tag", d.tagId());
        entry.put("type", d.type().name());
        String source = "PUT /api/alarms/definitions/" + id;
        List<AlarmDefinition> merged;
        try {
            merged =
                    new AlarmConfigLoader(park::tag)
                            .apply(
                                    service.manager().definitions(),
                                    new JsonObject()
                                            .put("alarms", new JsonArray().add(entry))
                                            .encode(),
                                    source);
        } catch (AlarmConfigException e) {
            List<String> problems =
                    e.problems().stream().map(p -> p.replace("alarms[0].", "")).toList();
            ApiReplies.error(ctx, 400, String.join("; ", problems));
            return;
        }
        AlarmDefinition changed =
                merged.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        try {
            JournalEntry e = service.manager().redefine(changed, user, service.now());
            ApiReplies.json(ctx, json(changed).put("journal", service.json().entry(e)).encode());
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
        }
    }

    static JsonObject json(AlarmDefinition d) {
        return new JsonObject()
                .put("id", d.id())
                .put("enterpriseId", d.enterpriseId())
                .put("tagId", d.tagId())
                .put("featureId", d.featureId())
                .put("type", d.type().name())
                .put("priority", d.priority() == null ? null : d.priority().id())
                .put("limit", finite(d.limit()))
                .put("deadband", d.deadband())
                .put("onDelayMs", d.onDelayMs())
                .put("offDelayMs", d.offDelayMs())
                .put("windowMs", d.windowMs())
                .put("setpointTag", d.setpointTagId())
                .put("latched", d.latched())
                .put("suppressWhenTag", d.suppressWhenTagId());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
