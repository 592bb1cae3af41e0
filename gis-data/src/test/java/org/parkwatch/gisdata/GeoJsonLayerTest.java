package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parkwatch.gisdata.DemoPark.CATALOG;
import static org.parkwatch.gisdata.DemoPark.FEATURES;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.parkwatch.model.park.LayerInfo;

/** Every layer file is RFC 7946 GeoJSON with valid, counter-clockwise, lon/lat geometry. */
class GeoJsonLayerTest {
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "LineString", "Polygon");

    /**
     * The demo park and its surroundings lie within this many degrees of the centre (about 11 km).
     */
    private static final double MAX_DEG_FROM_CENTRE = 0.1;

    /** Which feature kinds each layer may hold. */
    private static final Map<String, Set<String>> KINDS_BY_LAYER =
            Map.ofEntries(
                    Map.entry("park-boundary", Set.of("park-boundary")),
                    Map.entry("roads", Set.of("road", "gate")),
                    Map.entry("rivers", Set.of("river", "drinking-water-intake")),
                    Map.entry("enterprises", Set.of("enterprise")),
                    Map.entry("tank-farms", Set.of("tank-farm")),
                    Map.entry("tanks", Set.of("tank")),
                    Map.entry("process-units", Set.of("process-unit")),
                    Map.entry("warehouses", Set.of("warehouse")),
                    Map.entry("pipelines", Set.of("pipeline", "pipe-rack")),
                    Map.entry("gas-detectors", Set.of("gas-detector")),
                    Map.entry("cameras", Set.of("camera")),
                    Map.entry(
                            "environment",
                            Set.of(
                                    "weather-station",
                                    "air-station",
                                    "outfall",
                                    "accident-pool",
                                    "emergency-pond")),
                    Map.entry("park-facilities", Set.of("building", "wwtp", "parking")),
                    Map.entry("sensitive-targets", Set.of("village", "school", "hospital")),
                    Map.entry(
                            "emergency-resources",
                            Set.of(
                                    "fire-station",
                                    "medical-point",
                                    "shelter",
                                    "foam-store",
                                    "absorbent-store")));

    @Test
    void parkJsonListsFifteenLayersEachInItsOwnFile() {
        List<LayerInfo> layers = CATALOG.layers();
        assertEquals(
                KINDS_BY_LAYER.keySet(),
                new HashSet<>(layers.stream().map(LayerInfo::id).toList()));
        assertEquals(15, layers.size());
        assertEquals(15, new HashSet<>(layers.stream().map(LayerInfo::file).toList()).size());
        for (LayerInfo l : layers) {
            assertEquals("layers/" + l.id() + ".geojson", l.file());
        }
    }

    @Test
    void everyLayerIsAFeatureCollectionWithoutCrsAndWithLonLatPositions() {
        JsonNode centre = CATALOG.metadata().path("centre");
        List<String> problems = new ArrayList<>();
        for (LayerInfo l : CATALOG.layers()) {
            JsonNode fc = CATALOG.layer(l.id());
            if (!"FeatureCollection".equals(fc.path("type").asText()))
                problems.add(l.id() + ": type is not FeatureCollection");
            if (fc.has("crs")) problems.add(l.id() + ": has a crs member (RFC 7946 §4 removed it)");
            if (fc.path("features").isEmpty()) problems.add(l.id() + ": no features");
            int i = 0;
            for (JsonNode f : fc.path("features")) {
                String where = l.id() + " feature[" + i++ + "]";
                if (!"Feature".equals(f.path("type").asText()))
                    problems.add(where + ": type is not Feature");
                if (!f.path("id").isTextual() || f.path("id").asText().isBlank())
                    problems.add(where + ": no string id");
                JsonNode p = f.path("properties");
                for (String field : List.of("kind", "nameZh", "nameEn")) {
                    if (!p.path(field).isTextual() || p.path(field).asText().isBlank()) {
                        problems.add(where + ": property " + field + " missing");
                    }
                }
                if (!KINDS_BY_LAYER.get(l.id()).contains(p.path("kind").asText())) {
                    problems.add(
                            where
                                    + ": kind "
                                    + p.path("kind").asText()
                                    + " does not belong in layer "
                                    + l.id());
                }
                String type = f.path("geometry").path("type").asText();
                if (!GEOMETRY_TYPES.contains(type)) problems.add(where + ": geometry type " + type);
                checkPositions(f.path("geometry").path("coordinates"), centre, where, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void polygonRingsAreClosedAndExteriorRingsCounterClockwise() {
        List<String> problems = new ArrayList<>();
        int polygons = 0;
        for (LayerInfo l : CATALOG.layers()) {
            int i = 0;
            for (JsonNode f : CATALOG.layer(l.id()).path("features")) {
                String where = l.id() + " feature[" + i++ + "]";
                JsonNode g = f.path("geometry");
                if (!"Polygon".equals(g.path("type").asText())) continue;
                polygons++;
                int r = 0;
                for (JsonNode ring : g.path("coordinates")) {
                    Coordinate[] cs = coordinates(ring);
                    if (cs.length < 4)
                        problems.add(where + " ring " + r + ": fewer than 4 positions");
                    else if (!cs[0].equals2D(cs[cs.length - 1]))
                        problems.add(where + " ring " + r + ": not closed");
                    else if (Orientation.isCCW(cs) != (r == 0)) {
                        problems.add(
                                where
                                        + " ring "
                                        + r
                                        + ": wrong winding (exterior must be counter-clockwise)");
                    }
                    r++;
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(
                FEATURES.stream()
                        .filter(f -> f.lonLat().getGeometryType().equals("Polygon"))
                        .count(),
                polygons);
    }

    @Test
    void everyGeometryIsValidForJts() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature f : FEATURES) {
            IsValidOp op = new IsValidOp(f.lonLat());
            if (!op.isValid()) problems.add(f.where() + ": " + op.getValidationError());
            if (f.lonLat().isEmpty()) problems.add(f.where() + ": empty geometry");
        }
        assertEquals(List.of(), problems);
        assertEquals(280, FEATURES.size(), "features in the demo park");
    }

    private static void checkPositions(
            JsonNode coords, JsonNode centre, String where, List<String> problems) {
        if (coords.isArray() && coords.size() > 0 && coords.get(0).isNumber()) {
            if (coords.size() != 2) {
                problems.add(where + ": position with " + coords.size() + " values");
                return;
            }
            double lon = coords.get(0).asDouble(), lat = coords.get(1).asDouble();
            if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
                problems.add(where + ": not lon/lat " + coords);
            if (Math.abs(lon - centre.get(0).asDouble()) > MAX_DEG_FROM_CENTRE
                    || Math.abs(lat - centre.get(1).asDouble()) > MAX_DEG_FROM_CENTRE) {
                problems.add(
                        where + ": position far from the park (axis order swapped?) " + coords);
            }
            return;
        }
        for (JsonNode c : coords) checkPositions(c, centre, where, problems);
    }

    private static Coordinate[] coordinates(JsonNode ring) {
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int i = 0; i < cs.length; i++)
            cs[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        return cs;
    }
}
