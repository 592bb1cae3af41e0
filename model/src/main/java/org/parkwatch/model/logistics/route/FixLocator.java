package org.parkwatch.model.logistics.route;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
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
    private final List<Envelope> placeBoxes = new ArrayList<>();
    private final SegmentGrid roads;
    private final RoadOnFix[] roadOfEdge;

    /**
     * @param places lon/lat polygons where a truck may leave the road and stop (loading sites, the
     *     hazmat vehicle park)
     */
    public FixLocator(RoadGraph graph, List<Geometry> places, TruckRules rules) {
        this.graph = graph;
        this.rules = rules;
        for (Geometry g : places) {
            if (g.isEmpty()) continue;
            this.places.add(PreparedGeometryFactory.prepare(g));
            this.placeBoxes.add(g.getEnvelopeInternal());
        }
        List<LineString> lines = new ArrayList<>(graph.edges().size());
        roadOfEdge = new RoadOnFix[graph.edges().size()];
        for (int i = 0; i < roadOfEdge.length; i++) {
            lines.add(graph.edges().get(i).metres());
            roadOfEdge[i] = road(graph.edges().get(i).segment());
        }
        this.roads = new SegmentGrid(lines, Math.max(rules.roadMatchM(), 10));
    }

    /** A permitted route (lon/lat line) on the graph's metric plane, for {@link #locate}. */
    public Geometry routeMetres(LineString lonLat) {
        return graph.toMetres(lonLat);
    }

    /**
     * A permitted route of several lines (lon/lat: the way to the site and the permitted visit to
     * the parking lot, say) on the graph's metric plane: a position is as far off it as from the
     * nearest of the lines.
     */
    public Geometry routeMetres(List<LineString> lonLat) {
        if (lonLat.size() == 1) return routeMetres(lonLat.get(0));
        return graph.toMetres(LON_LAT.createMultiLineString(lonLat.toArray(LineString[]::new)));
    }

    /**
     * @param routeMetres the permitted route from {@link #routeMetres}, or null when there is none
     */
    public TruckFix locate(
            double lon, double lat, double speedKmh, long timeMs, Geometry routeMetres) {
        // on every position of every truck: plain arithmetic on precomputed segments, no JTS
        // geometry per call (a route that is no single line takes JTS's distance)
        double x = graph.eastM(lon);
        double y = graph.northM(lat);
        double off;
        if (routeMetres == null) off = Double.NaN;
        else if (routeMetres instanceof LineString line && !line.isEmpty())
            off = SegmentGrid.distanceM(x, y, line.getCoordinates());
        else if (routeMetres instanceof MultiLineString lines && !lines.isEmpty())
            off = distanceM(x, y, lines);
        else off = graph.distanceM(lon, lat, routeMetres);
        SegmentGrid.Nearest near = new SegmentGrid.Nearest();
        roads.nearest(x, y, rules.roadMatchM(), near);
        RoadOnFix road = near.line < 0 ? null : roadOfEdge[near.line];
        return new TruckFix(timeMs, speedKmh, off, road, inPlace(lon, lat));
    }

    private static double distanceM(double x, double y, MultiLineString lines) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            Coordinate[] c = lines.getGeometryN(i).getCoordinates();
            if (c.length > 0) best = Math.min(best, SegmentGrid.distanceM(x, y, c));
        }
        return best;
    }

    /** Whether the point lies in a permitted place. */
    public boolean inPlace(double lon, double lat) {
        for (int i = 0; i < places.size(); i++) {
            if (!placeBoxes.get(i).contains(lon, lat)) continue;
            if (places.get(i).covers(LON_LAT.createPoint(new Coordinate(lon, lat)))) return true;
        }
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
