package org.parkwatch.bridge.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park's GeoJSON features by id, with a representative point: the point itself, or the mean of
 * a line's or a polygon's exterior-ring vertices (the centre of a circular tank footprint).
 * Coordinates are EPSG:4326 lon/lat.
 */
public final class ScenarioFeatures {

    /**
     * @param kind the feature's {@code kind} property, e.g. {@code tank}, {@code gas-detector}
     * @param properties all properties as a JSON object
     */
    public record Feature(String id, String kind, JsonNode properties, double lon, double lat) {
        public String property(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asText();
        }
    }

    private final Map<String, Feature> byId = new LinkedHashMap<>();

    public ScenarioFeatures(List<Feature> features) {
        features.forEach(f -> byId.put(f.id(), f));
    }

    /** All features of all layers of the park; features without an id or geometry are skipped. */
    public static ScenarioFeatures of(ParkCatalog catalog) {
        List<Feature> list = new ArrayList<>();
        for (LayerInfo layer : catalog.layers()) {
            for (JsonNode f : catalog.layer(layer.id()).path("features")) {
                String id = f.path("id").asText(f.path("properties").path("id").asText(""));
                double[] p = representativePoint(f.path("geometry"));
                if (!id.isEmpty() && p != null) {
                    list.add(
                            new Feature(
                                    id,
                                    f.path("properties").path("kind").asText(""),
                                    f.path("properties"),
                                    p[0],
                                    p[1]));
                }
            }
        }
        return new ScenarioFeatures(list);
    }

    public Optional<Feature> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Feature> ofKind(String kind) {
        return byId.values().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    static double[] representativePoint(JsonNode geometry) {
        JsonNode c = geometry.path("coordinates");
        switch (geometry.path("type").asText("")) {
            case "Point":
                return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
            case "LineString":
                return mean(c, false);
            case "Polygon":
                return mean(c.get(0), true);
            case "MultiPolygon":
                return mean(c.get(0).get(0), true);
            default:
                return null;
        }
    }

    private static double[] mean(JsonNode positions, boolean closedRing) {
        if (positions == null || positions.isEmpty()) return null;
        int n = positions.size() - (closedRing && positions.size() > 1 ? 1 : 0);
        double lon = 0;
        double lat = 0;
        for (int i = 0; i < n; i++) {
            lon += positions.get(i).get(0).asDouble();
            lat += positions.get(i).get(1).asDouble();
        }
        return new double[] {lon / n, lat / n};
    }
}
