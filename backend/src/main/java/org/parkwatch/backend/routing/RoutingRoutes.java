package org.parkwatch.backend.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.routing.RoadSegment;
import org.parkwatch.model.routing.RouteMetric;
import org.parkwatch.model.routing.RouteQuery;
import org.parkwatch.model.routing.RoutingException;
import org.parkwatch.model.routing.RoutingSpeeds;
import org.parkwatch.model.routing.TravelMode;

/**
 * The routing API. {@code GET /api/routing/route?from=lon,lat&to=lon,lat[&mode=walk|drive|
 * hazmat-truck][&optimise=time|distance][&closed=roadId,…]} and {@code POST /api/routing/route}
 * (the same as a JSON body, plus {@code avoid}: GeoJSON polygons) answer a route (LIVE_READ);
 * {@code GET /api/routing/network} the road graph's size and the features left out (LIVE_READ);
 * {@code GET /api/routing/incidents/:id/evacuation[?mode=walk|drive]} the incident's evacuation and
 * approach routes for its latest threat zones (ALARM_READ; an incident the caller may not see
 * answers 404 like an unknown one, {@link TenantScope#seesAny}). Malformed input answers 400 naming
 * the field; a point off the network, inside an avoided area, or no open way 422 with {@code
 * reason}.
 */
public final class RoutingRoutes {
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    private final RoutingService service;
    private final Function<String, Optional<Incident>> incidentById;
    private final Vertx vertx;
    private final TenantScope tenancy;

    public RoutingRoutes(
            RoutingService service,
            Function<String, Optional<Incident>> incidentById,
            Vertx vertx,
            TenantScope tenancy) {
        this.service = service;
        this.incidentById = incidentById;
        this.vertx = vertx;
        this.tenancy = tenancy;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/routing/route", this::getRoute, Permissions.LIVE_READ),
                RouteSpec.post("/api/routing/route", this::postRoute, Permissions.LIVE_READ),
                RouteSpec.get("/api/routing/network", this::network, Permissions.LIVE_READ),
                RouteSpec.get(
                        "/api/routing/incidents/:id/evacuation",
                        this::evacuation,
                        Permissions.ALARM_READ));
    }

    /** Malformed input, naming the field. */
    static final class BadInput extends RuntimeException {
        final String field;

        BadInput(String field, String message) {
            super(field + ": " + message);
            this.field = field;
        }
    }

    private void getRoute(RoutingContext ctx) {
        RouteQuery q;
        try {
            var p = ctx.queryParams();
            String closed = p.get("closed");
            q =
                    query(
                            point(p.get("from"), "from"),
                            point(p.get("to"), "to"),
                            p.get("mode"),
                            p.get("optimise"),
                            List.of(),
                            closed == null || closed.isBlank()
                                    ? Set.of()
                                    : new HashSet<>(Arrays.asList(closed.split(","))));
        } catch (BadInput e) {
            bad(ctx, e);
            return;
        }
        answer(ctx, q);
    }

    private void postRoute(RoutingContext ctx) {
        RouteQuery q;
        try {
            JsonObject body = body(ctx);
            List<Geometry> avoid = new ArrayList<>();
            JsonArray a = array(body, "avoid");
            GeoJsonReader reader = new GeoJsonReader(LON_LAT);
            for (int i = 0; i < a.size(); i++) {
                try {
                    Geometry g = reader.read(a.getValue(i).toString());
                    if (g.getDimension() != 2 || !g.isValid())
                        throw new BadInput("avoid[" + i + "]", "must be a valid polygon");
                    avoid.add(g);
                } catch (ParseException | RuntimeException e) {
                    if (e instanceof BadInput b) throw b;
                    throw new BadInput("avoid[" + i + "]", "is not a GeoJSON geometry");
                }
            }
            Set<String> closed = new HashSet<>();
            array(body, "closedRoads").forEach(o -> closed.add(String.valueOf(o)));
            q =
                    query(
                            pair(array(body, "from"), "from"),
                            pair(array(body, "to"), "to"),
                            body.getValue("mode") == null ? null : body.getValue("mode").toString(),
                            body.getValue("optimise") == null
                                    ? null
                                    : body.getValue("optimise").toString(),
                            avoid,
                            closed);
        } catch (BadInput e) {
            bad(ctx, e);
            return;
        }
        answer(ctx, q);
    }

    private void answer(RoutingContext ctx, RouteQuery q) {
        RoutingService.Network n = service.network();
        Map<String, String[]> names = new HashMap<>();
        for (RoadSegment s : n.layers().roads())
            names.put(s.id(), new String[] {s.nameZh(), s.nameEn()});
        reply(
                ctx,
                vertx.executeBlocking(() -> RoutingJson.route(n.router().route(q), names), false));
    }

    private void network(RoutingContext ctx) {
        RoutingService.Network n = service.network();
        ApiReplies.json(
                ctx,
                new JsonObject()
                        .put("version", n.version())
                        .put("builtMs", n.builtMs())
                        .put("buildMs", Math.round(n.buildMs() * 10) / 10.0)
                        .put("roads", n.layers().roads().size())
                        .put("nodes", n.graph().nodeCount())
                        .put("edges", n.graph().edges().size())
                        .put("shelters", n.layers().shelters().size())
                        .put("targets", n.layers().targets().size())
                        .put("responders", n.layers().responders().size())
                        .put("problems", new JsonArray(n.layers().problems()))
                        .encode());
    }

    private void evacuation(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<Incident> incident = incidentById.apply(id);
        if (incident.isEmpty()
                || !tenancy.seesAny(Principal.of(ctx), incident.get().enterprises())) {
            ApiReplies.error(ctx, 404, "no incident '" + id + "'");
            return;
        }
        TravelMode mode;
        try {
            mode = mode(ctx.queryParams().get("mode"), TravelMode.WALK);
        } catch (BadInput e) {
            bad(ctx, e);
            return;
        }
        vertx.executeBlocking(() -> service.incidentRoutes(id, mode), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                            } else if (ar.result().isEmpty()) {
                                ApiReplies.error(
                                        ctx,
                                        404,
                                        "incident '"
                                                + id
                                                + "' has no threat zones (no known chemical or"
                                                + " place), so no evacuation routes");
                            } else {
                                ApiReplies.json(
                                        ctx, RoutingJson.incident(ar.result().get()).encode());
                            }
                        });
    }

    private static RouteQuery query(
            double[] from,
            double[] to,
            String mode,
            String optimise,
            List<Geometry> avoid,
            Set<String> closed) {
        RouteMetric metric;
        try {
            metric = optimise == null ? RouteMetric.TIME : RouteMetric.parse(optimise);
        } catch (IllegalArgumentException e) {
            throw new BadInput("optimise", e.getMessage());
        }
        return new RouteQuery(
                from[0],
                from[1],
                to[0],
                to[1],
                mode(mode, TravelMode.DRIVE),
                metric,
                avoid,
                closed,
                RoutingSpeeds.MAX_OFF_NETWORK_M);
    }

    private static TravelMode mode(String text, TravelMode fallback) {
        if (text == null) return fallback;
        try {
            return TravelMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInput("mode", e.getMessage());
        }
    }

    private static double[] point(String text, String field) {
        if (text == null) throw new BadInput(field, "missing; give lon,lat in degrees");
        String[] parts = text.split(",");
        if (parts.length != 2) throw new BadInput(field, "must be lon,lat, not '" + text + "'");
        try {
            return check(
                    new double[] {
                        Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())
                    },
                    field);
        } catch (NumberFormatException e) {
            throw new BadInput(field, "must be lon,lat in degrees, not '" + text + "'");
        }
    }

    private static double[] pair(JsonArray a, String field) {
        if (a.size() != 2
                || !(a.getValue(0) instanceof Number)
                || !(a.getValue(1) instanceof Number))
            throw new BadInput(field, "must be [lon, lat] in degrees");
        return check(new double[] {a.getDouble(0), a.getDouble(1)}, field);
    }

    private static double[] check(double[] p, String field) {
        if (!(Math.abs(p[0]) <= 180) || !(Math.abs(p[1]) <= 90))
            throw new BadInput(field, "lon must be in [-180, 180] and lat in [-90, 90]");
        return p;
    }

    private static JsonObject body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) throw new BadInput("body", "missing JSON object");
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw new BadInput("body", "is not a JSON object");
        }
    }

    private static JsonArray array(JsonObject o, String field) {
        Object v = o.getValue(field);
        if (v == null) return new JsonArray();
        if (v instanceof JsonArray a) return a;
        throw new BadInput(field, "must be an array");
    }

    private static void reply(RoutingContext ctx, Future<JsonObject> result) {
        result.onComplete(
                ar -> {
                    if (ar.succeeded()) {
                        ApiReplies.json(ctx, ar.result().encode());
                    } else if (ar.cause() instanceof RoutingException e) {
                        ApiReplies.error(
                                ctx,
                                422,
                                e.getMessage(),
                                Map.of(
                                        "reason",
                                        e.reason().name().toLowerCase(java.util.Locale.ROOT)));
                    } else {
                        ApiReplies.failure(ctx, ar.cause());
                    }
                });
    }

    private static void bad(RoutingContext ctx, BadInput e) {
        ApiReplies.error(ctx, 400, e.getMessage(), Map.of("field", e.field));
    }
}
