package org.parkwatch.backend.alarm.correlation;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.model.park.ParkCatalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link FeatureLocator} over the park catalogue's layers: every feature with an id gets a position (point, or the
 * planar centroid of its geometry in lon/lat, fine at tank and unit size); units are tank farms and process units,
 * tanks belong to their {@code tankFarmId}, detectors to the unit of their {@code monitorsFeatureId}.
 */
public final class CatalogFeatureLocator implements FeatureLocator {
    /** Layers read for positions and unit membership. */
    public static final String[] LAYERS = {"gas-detectors", "tanks", "tank-farms", "process-units", "warehouses"};

    private final Map<String, LonLat> positions = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    public CatalogFeatureLocator(ParkCatalog catalog) {
        GeoJsonReader reader = new GeoJsonReader();
        for (String layer : LAYERS) {
            if (catalog.layers().stream().noneMatch(l -> l.id().equals(layer))) continue;
            int i = 0;
            for (JsonNode f : catalog.layer(layer).path("features")) {
                String id = f.path("id").asText(null);
                if (id == null) continue;
                try {
                    Point c = reader.read(f.get("geometry").toString()).getCentroid();
                    positions.put(id, new LonLat(c.getX(), c.getY()));
                } catch (ParseException | NullPointerException e) {
                    throw new IllegalArgumentException(layer + " feature " + i + " (" + id + "): bad geometry: "
                            + e.getMessage(), e);
                }
                JsonNode p = f.path("properties");
                String kind = p.path("kind").asText("");
                if (kind.equals("tank-farm") || kind.equals("process-unit")) parent.put(id, id);
                else if (p.hasNonNull("tankFarmId")) parent.put(id, p.get("tankFarmId").asText());
                else if (p.hasNonNull("monitorsFeatureId")) parent.put(id, p.get("monitorsFeatureId").asText());
                i++;
            }
        }
    }

    @Override
    public Optional<LonLat> position(String featureId) {
        return Optional.ofNullable(featureId == null ? null : positions.get(featureId));
    }

    @Override
    public Optional<String> unitOf(String featureId) {
        String f = featureId;
        for (int hops = 0; f != null && hops < 4; hops++) {
            String up = parent.get(f);
            if (up == null) return Optional.empty();
            if (up.equals(f)) return Optional.of(f);
            f = up;
        }
        return Optional.empty();
    }

}
