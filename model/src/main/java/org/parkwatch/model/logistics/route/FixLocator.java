package org.parkwatch.model.logistics.route;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.parkwatch.model.routing.RoadGraph;
import org.parkwatch.model.routing.RoadSegment;

/**
 * Places a truck's position for the {@link ConductWatch}: its distance from the permitted route,
 * the road it is on (the nearest road centre line within {@link TruckRules#roadMatchM}, with its
 * hazmat limit and whether it is closed to hazardous goods) and whether it is inside a permitted
 * place. Immutable and thread-safe; one per road graph.
 */
public final class FixLocator {
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    private final RoadGraph graph;
    private final TruckRules rules;
    private final List<PreparedGeometry> places = new ArrayList<>();

    /**
     * @param places lon/lat polygons where a truck may leave the road and stop (loading sites, the
     *     hazmat vehicle park)
     */
    public FixLocator(RoadGraph graph, List<Geometry> places, TruckRules rules) {
        this.graph = graph;
        this.rules = rules;
        for (Geometry g : places)
            if (!g.isEmpty()) this.places.add(PreparedGeometryFactory.prepare(g));
    }

    /** A permitted route (lon/lat line) on the graph's metric plane, for {@link #locate}. */
    public Geometry routeMetres(LineString lonLat) {
        return graph.toMetres(lonLat);
    }

    /**
     * @param routeMetres the permitted route from {@link #routeMetres}, or null when there is none
     */
    public TruckFix locate(
            double lon, double lat, double speedKmh, long timeMs, Geometry routeMetres) {
        double off = routeMetres == null ? Double.NaN : graph.distanceM(lon, lat, routeMetres);
        RoadOnFix road =
                graph.nearestEdge(lon, lat, rules.roadMatchM())
                        .map(m -> road(m.edge().segment()))
                        .orElse(null);
        return new TruckFix(timeMs, speedKmh, off, road, inPlace(lon, lat));
    }

    /** Whether the point lies in a permitted place. */
    public boolean inPlace(double lon, double lat) {
        var p = LON_LAT.createPoint(new Coordinate(lon, lat));
        for (PreparedGeometry g : places) if (g.covers(p)) return true;
        return false;
    }

    static RoadOnFix road(RoadSegment s) {
        return new RoadOnFix(
                s.id(),
                s.nameZh(),
                s.nameEn(),
                TruckRules.hazmatLimitKmh(s.driveKmh()),
                !s.hazmatAllowed() || s.closed());
    }
}
