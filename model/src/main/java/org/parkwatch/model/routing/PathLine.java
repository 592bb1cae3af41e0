package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A walked-and-driven line: an optional straight walk onto the network, arcs, an optional walk off
 * it; with its length and times. Built on the metric plane; {@link #lonLat} for output.
 */
final class PathLine {
    private static final GeometryFactory METRES = new GeometryFactory();

    final LineString metres;
    final double lengthM;
    final double walkOffM;
    final double modeS;
    final double walkS;
    final Double driveS;
    final List<String> roadIds;
    private final RoadGraph graph;

    /**
     * @param start metric start of the walk onto the first node, or null
     * @param end metric end of the walk off the last node, or null
     * @param firstNode the node where the path starts (used when {@code arcs} is empty)
     */
    PathLine(
            RoadGraph g,
            TravelMode mode,
            Coordinate start,
            int firstNode,
            List<Arc> arcs,
            Coordinate end) {
        this.graph = g;
        CoordinateList pts = new CoordinateList();
        double walk = 0;
        if (start != null) {
            pts.add(start, false);
            walk += start.distance(g.nodeMetres(firstNode));
        }
        pts.add(g.nodeMetres(firstNode), false);
        double net = 0;
        double mS = 0;
        double drive = 0;
        boolean drivable = true;
        Set<String> roads = new LinkedHashSet<>();
        for (Arc a : arcs) {
            RoadEdge e = g.edge(a);
            Coordinate[] c = e.metres().getCoordinates();
            if (a.forward()) for (Coordinate k : c) pts.add(k, false);
            else for (int i = c.length - 1; i >= 0; i--) pts.add(c[i], false);
            net += e.lengthM();
            mS += e.timeS(mode);
            drive += e.timeS(TravelMode.DRIVE);
            drivable &= e.allows(TravelMode.DRIVE, a.forward());
            roads.add(e.segment().id());
        }
        if (end != null) {
            walk += end.distance(pts.getCoordinate(pts.size() - 1));
            pts.add(end, false);
        }
        if (pts.size() == 1) pts.add(pts.getCoordinate(0), true);
        this.metres = METRES.createLineString(pts.toCoordinateArray());
        this.walkOffM = walk;
        this.lengthM = net + walk;
        double walkOffS = walk / RoutingSpeeds.WALK_M_PER_S;
        this.modeS = mS + walkOffS;
        this.walkS = lengthM / RoutingSpeeds.WALK_M_PER_S;
        this.driveS = drivable ? drive + walkOffS : null;
        this.roadIds = new ArrayList<>(roads);
    }

    /** Two consecutive lines as one, in EPSG:4326. */
    static LineString join(PathLine a, PathLine b) {
        CoordinateList pts = new CoordinateList(a.lonLat().getCoordinates(), false);
        pts.add(b.lonLat().getCoordinates(), false);
        if (pts.size() == 1) pts.add(pts.getCoordinate(0), true);
        return RoadGraph.LON_LAT.createLineString(pts.toCoordinateArray());
    }

    /** The line in EPSG:4326. */
    LineString lonLat() {
        Coordinate[] c = metres.getCoordinates();
        Coordinate[] out = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) out[i] = graph.toLonLat(c[i]);
        return RoadGraph.LON_LAT.createLineString(out);
    }
}
