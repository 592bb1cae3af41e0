package org.parkwatch.backend.hazard;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Descriptive facts about one park unit beside its grading: where it comes from, its names, owner
 * and boundary.
 *
 * @param id unit id (feature id of the tank farm, process unit or warehouse)
 * @param layer source layer: {@code tank-farms}, {@code process-units} or {@code warehouses}
 * @param unitType {@code storage} or {@code production}
 * @param enterpriseId owner, e.g. {@code E01}
 * @param boundary the boundary, EPSG:4326
 * @param geometryGeoJson the boundary as the layer file writes it (GeoJSON text), for exports; may
 *     be null
 * @param tankIds tanks of the unit (feature ids; the level tags name them as featureId)
 * @param exposure people within 500 m of the boundary and the targets counted
 */
public record UnitInfo(
        String id,
        String layer,
        String unitType,
        String enterpriseId,
        String nameZh,
        String nameEn,
        Geometry boundary,
        String geometryGeoJson,
        List<String> tankIds,
        ExposedPopulation.Count exposure) {

    public UnitInfo {
        tankIds = List.copyOf(tankIds);
    }
}
