package org.parkwatch.backend.gis;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The spatial questions other capabilities ask about map features (hazard zones, plume footprints,
 * nearest responders). Coordinates in and out are EPSG:4326 lon/lat; distances are metres on the
 * park's Gauss–Krüger plane (EPSG:4547). A {@code kind} of null means every kind. Implementations
 * are thread-safe and may block.
 */
public interface SpatialQueries {

    /**
     * Features whose geometry intersects {@code area} (a polygon or any geometry), ordered by id.
     */
    List<FeatureRecord> intersecting(Geometry area, String kind);

    /**
     * Features within {@code radiusM} metres of the point (distance to the nearest part), nearest
     * first.
     */
    List<FeatureDistance> withinDistance(double lon, double lat, double radiusM, String kind);

    /** The {@code k} features nearest to the point, nearest first (fewer when fewer exist). */
    List<FeatureDistance> nearest(double lon, double lat, int k, String kind);

    /**
     * A feature and its distance from the query point, metres (0 when the point lies on or inside
     * it).
     */
    record FeatureDistance(FeatureRecord feature, double distanceM) {}
}
