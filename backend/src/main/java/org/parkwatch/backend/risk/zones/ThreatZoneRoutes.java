package org.parkwatch.backend.risk.zones;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threat-zone HTTP API (issue 6): {@code POST /api/risk/threat-zones} ("what if", RISK_RUN),
 * {@code GET /api/incidents/:id/threat-zones} (latest run plus the run history, ALARM_READ) and
 * {@code POST /api/incidents/:id/threat-zones} (re-run with overrides, RISK_RUN). Handlers run on
 * the ingest context (live weather is read there); the computation runs on a worker. Bad input
 * answers 400 {@code {"error", "field"}}; an unknown incident, one without zones or one the caller
 * may not see, 404 (tenancy: {@link TenantScope#seesAny}, the same rule as the incident itself).
 */
public final class ThreatZoneRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ThreatZoneRoutes.class);

    private final ThreatZoneService service;
    private final IncidentZones incidents;
    private final Function<String, Optional<Incident>> incidentById;
    private final Supplier<LiveWeather.Reading> weather;
    private final Vertx vertx;
    private final LongSupplier clock;
    private final TenantScope tenancy;

    public ThreatZoneRoutes(
            ThreatZoneService service,
            IncidentZones incidents,
            Function<String, Optional<Incident>> incidentById,
            Supplier<LiveWeather.Reading> weather,
            Vertx vertx,
            LongSupplier clock,
            TenantScope tenancy) {
        this.tenancy = tenancy;
        this.service = service;
        this.incidents = incidents;
        this.incidentById = incidentById;
        this.weather = weather;
        this.vertx = vertx;
        this.clock = clock;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post("/api/risk/threat-zones", this::whatIf, Permissions.RISK_RUN),
                RouteSpec.get(
                        "/api/incidents/:id/threat-zones", this::latest, Permissions.ALARM_READ),
                RouteSpec.get(
                        "/api/incidents/:id/threat-zones/what-if",
                        this::offer,
                        Permissions.ALARM_READ),
                RouteSpec.post(
                        "/api/incidents/:id/threat-zones", this::rerun, Permissions.RISK_RUN));
    }

    private void whatIf(RoutingContext ctx) {
        ZoneRequest req;
        try {
            req = ZoneRequestJson.parse(body(ctx));
        } catch (ZoneInputException e) {
            badInput(ctx, e);
            return;
        }
        LiveWeather.Reading live = weather.get();
        long now = clock.getAsLong();
        reply(
                ctx,
                vertx.executeBlocking(
                        () -> ThreatZoneJson.of(service.compute(req, live, now)), false));
    }

    private void latest(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<ZoneRun> run = incidents.latest(id);
        List<String> owners =
                incidentById
                        .apply(id)
                        .map(Incident::enterprises)
                        .orElseGet(
                                () ->
                                        run.map(
                                                        r ->
                                                                r.enterpriseId() == null
                                                                        ? List.<String>of()
                                                                        : List.of(r.enterpriseId()))
                                                .orElse(List.of()));
        if (run.isEmpty() || !tenancy.seesAny(Principal.of(ctx), owners)) {
            ApiReplies.error(ctx, 404, "no threat zones for incident '" + id + "'");
            return;
        }
        ApiReplies.json(
                ctx,
                ThreatZoneJson.of(run.get())
                        .put("history", ThreatZoneJson.history(incidents.history(id)))
                        .put("following", ThreatZoneJson.following(incidents.following(id)))
                        .encode());
    }

    /**
     * The what-if offered for an incident that is not a confirmed release (an SIS trip, an upset):
     * the release it would compute (place, chemical, outcomes; the rate left to the typical leak),
     * never drawn until asked for ({@code POST /api/incidents/:id/threat-zones}). 404 for a leak
     * (it has real zones) or when no chemical of the incident gives zones.
     */
    private void offer(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<Incident> incident = incidentById.apply(id);
        if (incident.isEmpty()
                || !tenancy.seesAny(Principal.of(ctx), incident.get().enterprises())) {
            ApiReplies.error(ctx, 404, "no incident '" + id + "'");
            return;
        }
        Optional<ZoneRequest> offer = incidents.whatIf(incident.get());
        if (offer.isEmpty()) {
            ApiReplies.error(
                    ctx,
                    404,
                    "no what-if for incident '"
                            + id
                            + "': a confirmed release has its zones, or no chemical of it gives zones");
            return;
        }
        ZoneRequest r = offer.get();
        JsonArray outcomes = new JsonArray();
        r.outcomes().forEach(o -> outcomes.add(o.id()));
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("incidentId", id)
                        .put("kind", IncidentReleases.WHAT_IF)
                        .put("featureId", r.featureId())
                        .put("lon", Double.isNaN(r.lon()) ? null : r.lon())
                        .put("lat", Double.isNaN(r.lat()) ? null : r.lat())
                        .put("chemical", r.chemical())
                        .put("outcomes", outcomes)
                        .encode());
    }

    private void rerun(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<Incident> incident = incidentById.apply(id);
        if (incident.isEmpty()
                || !tenancy.seesAny(Principal.of(ctx), incident.get().enterprises())) {
            ApiReplies.error(ctx, 404, "no incident '" + id + "'");
            return;
        }
        ZoneRequest overrides;
        try {
            overrides = ZoneRequestJson.parseOverrides(body(ctx));
        } catch (ZoneInputException e) {
            badInput(ctx, e);
            return;
        }
        reply(ctx, incidents.rerun(incident.get(), overrides).map(ThreatZoneJson::of));
    }

    private static JsonObject body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) return new JsonObject();
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw new ZoneInputException("body", "is not a JSON object: " + e.getMessage());
        }
    }

    private static void reply(RoutingContext ctx, Future<JsonObject> result) {
        result.onComplete(
                ar -> {
                    if (ar.succeeded()) {
                        ApiReplies.json(ctx, ar.result().encode());
                    } else if (ar.cause() instanceof ZoneInputException e) {
                        badInput(ctx, e);
                    } else {
                        LOG.error("threat zones failed for {}", ctx.request().path(), ar.cause());
                        ApiReplies.error(
                                ctx,
                                500,
                                "threat-zone computation failed: " + ar.cause().getMessage());
                    }
                });
    }

    private static void badInput(RoutingContext ctx, ZoneInputException e) {
        ApiReplies.error(ctx, 400, e.getMessage(), Collections.singletonMap("field", e.field()));
    }
}
