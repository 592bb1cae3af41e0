package org.parkwatch.backend.gis;

import org.locationtech.jts.geom.Geometry;

/**
 * One map feature as stored: geometry in EPSG:4326 (x = lon, y = lat), the common properties as
 * columns and every property (common ones included) as a JSON object text in {@code propsJson}.
 */
public record FeatureRecord(
        String id,
        String layerId,
        String kind,
        String nameZh,
        String nameEn,
        String enterpriseId,
        String propsJson,
        Geometry geometry) {
    public FeatureRecord {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("feature id is empty");
        if (geometry == null)
            throw new IllegalArgumentException("feature " + id + " has no geometry");
        kind = kind == null ? "" : kind;
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        propsJson = propsJson == null ? "{}" : propsJson;
    }
}
