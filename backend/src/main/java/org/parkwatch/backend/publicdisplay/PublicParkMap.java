package org.parkwatch.backend.publicdisplay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the public map once: the park outline, each enterprise's site outline with its name and the shelters and
 * assembly points (where the public goes in an emergency), nothing else, as a GeoJSON FeatureCollection whose features
 * carry only {@code kind}, {@code nameZh} and {@code nameEn} (no ids); top-level {@code info} has the park's public
 * introduction and emergency phone numbers from park.json's {@code public} object.
 * Coordinates are rounded to {@value #COORD_DECIMALS} decimals (about 10 m), and an outline with any vertex closer
 * than {@value #MIN_CLEARANCE_M} m to an installation loses its geometry (the enterprise stays listed by name),
 * so no published coordinate points at a tank, unit, detector or camera.
 */
public final class PublicParkMap {
    /** Decimals of published lon/lat: 1e-4° is about 9 m east–west and 11 m north–south at 35° N. */
    public static final int COORD_DECIMALS = 4;
    /** Smallest distance between a published coordinate and any installation, m (issue 7: no exact positions). */
    public static final double MIN_CLEARANCE_M = 50;
    /**
     * Feature kinds whose positions must not be published or approached (gis-data layer kinds). Pipe racks are not
     * among them: they run along the park's roads and plot fences, which are public anyway.
     */
    public static final Set<String> INSTALLATION_KINDS = Set.of("tank", "tank-farm", "process-unit", "warehouse",
            "gas-detector", "camera");
    /** Where the public is sent in an emergency (gis-data layer kinds): published with their names. */
    public static final Set<String> REFUGE_KINDS = Set.of("shelter", "assembly-point");
    private static final String PARK = "park-boundary";
    private static final String ENTERPRISE = "enterprise";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SCALE = Math.pow(10, COORD_DECIMALS);

    private PublicParkMap() {
    }

    /** The public FeatureCollection of {@code park}, encoded; top-level {@code name} has the park's names. */
    public static String build(ParkCatalog park) {
        List<JsonNode> outlines = new ArrayList<>();
        List<JsonNode> refuges = new ArrayList<>();
        JsonNode centre = park.metadata().path("centre");
        InstallationClearance clearance = new InstallationClearance(centre.path(0).asDouble(113.95),
                centre.path(1).asDouble(35.25));
        for (LayerInfo layer : park.layers()) {
            for (JsonNode f : park.layer(layer.id()).path("features")) {
                String kind = f.path("properties").path("kind").asText("");
                if (kind.equals(PARK) || kind.equals(ENTERPRISE)) outlines.add(f);
                else if (REFUGE_KINDS.contains(kind)) refuges.add(f);
                else if (INSTALLATION_KINDS.contains(kind)) addInstallation(clearance, f.path("geometry"));
            }
        }
        ObjectNode out = JSON.createObjectNode().put("type", "FeatureCollection");
        out.putObject("name").put("zh", park.metadata().path("nameZh").asText(""))
                .put("en", park.metadata().path("nameEn").asText(""));
        ArrayNode features = out.putArray("features");
        outlines.sort((a, b) -> Boolean.compare(!kindOf(a).equals(PARK), !kindOf(b).equals(PARK)));
        for (JsonNode f : outlines) {
            ObjectNode pf = features.addObject().put("type", "Feature");
            ObjectNode props = pf.putObject("properties").put("kind", kindOf(f).equals(PARK) ? "park" : ENTERPRISE)
                    .put("nameZh", f.path("properties").path("nameZh").asText(""))
                    .put("nameEn", f.path("properties").path("nameEn").asText(""));
            JsonNode geometry = publicPolygon(f.path("geometry"), clearance);
            if (geometry == null) pf.putNull("geometry");
            else pf.set("geometry", geometry);
            props.put("outline", geometry != null);
        }
        for (JsonNode f : refuges) addRefuge(features, f, clearance);
        out.set("info", info(park.metadata().path("public")));
        return out.toString();
    }

    /** A shelter or assembly point as a rounded point; left out when it lies within the clearance of an installation. */
    private static void addRefuge(ArrayNode features, JsonNode f, InstallationClearance clearance) {
        JsonNode g = f.path("geometry");
        if (!"Point".equals(g.path("type").asText())) return;
        JsonNode rounded = round(g.path("coordinates"), clearance);
        if (rounded == null) return;
        ObjectNode pf = features.addObject().put("type", "Feature");
        pf.putObject("properties").put("kind", kindOf(f)).put("nameZh", f.path("properties").path("nameZh").asText(""))
                .put("nameEn", f.path("properties").path("nameEn").asText(""));
        pf.putObject("geometry").put("type", "Point").set("coordinates", rounded);
    }

    /** The public introduction and phone numbers: only these named text fields are copied. */
    private static ObjectNode info(JsonNode pub) {
        ObjectNode info = JSON.createObjectNode().put("introZh", pub.path("introZh").asText(""))
                .put("introEn", pub.path("introEn").asText(""));
        ArrayNode hotlines = info.putArray("hotlines");
        for (JsonNode p : pub.path("hotlines")) {
            hotlines.addObject().put("nameZh", p.path("nameZh").asText("")).put("nameEn", p.path("nameEn").asText(""))
                    .put("number", p.path("number").asText(""));
        }
        return info;
    }

    private static String kindOf(JsonNode f) {
        return f.path("properties").path("kind").asText("");
    }

    /** The rounded polygon, or null when it is not a (multi)polygon or a vertex comes too close to an installation. */
    static JsonNode publicPolygon(JsonNode geometry, InstallationClearance clearance) {
        String type = geometry.path("type").asText("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) return null;
        ObjectNode out = JSON.createObjectNode().put("type", type);
        JsonNode rounded = round(geometry.path("coordinates"), clearance);
        if (rounded == null) return null;
        out.set("coordinates", rounded);
        return out;
    }

    /** Rounds nested coordinate arrays; null when a position is within the clearance of an installation. */
    private static JsonNode round(JsonNode coords, InstallationClearance clearance) {
        ArrayNode out = JSON.createArrayNode();
        if (coords.size() >= 2 && coords.get(0).isNumber()) {
            double lon = Math.round(coords.get(0).asDouble() * SCALE) / SCALE;
            double lat = Math.round(coords.get(1).asDouble() * SCALE) / SCALE;
            if (clearance.distanceM(lon, lat) < MIN_CLEARANCE_M) return null;
            return out.add(lon).add(lat);
        }
        for (JsonNode c : coords) {
            JsonNode r = round(c, clearance);
            if (r == null) return null;
            out.add(r);
        }
        return out;
    }

    private static void addInstallation(InstallationClearance clearance, JsonNode g) {
        JsonNode c = g.path("coordinates");
        switch (g.path("type").asText("")) {
            case "Point" -> clearance.addPoint(c.path(0).asDouble(), c.path(1).asDouble());
            case "MultiPoint" -> c.forEach(p -> clearance.addPoint(p.path(0).asDouble(), p.path(1).asDouble()));
            case "LineString" -> clearance.addPath(positions(c), false);
            case "MultiLineString" -> c.forEach(l -> clearance.addPath(positions(l), false));
            case "Polygon" -> c.forEach(r -> clearance.addPath(positions(r), true));
            case "MultiPolygon" -> c.forEach(p -> p.forEach(r -> clearance.addPath(positions(r), true)));
            default -> { // a geometry collection or nothing: no installation position to keep away from
            }
        }
    }

    private static List<double[]> positions(JsonNode arr) {
        List<double[]> out = new ArrayList<>(arr.size());
        for (JsonNode p : arr) out.add(new double[]{p.path(0).asDouble(), p.path(1).asDouble()});
        return out;
    }
}
