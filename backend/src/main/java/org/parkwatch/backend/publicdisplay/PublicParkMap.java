package org.parkwatch.backend.publicdisplay;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Builds the public map once: the park outline, each enterprise's site outline with its name and
 * the shelters and assembly points (where the public goes in an emergency), nothing else, as a
 * GeoJSON FeatureCollection whose features carry only {@code kind}, {@code nameZh} and {@code
 * nameEn} (no ids); top-level {@code info} has the park's public introduction and emergency phone
 * numbers from park.json's {@code public} object. Coordinates are rounded to {@value
 * #COORD_DECIMALS} decimals (about 10 m), and an outline with any vertex closer than {@value
 * #MIN_CLEARANCE_M} m to an installation loses its geometry (the enterprise stays listed by name),
 * so no published coordinate points at a tank, unit, detector or camera.
 */
public final class PublicParkMap {
    /**
     * Decimals of published lon/lat: 1e-4° is about 9 m east–west and 11 m north–south at 35° N.
     */
    public static final int COORD_DECIMALS = 4;

    /**
     * Smallest distance between a published coordinate and any installation, m (issue 7: no exact
     * positions).
     */
    public static final double MIN_CLEARANCE_M = 50;

    /**
     * Feature kinds whose positions must not be published or approached (gis-data layer kinds).
     * Pipe racks are not among them: they run along the park's roads and plot fences, which are
     * public anyway.
     */
    public static final Set<String> INSTALLATION_KINDS =
            Set.of("tank", "tank-farm", "process-unit", "warehouse", "gas-detector", "camera");

    /**
     * Where the public is sent in an emergency (gis-data layer kinds): published with their names.
     */
    public static final Set<String> REFUGE_KINDS = Set.of("shelter", "assembly-point");

    private static final String PARK = "park-boundary";
    private static final String ENTERPRISE = "enterprise";
    private static final double SCALE = Math.pow(10, COORD_DECIMALS);

    private PublicParkMap() {}

    /**
     * The public FeatureCollection of {@code park}, encoded; top-level {@code name} has the park's
     * names.
     */
    public static String build(ParkCatalog park) {
        List<JsonObject> outlines = new ArrayList<>();
        List<JsonObject> refuges = new ArrayList<>();
        JsonObject meta = new JsonObject(park.metadata().toString());
        JsonArray centre = array(meta.getValue("centre"));
        InstallationClearance clearance =
                new InstallationClearance(number(centre, 0, 113.95), number(centre, 1, 35.25));
        for (LayerInfo layer : park.layers()) {
            for (Object o :
                    array(new JsonObject(park.layerGeoJson(layer.id())).getValue("features"))) {
                JsonObject f = object(o);
                String kind = kindOf(f);
                if (kind.equals(PARK) || kind.equals(ENTERPRISE)) outlines.add(f);
                else if (REFUGE_KINDS.contains(kind)) refuges.add(f);
                else if (INSTALLATION_KINDS.contains(kind))
                    addInstallation(clearance, object(f.getValue("geometry")));
            }
        }
        JsonObject out = new JsonObject().put("type", "FeatureCollection");
        out.put(
                "name",
                new JsonObject().put("zh", text(meta, "nameZh")).put("en", text(meta, "nameEn")));
        JsonArray features = new JsonArray();
        out.put("features", features);
        outlines.sort((a, b) -> Boolean.compare(!kindOf(a).equals(PARK), !kindOf(b).equals(PARK)));
        for (JsonObject f : outlines) {
            JsonObject p = object(f.getValue("properties"));
            JsonObject props =
                    new JsonObject()
                            .put("kind", kindOf(f).equals(PARK) ? "park" : ENTERPRISE)
                            .put("nameZh", text(p, "nameZh"))
                            .put("nameEn", text(p, "nameEn"));
            JsonObject pf = new JsonObject().put("type", "Feature").put("properties", props);
            JsonObject geometry = publicPolygon(object(f.getValue("geometry")), clearance);
            pf.put("geometry", geometry);
            props.put("outline", geometry != null);
            features.add(pf);
        }
        for (JsonObject f : refuges) addRefuge(features, f, clearance);
        out.put("info", info(object(meta.getValue("public"))));
        return out.encode();
    }

    /**
     * A shelter or assembly point as a rounded point; left out when it lies within the clearance of
     * an installation.
     */
    private static void addRefuge(
            JsonArray features, JsonObject f, InstallationClearance clearance) {
        JsonObject g = object(f.getValue("geometry"));
        if (!"Point".equals(text(g, "type"))) return;
        JsonArray rounded = round(array(g.getValue("coordinates")), clearance);
        if (rounded == null) return;
        JsonObject p = object(f.getValue("properties"));
        features.add(
                new JsonObject()
                        .put("type", "Feature")
                        .put(
                                "properties",
                                new JsonObject()
                                        .put("kind", kindOf(f))
                                        .put("nameZh", text(p, "nameZh"))
                                        .put("nameEn", text(p, "nameEn")))
                        .put(
                                "geometry",
                                new JsonObject().put("type", "Point").put("coordinates", rounded)));
    }

    /** The public introduction and phone numbers: only these named text fields are copied. */
    private static JsonObject info(JsonObject pub) {
        JsonArray hotlines = new JsonArray();
        for (Object o : array(pub.getValue("hotlines"))) {
            JsonObject p = object(o);
            hotlines.add(
                    new JsonObject()
                            .put("nameZh", text(p, "nameZh"))
                            .put("nameEn", text(p, "nameEn"))
                            .put("number", text(p, "number")));
        }
        return new JsonObject()
                .put("introZh", text(pub, "introZh"))
                .put("introEn", text(pub, "introEn"))
                .put("hotlines", hotlines);
    }

    private static String kindOf(JsonObject f) {
        return text(object(f.getValue("properties")), "kind");
    }

    /**
     * The rounded polygon, or null when it is not a (multi)polygon or a vertex comes too close to
     * an installation.
     */
    static JsonObject publicPolygon(JsonObject geometry, InstallationClearance clearance) {
        String type = text(geometry, "type");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) return null;
        JsonArray rounded = round(array(geometry.getValue("coordinates")), clearance);
        if (rounded == null) return null;
        return new JsonObject().put("type", type).put("coordinates", rounded);
    }

    /**
     * Rounds nested coordinate arrays; null when a position is within the clearance of an
     * installation.
     */
    private static JsonArray round(JsonArray coords, InstallationClearance clearance) {
        JsonArray out = new JsonArray();
        if (coords.size() >= 2 && coords.getValue(0) instanceof Number) {
            double lon = Math.round(number(coords, 0, 0) * SCALE) / SCALE;
            double lat = Math.round(number(coords, 1, 0) * SCALE) / SCALE;
            if (clearance.distanceM(lon, lat) < MIN_CLEARANCE_M) return null;
            return out.add(lon).add(lat);
        }
        for (Object c : coords) {
            JsonArray r = round(array(c), clearance);
            if (r == null) return null;
            out.add(r);
        }
        return out;
    }

    private static void addInstallation(InstallationClearance clearance, JsonObject g) {
        JsonArray c = array(g.getValue("coordinates"));
        switch (text(g, "type")) {
            case "Point" -> clearance.addPoint(number(c, 0, 0), number(c, 1, 0));
            case "MultiPoint" ->
                    c.forEach(
                            p ->
                                    clearance.addPoint(
                                            number(array(p), 0, 0), number(array(p), 1, 0)));
            case "LineString" -> clearance.addPath(positions(c), false);
            case "MultiLineString" -> c.forEach(l -> clearance.addPath(positions(array(l)), false));
            case "Polygon" -> c.forEach(r -> clearance.addPath(positions(array(r)), true));
            case "MultiPolygon" ->
                    c.forEach(
                            p ->
                                    array(p).forEach(
                                                    r ->
                                                            clearance.addPath(
                                                                    positions(array(r)), true)));
            default -> { // a geometry collection or nothing: no installation position to keep away
                // from
            }
        }
    }

    private static List<double[]> positions(JsonArray arr) {
        List<double[]> out = new ArrayList<>(arr.size());
        for (Object p : arr) out.add(new double[] {number(array(p), 0, 0), number(array(p), 1, 0)});
        return out;
    }

    private static JsonObject object(Object v) {
        return v instanceof JsonObject o ? o : new JsonObject();
    }

    private static JsonArray array(Object v) {
        return v instanceof JsonArray a ? a : new JsonArray();
    }

    private static double number(JsonArray a, int i, double fallback) {
        return i < a.size() && a.getValue(i) instanceof Number n ? n.doubleValue() : fallback;
    }

    private static String text(JsonObject o, String field) {
        Object v = o.getValue(field);
        return v == null || v instanceof JsonObject || v instanceof JsonArray ? "" : v.toString();
    }
}
