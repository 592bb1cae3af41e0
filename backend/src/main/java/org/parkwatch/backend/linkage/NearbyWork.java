package org.parkwatch.backend.linkage;

import java.util.List;

/**
 * The port through which a linkage package learns of active special work near its place (issue 15;
 * the work-permit capability provides it).
 */
@FunctionalInterface
public interface NearbyWork {
    NearbyWork NONE = (lon, lat) -> List.of();

    /** Active special work near the point (EPSG:4326), nearest first. */
    List<LinkagePackage.Work> near(double lon, double lat);
}
