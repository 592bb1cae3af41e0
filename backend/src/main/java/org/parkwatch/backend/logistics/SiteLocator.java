package org.parkwatch.backend.logistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.parkwatch.backend.hazard.EnterpriseSite;

/**
 * Where a truck is: inside which enterprise's site (plant boundary), and whether inside the closed
 * park's fence. Indexed point-in-area locators behind an STR-tree, so a position costs a few
 * envelope tests and at most one or two point-in-polygon tests, with no geometry built per position
 * — the geofence step of every applied position. Thread-safe once built.
 */
final class SiteLocator {
    /** A truck's place. {@code enterpriseId} is null outside every site. */
    record Place(String enterpriseId, boolean insidePark) {
        static final Place OUTSIDE = new Place(null, false);
    }

    private record Site(String id, Envelope box, IndexedPointInAreaLocator area) {}

    private final STRtree sites = new STRtree();
    private final Envelope parkBox;
    private final IndexedPointInAreaLocator park;
    // the places a position can have, made once: a report allocates none
    private final Map<String, Place> inSiteInPark = new HashMap<>();
    private final Map<String, Place> inSiteOutsidePark = new HashMap<>();
    private static final Place IN_PARK_ONLY = new Place(null, true);

    /**
     * @param enterpriseSites the enterprises' site polygons (lon/lat)
     * @param parkBoundary the park's fence polygon (lon/lat), or null when the park has none (then
     *     every position inside a site counts as inside the park, and none other)
     */
    SiteLocator(List<EnterpriseSite> enterpriseSites, Geometry parkBoundary) {
        for (EnterpriseSite s : enterpriseSites) {
            Envelope box = s.lonLat().getEnvelopeInternal();
            sites.insert(box, new Site(s.id(), box, built(s.lonLat())));
            inSiteInPark.put(s.id(), new Place(s.id(), true));
            inSiteOutsidePark.put(s.id(), new Place(s.id(), false));
        }
        sites.build();
        this.park = parkBoundary == null ? null : built(parkBoundary);
        this.parkBox = parkBoundary == null ? null : parkBoundary.getEnvelopeInternal();
    }

    /** A locator with its index built now, not lazily on the first (concurrent) position. */
    private static IndexedPointInAreaLocator built(Geometry area) {
        IndexedPointInAreaLocator l = new IndexedPointInAreaLocator(area);
        l.locate(new Coordinate(0, 0));
        return l;
    }

    Place locate(double lon, double lat) {
        Coordinate c = new Coordinate(lon, lat);
        String[] enterprise = {null};
        sites.query(
                new Envelope(c),
                item -> {
                    Site s = (Site) item;
                    if (enterprise[0] == null
                            && s.box().covers(lon, lat)
                            && s.area().locate(c) != Location.EXTERIOR) enterprise[0] = s.id();
                });
        String e = enterprise[0];
        boolean inside =
                park == null
                        ? e != null
                        : parkBox.covers(lon, lat) && park.locate(c) != Location.EXTERIOR;
        if (e == null) return inside ? IN_PARK_ONLY : Place.OUTSIDE;
        return (inside ? inSiteInPark : inSiteOutsidePark).get(e);
    }
}
