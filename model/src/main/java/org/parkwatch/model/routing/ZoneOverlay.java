package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Zones laid over a road graph: for every edge and node the worst severity of the zones it touches
 * and whether it touches a no-entry zone, and the zones' unions on the metric plane to check
 * finished routes with JTS. An edge counts as in a zone when its line intersects the zone (boundary
 * included), so the test is at most one edge length ({@link RoadGraphBuilder#MAX_EDGE_M}) coarse
 * and always on the safe side. Each zone is widened by {@link RoutingSpeeds#ZONE_MARGIN_M} so that
 * a route never grazes a zone's edge and a line checked clear stays clear after its conversion back
 * to lon/lat.
 */
final class ZoneOverlay {
    final int[] edgeSeverity;
    final BitSet edgeNoEntry;
    final int[] nodeSeverity;
    final BitSet nodeNoEntry;
    final BitSet edgeEvacuate;
    final BitSet nodeEvacuate;
    private final PreparedGeometry all;
    private final PreparedGeometry evacuate;
    private final PreparedGeometry noEntry;

    ZoneOverlay(RoadGraph g, List<DangerZone> zones) {
        edgeSeverity = new int[g.edges().size()];
        edgeNoEntry = new BitSet(g.edges().size());
        nodeSeverity = new int[g.nodeCount()];
        nodeNoEntry = new BitSet(g.nodeCount());
        edgeEvacuate = new BitSet(g.edges().size());
        nodeEvacuate = new BitSet(g.nodeCount());
        List<Geometry> allAreas = new ArrayList<>();
        List<Geometry> evacuateAreas = new ArrayList<>();
        List<Geometry> noEntryAreas = new ArrayList<>();
        for (DangerZone z : zones) {
            if (z.area().isEmpty()) continue;
            Geometry m = g.toMetres(z.area()).buffer(RoutingSpeeds.ZONE_MARGIN_M, 2);
            PreparedGeometry p = PreparedGeometryFactory.prepare(m);
            allAreas.add(m);
            if (z.noEntry()) noEntryAreas.add(m);
            if (z.evacuate()) evacuateAreas.add(m);
            for (int e : g.edgesIntersecting(p)) {
                edgeSeverity[e] = Math.max(edgeSeverity[e], z.severity());
                if (z.noEntry()) edgeNoEntry.set(e);
                if (z.evacuate()) edgeEvacuate.set(e);
            }
            for (int n : g.nodesIn(p)) {
                nodeSeverity[n] = Math.max(nodeSeverity[n], z.severity());
                if (z.noEntry()) nodeNoEntry.set(n);
                if (z.evacuate()) nodeEvacuate.set(n);
            }
        }
        all = prepare(allAreas);
        noEntry = prepare(noEntryAreas);
        evacuate = prepare(evacuateAreas);
    }

    private static PreparedGeometry prepare(List<Geometry> areas) {
        return areas.isEmpty()
                ? null
                : PreparedGeometryFactory.prepare(UnaryUnionOp.union(areas).buffer(0));
    }

    /** Whether a metric geometry touches any zone. */
    boolean touchesAny(Geometry metres) {
        return all != null && all.intersects(metres);
    }

    /** Whether a metric geometry touches an evacuation zone. */
    boolean touchesEvacuate(Geometry metres) {
        return evacuate != null && evacuate.intersects(metres);
    }

    /** Whether a metric geometry touches a no-entry zone. */
    boolean touchesNoEntry(Geometry metres) {
        return noEntry != null && noEntry.intersects(metres);
    }

    /** Length of a metric line inside the zones, m. */
    double lengthInside(Geometry metres) {
        return all == null ? 0 : all.getGeometry().intersection(metres).getLength();
    }

    boolean pointInAny(Coordinate metres) {
        return all != null && all.intersects(RoadGraph.LON_LAT.createPoint(metres));
    }
}
