package org.parkwatch.backend.alarm.correlation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.parkwatch.model.park.ParkCatalog;

/**
 * {@link FeatureLocator} over the park catalogue's layers: every feature with an id gets a position
 * (point, or the planar centroid of its geometry in lon/lat, fine at tank and unit size); units are
 * tank farms and process units, tanks belong to their {@code tankFarmId}, detectors to the unit of
 * their {@code monitorsFeatureId}.
 */
public final class CatalogFeatureLocator implements FeatureLocator {
    /** Layers read for positions and unit membership. */
    public static final String[] LAYERS = {
        "gas-detectors", "tanks", "tank-farms", "process-units", "warehouses"
    };

    private final Map<String, LonLat> positions = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    /**
     * @throws IllegalArgumentException naming the layer and feature when a geometry cannot be read
     */
    public CatalogFeatureLocator(ParkCatalog catalog) {
        CatalogFeatureReader.read(catalog, LAYERS, positions, parent);
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
