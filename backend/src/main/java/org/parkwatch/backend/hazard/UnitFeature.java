package org.parkwatch.backend.hazard;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of the park's {@code tank-farms}, {@code process-units} or {@code warehouses} layer,
 * as the hazard model reads it ({@link ParkLayerReader}).
 *
 * @param layer source layer id
 * @param nameZh Chinese name (the id when the feature has none)
 * @param nameEn English name (the id when the feature has none)
 * @param boundary the feature's geometry, EPSG:4326 lon/lat
 * @param geometryGeoJson the same geometry as the layer file writes it (GeoJSON text), for exports
 * @param designInventoryT design holdup in tonnes per CAS number (process units and warehouses), in
 *     file order
 */
public record UnitFeature(
        String id,
        String layer,
        String unitType,
        String enterpriseId,
        String nameZh,
        String nameEn,
        Geometry boundary,
        String geometryGeoJson,
        Map<String, Double> designInventoryT) {}
