package org.parkwatch.backend.hazard;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Reads the park's GeoJSON layers that GB 18218 grading needs into {@link ParkLayers}: tank farms,
 * tanks, process units, warehouses, sensitive targets, enterprise sites and gas detectors. A layer
 * the park lacks reads as empty; a feature whose geometry cannot be read fails naming the layer and
 * the feature.
 */
public final class ParkLayerReader {
    static final String TANK_FARMS = "tank-farms";
    static final String TANKS = "tanks";
    static final String PROCESS_UNITS = "process-units";
    static final String WAREHOUSES = "warehouses";
    static final String SENSITIVE_TARGETS = "sensitive-targets";
    static final String GAS_DETECTORS = "gas-detectors";

    /** Enterprise site polygons: the plant boundaries α is counted from. */
    static final String ENTERPRISES = "enterprises";

    private ParkLayerReader() {}

    /**
     * @throws IllegalArgumentException naming the layer and feature when a geometry or count cannot
     *     be read
     */
    public static ParkLayers read(ParkCatalog park) {
        Map<String, String> detectors = new LinkedHashMap<>();
        for (JsonObject f : features(layer(park, GAS_DETECTORS))) {
            JsonObject p = props(f);
            detectors.put(text(f, "id", ""), text(p, "monitorsFeatureId", ""));
        }
        return new ParkLayers(
                units(layer(park, TANK_FARMS), TANK_FARMS),
                tanks(layer(park, TANKS)),
                units(layer(park, PROCESS_UNITS), PROCESS_UNITS),
                units(layer(park, WAREHOUSES), WAREHOUSES),
                sensitiveTargets(layer(park, SENSITIVE_TARGETS)),
                detectors,
                enterpriseSites(layer(park, ENTERPRISES)));
    }

    /** A layer's FeatureCollection, or an empty object when the park has no such layer. */
    public static JsonObject layer(ParkCatalog park, String id) {
        boolean present = park.layers().stream().anyMatch(l -> l.id().equals(id));
        return present ? new JsonObject(park.layerGeoJson(id)) : new JsonObject();
    }

    /** The features of a FeatureCollection (entries that are not objects are skipped). */
    public static List<JsonObject> features(JsonObject collection) {
        List<JsonObject> out = new ArrayList<>();
        Object arr = collection.getValue("features");
        if (arr instanceof JsonArray a) {
            for (Object o : a) {
                if (o instanceof JsonObject f) out.add(f);
            }
        }
        return out;
    }

    static List<UnitFeature> units(JsonObject layer, String layerId) {
        List<UnitFeature> out = new ArrayList<>();
        for (JsonObject f : features(layer)) {
            String id = text(f, "id", "");
            JsonObject p = props(f);
            Map<String, Double> design = new LinkedHashMap<>();
            if (p.getValue("designInventoryT") instanceof JsonObject d) {
                d.forEach(e -> design.put(e.getKey(), number(e.getValue(), 0.0)));
            }
            Object geometry = f.getValue("geometry");
            out.add(
                    new UnitFeature(
                            id,
                            layerId,
                            text(p, "unitType", ""),
                            text(p, "enterpriseId", ""),
                            text(p, "nameZh", id),
                            text(p, "nameEn", id),
                            lonLat(f, layerId, id),
                            geometry == null ? null : Json.encode(geometry),
                            design));
        }
        return out;
    }

    static List<TankFeature> tanks(JsonObject layer) {
        List<TankFeature> out = new ArrayList<>();
        for (JsonObject f : features(layer)) {
            JsonObject p = props(f);
            out.add(
                    new TankFeature(
                            text(f, "id", ""),
                            text(p, "tankFarmId", ""),
                            text(p, "enterpriseId", ""),
                            text(p, "tankType", ""),
                            text(p, "chemicalCas", ""),
                            text(p, "chemicalZh", null),
                            number(p, "diameterM"),
                            number(p, "heightM"),
                            number(p, "lengthM"),
                            number(p, "maxFillFraction"),
                            number(p, "liquidDensityKgM3"),
                            number(p, "capacityM3"),
                            number(p, "designPressureKPa"),
                            number(p, "designTemperatureC"),
                            f.getValue("geometry") == null
                                    ? null
                                    : Json.encode(f.getValue("geometry"))));
        }
        return out;
    }

    /**
     * @param collection the GeoJSON FeatureCollection of sensitive targets
     * @throws IllegalArgumentException naming the feature when its geometry cannot be read or
     *     population is negative
     */
    public static List<SensitiveTarget> sensitiveTargets(JsonObject collection) {
        List<SensitiveTarget> out = new ArrayList<>();
        int index = 0;
        for (JsonObject f : features(collection)) {
            JsonObject p = props(f);
            String id = text(f, "id", "#" + index);
            int population = (int) number(p.getValue("population"), 0.0);
            if (population < 0) {
                throw new IllegalArgumentException(
                        "sensitive-targets feature " + id + ": population < 0");
            }
            out.add(
                    new SensitiveTarget(
                            id,
                            text(p, "kind", ""),
                            text(p, "nameZh", ""),
                            text(p, "nameEn", ""),
                            population,
                            lonLat(f, SENSITIVE_TARGETS, id)));
            index++;
        }
        return out;
    }

    /**
     * The polygons of the {@code enterprises} layer (features without an area, e.g. a gate point,
     * are skipped).
     *
     * @param collection the GeoJSON FeatureCollection of enterprise sites
     * @throws IllegalArgumentException naming the feature when its geometry cannot be read
     */
    public static List<EnterpriseSite> enterpriseSites(JsonObject collection) {
        List<EnterpriseSite> out = new ArrayList<>();
        int index = 0;
        for (JsonObject f : features(collection)) {
            String id = text(f, "id", "#" + index++);
            JsonObject p = props(f);
            Geometry g = lonLat(f, ENTERPRISES, id);
            if (g.getDimension() == 2) {
                out.add(new EnterpriseSite(id, text(p, "nameZh", id), text(p, "nameEn", id), g));
            }
        }
        return out;
    }

    /** Reads a GeoJSON feature's geometry in lon/lat. */
    static Geometry lonLat(JsonObject feature, String layer, String id) {
        try {
            Object g = feature.getValue("geometry");
            return new GeoJsonReader().read(g == null ? "" : Json.encode(g));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    layer + " feature " + id + ": geometry unreadable: " + e.getMessage(), e);
        }
    }

    static JsonObject props(JsonObject feature) {
        return feature.getValue("properties") instanceof JsonObject p ? p : new JsonObject();
    }

    /**
     * A scalar field as text ({@code fallback} when absent or null), like the layer files' readers
     * always did.
     */
    static String text(JsonObject o, String field, String fallback) {
        Object v = o.getValue(field);
        if (v == null || v instanceof JsonObject || v instanceof JsonArray) return fallback;
        return v.toString();
    }

    /** A numeric field, or null when absent or not a number. */
    static Double number(JsonObject o, String field) {
        return o.getValue(field) instanceof Number n ? n.doubleValue() : null;
    }

    private static double number(Object v, double fallback) {
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }
}
