package org.parkwatch.backend.hazard;

import org.locationtech.jts.geom.Geometry;

/**
 * One polygon of the park's {@code enterprises} layer: an enterprise's site, whose outline is the
 * plant boundary (厂区边界) that GB 18218-2018 §4.2.3 counts α from.
 *
 * @param lonLat the site polygon, EPSG:4326
 */
public record EnterpriseSite(String id, String nameZh, String nameEn, Geometry lonLat) {}
