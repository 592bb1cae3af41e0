package org.parkwatch.backend.alarm.correlation;

import java.util.Optional;

/**
 * Where a gis-data feature is and which unit (process unit or tank farm) it belongs to. The
 * catalogue-backed {@link CatalogFeatureLocator} serves the demo; the spatial store (issue 3) can
 * supply its own.
 */
public interface FeatureLocator {
    /** Point features: the point; polygons: their centroid. */
    Optional<LonLat> position(String featureId);

    /**
     * The unit the feature belongs to: a unit itself; a tank its tank farm; a gas detector the unit
     * of the feature it monitors. Empty when unknown.
     */
    Optional<String> unitOf(String featureId);
}
