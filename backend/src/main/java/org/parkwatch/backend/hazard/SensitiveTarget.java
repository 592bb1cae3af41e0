package org.parkwatch.backend.hazard;

import org.locationtech.jts.geom.Geometry;

/**
 * One feature of the park's {@code sensitive-targets} layer (village, school, hospital …) with its
 * head count.
 *
 * @param population residents counted for α (GB 18218-2018 Table 5); 0 when the feature gives none
 * @param lonLat the target's geometry, EPSG:4326
 */
public record SensitiveTarget(
        String id, String kind, String nameZh, String nameEn, int population, Geometry lonLat) {}
