package org.parkwatch.backend.logistics;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.parkwatch.backend.hazard.EnterpriseSite;

/**
 * Where a truck is: inside which enterprise's site (plant boundary), and whether inside the closed
 * park's fence. Prepared polygons behind an STR-tree, so a position costs a few envelope tests and
 * at most one or two point-in-polygon tests — the geofence step of every applied position.
 */
final class SiteLocator {
    /** A truck's place. {@code enterpriseId} is null outside every site. */
    record Place(String enterpriseId, boolean insidePark) {
        static final Place OUTSIDE = new Place(null, false);
    }

    private record Site(String id, PreparedGeometry polygon) {}

    private final STRtree sites = new STRtree();
    private final PreparedGeometry park;
    private final GeometryFactory gf = new GeometryFactory();

    /**
     * @param enterpriseSites the enterprises' site polygons (lon/lat)
     * @param parkBoundary the park's fence polygon (lon/lat), or null when the park has none (then
     *     every position inside a site counts as inside the park, and none other)
     */
    SiteLocator(List<EnterpriseSite> enterpriseSites, Geometry parkBoundary) {
        for (EnterpriseSite s : enterpriseSites) {
            sites.insert(
                    s.lonLat().getEnvelopeInternal(),
                    new Site(s.id(), PreparedGeometryFactory.prepare(s.lonLat())));
        }
        sites.build();
        this.park = parkBoundary == null ? null : PreparedGeometryFactory.prepare(parkBoundary);
    }

    Place locate(double lon, double lat) {
        Point p = gf.createPoint(new Coordinate(lon, lat));
        String enterprise = null;
        for (Object o : sites.query(p.getEnvelopeInternal())) {
            Site s = (Site) o;
            if (s.polygon().covers(p)) {
                enterprise = s.id();
                break;
            }
        }
        boolean inside = park == null ? enterprise != null : park.covers(p);
        return enterprise == null && !inside ? Place.OUTSIDE : new Place(enterprise, inside);
    }
}
