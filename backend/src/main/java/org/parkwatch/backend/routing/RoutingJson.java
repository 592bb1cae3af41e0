package org.parkwatch.backend.routing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.parkwatch.model.routing.ApproachPlan;
import org.parkwatch.model.routing.ApproachRoute;
import org.parkwatch.model.routing.EvacuationRoute;
import org.parkwatch.model.routing.PopulationTarget;
import org.parkwatch.model.routing.Route;
import org.parkwatch.model.routing.RoutingSpeeds;
import org.parkwatch.model.routing.Shelter;
import org.parkwatch.model.routing.ShelterInPlace;

/**
 * The JSON of routes (API answers and the {@code incident.routes} push): lines as GeoJSON
 * geometries in EPSG:4326 (coordinates to 1e-7°), metres to 0.1 m, seconds to 1 s, every place with
 * its zh and en names so the map shows no raw ids.
 */
public final class RoutingJson {
    /** Type of the WebSocket message carrying an incident's routes. */
    public static final String PUSH_TYPE = "incident.routes";

    private RoutingJson() {}

    /** A point-to-point route. */
    public static JsonObject route(Route r, Map<String, String[]> roadNames) {
        JsonArray roads = new JsonArray();
        for (String id : r.roadIds()) {
            String[] n = roadNames.getOrDefault(id, new String[] {"", ""});
            roads.add(new JsonObject().put("id", id).put("nameZh", n[0]).put("nameEn", n[1]));
        }
        return new JsonObject()
                .put("mode", r.mode().id())
                .put("optimise", r.metric().name().toLowerCase(java.util.Locale.ROOT))
                .put("from", snap(r.from().lon(), r.from().lat(), r.from().distanceM()))
                .put("to", snap(r.to().lon(), r.to().lat(), r.to().distanceM()))
                .put("distanceM", r1(r.distanceM()))
                .put("timeS", Math.round(r.timeS()))
                .put("walkTimeS", Math.round(r.walkTimeS()))
                .put("driveTimeS", r.driveTimeS() == null ? null : Math.round(r.driveTimeS()))
                .put("roads", roads)
                .put("line", geo(r.line()));
    }

    /**
     * An incident's routes: evacuation, shelters, shelter-in-place findings, the approach of the
     * park's responders ({@code approach}) and of the dispatched teams ({@code dispatched}).
     */
    public static JsonObject incident(IncidentRoutes r) {
        RoutingLayers l = r.layers();
        Map<String, PopulationTarget> targets =
                l.targets().stream()
                        .collect(Collectors.toMap(PopulationTarget::id, Function.identity()));
        Map<String, Shelter> shelters =
                l.shelters().stream().collect(Collectors.toMap(Shelter::id, Function.identity()));
        Map<String, ResponderPlace> responders =
                l.responders().stream()
                        .collect(Collectors.toMap(ResponderPlace::id, Function.identity()));
        JsonArray evac = new JsonArray();
        for (EvacuationRoute e : r.evacuation().routes()) {
            PopulationTarget t = targets.get(e.targetId());
            Shelter s = shelters.get(e.shelterId());
            evac.add(
                    new JsonObject()
                            .put("targetId", e.targetId())
                            .put("targetZh", t == null ? e.targetId() : t.nameZh())
                            .put("targetEn", t == null ? e.targetId() : t.nameEn())
                            .put("shelterId", e.shelterId())
                            .put("shelterZh", s.nameZh())
                            .put("shelterEn", s.nameEn())
                            .put("people", e.people())
                            .put("mode", e.mode().id())
                            .put("distanceM", r1(e.distanceM()))
                            .put("walkTimeS", Math.round(e.walkTimeS()))
                            .put(
                                    "driveTimeS",
                                    e.driveTimeS() == null ? null : Math.round(e.driveTimeS()))
                            .put("inZoneM", r1(e.inZoneM()))
                            .put("worstSeverity", e.worstSeverity())
                            .put("exitLeg", geo(e.exitLeg()))
                            .put("safeLeg", geo(e.safeLeg())));
        }
        JsonArray inPlace = new JsonArray();
        for (ShelterInPlace f : r.evacuation().shelterInPlace()) {
            PopulationTarget t = targets.get(f.targetId());
            inPlace.add(
                    new JsonObject()
                            .put("targetId", f.targetId())
                            .put("targetZh", t == null ? f.targetId() : t.nameZh())
                            .put("targetEn", t == null ? f.targetId() : t.nameEn())
                            .put("people", f.people())
                            .put("reason", f.reason().name().toLowerCase(java.util.Locale.ROOT))
                            .put("detailEn", f.detailEn()));
        }
        JsonArray shelterList = new JsonArray();
        for (Shelter s : l.shelters()) {
            shelterList.add(
                    new JsonObject()
                            .put("id", s.id())
                            .put("nameZh", s.nameZh())
                            .put("nameEn", s.nameEn())
                            .put("lon", s.lon())
                            .put("lat", s.lat())
                            .put("capacity", s.capacity())
                            .put("assigned", r.evacuation().shelterLoad().get(s.id()))
                            .put("unusable", r.evacuation().unusableShelters().get(s.id())));
        }
        return new JsonObject()
                .put("incidentId", r.incidentId())
                .put("zoneRunId", r.zoneRunId())
                .put("computedMs", r.computedMs())
                .put("computeMs", Math.round(r.computeMs() * 10) / 10.0)
                .put("networkVersion", r.networkVersion())
                .put("source", new JsonObject().put("lon", r.sourceLon()).put("lat", r.sourceLat()))
                .put("windFromDeg", r.windFromDeg())
                .put("evacuationMode", r.evacuationMode().id())
                .put("walkSpeedMPerS", RoutingSpeeds.WALK_M_PER_S)
                .put(
                        "evacuation",
                        new JsonObject()
                                .put("routes", evac)
                                .put("shelterInPlace", inPlace)
                                .put("shelters", shelterList))
                .put("approach", approach(r.approach(), responders))
                .put(
                        "dispatched",
                        approach(
                                r.dispatched(),
                                r.dispatchedTeams().stream()
                                        .collect(
                                                Collectors.toMap(
                                                        ResponderPlace::id,
                                                        Function.identity(),
                                                        (a, b) -> a))));
    }

    private static JsonObject approach(ApproachPlan plan, Map<String, ResponderPlace> places) {
        JsonArray routes = new JsonArray();
        for (ApproachRoute a : plan.routes()) {
            ResponderPlace p = places.get(a.responderId());
            routes.add(
                    named(a.responderId(), p)
                            .put("mode", a.mode().id())
                            .put(
                                    "staging",
                                    new JsonObject()
                                            .put("lon", a.stagingLon())
                                            .put("lat", a.stagingLat()))
                            .put("stagingFromSourceM", r1(a.stagingFromSourceM()))
                            .put("offUpwindDeg", Math.round(a.offUpwindDeg()))
                            .put(
                                    "flank",
                                    a.sectorHalfAngleDeg() > RoutingSpeeds.UPWIND_HALF_ANGLE_DEG)
                            .put("distanceM", r1(a.distanceM()))
                            .put("timeS", Math.round(a.timeS()))
                            .put("inMildZoneM", r1(a.inMildZoneM()))
                            .put("line", geo(a.line())));
        }
        JsonArray findings = new JsonArray();
        for (ApproachPlan.NoApproach n : plan.findings()) {
            findings.add(
                    named(n.responderId(), places.get(n.responderId()))
                            .put("reason", n.reason())
                            .put("detailEn", n.detailEn()));
        }
        return new JsonObject().put("routes", routes).put("findings", findings);
    }

    private static JsonObject named(String id, ResponderPlace p) {
        return new JsonObject()
                .put("responderId", id)
                .put("kind", p == null ? null : p.kind())
                .put("nameZh", p == null ? id : p.nameZh())
                .put("nameEn", p == null ? id : p.nameEn());
    }

    /** The push message of an incident's routes. */
    public static JsonObject pushMessage(IncidentRoutes r) {
        return new JsonObject().put("incidentId", r.incidentId()).put("routes", incident(r));
    }

    private static JsonObject snap(double lon, double lat, double snapM) {
        return new JsonObject().put("lon", lon).put("lat", lat).put("offNetworkM", r1(snapM));
    }

    static JsonObject geo(Geometry g) {
        GeoJsonWriter w = new GeoJsonWriter(7);
        w.setEncodeCRS(false);
        return new JsonObject(w.write(g));
    }

    private static double r1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
