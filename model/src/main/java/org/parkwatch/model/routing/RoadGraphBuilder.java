package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snap.SnappingNoder;
import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * Builds a {@link RoadGraph} from road segments. The segments are projected onto a local metric
 * plane about the network's centre and noded with JTS's {@link SnappingNoder}: a node wherever two
 * segments share a vertex or cross, vertices closer than {@link #SNAP_TOLERANCE_M} are one node,
 * and an end that stops within that tolerance of another road joins it (a digitised T-junction that
 * falls a little short). Crossings are junctions: the roads layer has no bridge or tunnel level
 * yet, so a flyover would wrongly be a junction. Each noded piece is then cut into edges no longer
 * than the maximum edge length (default {@link #MAX_EDGE_M}), so that zone tests and staging points
 * are resolved to that length. Pure and thread-safe.
 */
public final class RoadGraphBuilder {
    /** Vertices closer than this are one node, m (digitising tolerance of the demo layers). */
    public static final double SNAP_TOLERANCE_M = 1.0;

    /** Longest edge after cutting, m. */
    public static final double MAX_EDGE_M = 100;

    private static final GeometryFactory METRES = new GeometryFactory();

    private RoadGraphBuilder() {}

    /** The graph of {@code segments} with edges of at most {@link #MAX_EDGE_M}. */
    public static RoadGraph build(List<RoadSegment> segments) {
        return build(segments, MAX_EDGE_M);
    }

    /** The graph of {@code segments} with edges of at most {@code maxEdgeM} metres. */
    public static RoadGraph build(List<RoadSegment> segments, double maxEdgeM) {
        if (!(maxEdgeM > SNAP_TOLERANCE_M))
            throw new IllegalArgumentException("maxEdgeM must exceed the snap tolerance");
        Envelope env = new Envelope();
        for (RoadSegment s : segments) env.expandToInclude(s.line().getEnvelopeInternal());
        LocalMetricPlane plane =
                env.isNull()
                        ? new LocalMetricPlane(0, 0)
                        : new LocalMetricPlane(env.centre().x, env.centre().y);
        List<SegmentString> strings = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Coordinate[] lonLat = segments.get(i).line().getCoordinates();
            Coordinate[] m = new Coordinate[lonLat.length];
            for (int k = 0; k < lonLat.length; k++)
                m[k] = new Coordinate(plane.eastM(lonLat[k].x), plane.northM(lonLat[k].y));
            strings.add(new NodedSegmentString(m, i));
        }
        SnappingNoder noder = new SnappingNoder(SNAP_TOLERANCE_M);
        noder.computeNodes(strings);
        Nodes nodes = new Nodes();
        List<RoadEdge> edges = new ArrayList<>();
        for (Object o : noder.getNodedSubstrings()) {
            SegmentString piece = (SegmentString) o;
            Coordinate[] pts = CoordinateArrays.removeRepeatedPoints(piece.getCoordinates());
            if (pts.length < 2) continue;
            RoadSegment seg = segments.get((Integer) piece.getData());
            cut(METRES.createLineString(pts), seg, maxEdgeM, nodes, edges, plane);
        }
        return new RoadGraph(plane, nodes.array(nodes.xs), nodes.array(nodes.ys), edges);
    }

    private static void cut(
            LineString line,
            RoadSegment seg,
            double maxEdgeM,
            Nodes nodes,
            List<RoadEdge> edges,
            LocalMetricPlane plane) {
        double len = line.getLength();
        int n = Math.max(1, (int) Math.ceil(len / maxEdgeM - 1e-9));
        LengthIndexedLine indexed = new LengthIndexedLine(line);
        int from = nodes.shared(line.getCoordinateN(0));
        for (int k = 1; k <= n; k++) {
            LineString part =
                    (LineString) indexed.extractLine((k - 1) * len / n, k == n ? len : k * len / n);
            Coordinate end = part.getCoordinateN(part.getNumPoints() - 1);
            int to = k == n ? nodes.shared(end) : nodes.fresh(end);
            if (to != from && part.getLength() > 0) {
                edges.add(
                        new RoadEdge(
                                edges.size(),
                                seg,
                                from,
                                to,
                                part.getLength(),
                                part,
                                lonLat(part, plane)));
            }
            from = to;
        }
    }

    private static LineString lonLat(LineString metres, LocalMetricPlane plane) {
        Coordinate[] c = metres.getCoordinates();
        Coordinate[] out = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++)
            out[i] = new Coordinate(plane.lon(c[i].x), plane.lat(c[i].y));
        return RoadGraph.LON_LAT.createLineString(out);
    }

    /** Node numbering: noded ends shared by exact coordinate, cut points always new. */
    private static final class Nodes {
        final Map<Coordinate, Integer> byCoordinate = new HashMap<>();
        final List<Double> xs = new ArrayList<>();
        final List<Double> ys = new ArrayList<>();

        int shared(Coordinate c) {
            Integer id = byCoordinate.get(c);
            if (id != null) return id;
            id = fresh(c);
            byCoordinate.put(new Coordinate(c.x, c.y), id);
            return id;
        }

        int fresh(Coordinate c) {
            xs.add(c.x);
            ys.add(c.y);
            return xs.size() - 1;
        }

        double[] array(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
