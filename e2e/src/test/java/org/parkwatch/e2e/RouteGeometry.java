package org.parkwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * JTS checks of an incident's routes (the routing API's answer) against its threat zones (the zone
 * API's answer for the same run): every population target inside ERPG-2 has an evacuation route; no
 * evacuation route crosses an ERPG-2 zone — inside it only on one connected stretch from its start,
 * its safe leg touching none — and each ends at a shelter outside every zone; no approach route
 * (park responders and dispatched teams) touches an ERPG-3 or 12.5 kW/m² zone.
 */
final class RouteGeometry {
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private RouteGeometry() {}

    static void check(JsonNode routes, JsonNode zones) throws ParseException {
        GeoJsonReader reader = new GeoJsonReader(LON_LAT);
        List<Geometry> erpg2 = new ArrayList<>();
        List<Geometry> noEntry = new ArrayList<>();
        List<Geometry> all = new ArrayList<>();
        Set<String> inErpg2 = new LinkedHashSet<>();
        for (JsonNode f : zones.path("features")) {
            if (f.path("geometry").isNull() || f.path("geometry").isMissingNode()) continue;
            Geometry g = reader.read(f.path("geometry").toString());
            String t = f.path("properties").path("threshold").asText();
            all.add(g);
            if (t.equals("ERPG-2")) {
                erpg2.add(g);
                f.path("properties").path("targets").forEach(x -> inErpg2.add(x.asText()));
            }
            if (t.equals("ERPG-3") || t.equals("12.5kW")) noEntry.add(g);
        }
        assertFalse(erpg2.isEmpty(), "the leak has an ERPG-2 zone");
        assertFalse(noEntry.isEmpty(), "the leak has an ERPG-3 zone");
        assertFalse(inErpg2.isEmpty(), "people live inside ERPG-2 (Xiaolizhuang)");

        JsonNode evac = routes.path("evacuation");
        Set<String> routed = new LinkedHashSet<>();
        for (JsonNode r : evac.path("routes")) {
            routed.add(r.path("targetId").asText());
            LineString exit = (LineString) reader.read(r.path("exitLeg").toString());
            LineString safe = (LineString) reader.read(r.path("safeLeg").toString());
            for (Geometry z : erpg2) {
                assertFalse(safe.intersects(z), "safe leg enters ERPG-2: " + r.path("targetId"));
                leavesOnce(exit, z, r.path("targetId").asText());
            }
            JsonNode shelter = shelter(evac, r.path("shelterId").asText());
            Point at =
                    LON_LAT.createPoint(
                            new org.locationtech.jts.geom.Coordinate(
                                    shelter.path("lon").asDouble(),
                                    shelter.path("lat").asDouble()));
            for (Geometry z : all)
                assertFalse(z.intersects(at), "shelter inside a zone: " + shelter.path("id"));
        }
        assertTrue(
                routed.containsAll(inErpg2),
                "an evacuation route for every target in ERPG-2: " + inErpg2 + " vs " + routed);

        int approaches = 0;
        for (String plan : List.of("approach", "dispatched")) {
            for (JsonNode a : routes.path(plan).path("routes")) {
                Geometry line = reader.read(a.path("line").toString());
                for (Geometry z : noEntry)
                    assertFalse(
                            line.intersects(z),
                            plan + " route of " + a.path("responderId") + " enters ERPG-3");
                approaches++;
            }
        }
        assertTrue(approaches > 0, "at least one approach route is checked");
        assertEquals(
                "T-PARK-FIRE",
                routes.path("dispatched").path("routes").path(0).path("responderId").asText(),
                "the dispatched brigade has an approach route: " + routes.path("dispatched"));
    }

    /** The line is inside {@code zone} on one connected stretch that starts at its first point. */
    private static void leavesOnce(LineString exit, Geometry zone, String target) {
        Geometry inside = exit.intersection(zone);
        if (inside.isEmpty()) return; // starts outside this part of the zone
        LineMerger merger = new LineMerger();
        merger.add(inside);
        @SuppressWarnings("unchecked")
        Collection<LineString> pieces = merger.getMergedLineStrings();
        assertEquals(1, pieces.size(), "the way out of " + target + " re-enters ERPG-2");
        assertTrue(
                pieces.iterator().next().distance(exit.getStartPoint()) < 1e-9,
                "the stretch inside ERPG-2 starts at " + target);
    }

    private static JsonNode shelter(JsonNode evac, String id) {
        for (JsonNode s : evac.path("shelters")) if (s.path("id").asText().equals(id)) return s;
        throw new AssertionError("no shelter " + id + " in " + evac.path("shelters"));
    }
}
