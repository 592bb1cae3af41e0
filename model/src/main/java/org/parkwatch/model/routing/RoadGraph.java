package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * The road network as a directed JGraphT graph: nodes numbered from 0 (junctions, ends and cut
 * points), one {@link RoadEdge} per piece of road and two {@link Arc}s per edge, one for each
 * travel direction (which modes may use an arc is decided per query: {@link RoadEdge#allows}).
 * Geometry is kept both in EPSG:4326 and on a local metric plane about the network's centre ({@link
 * LocalMetricPlane}); zone and avoid tests run on the plane. Built by {@link RoadGraphBuilder};
 * immutable and thread-safe once built.
 */
public final class RoadGraph {
    static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);

    /** Nearest candidates looked at before a full scan when snapping. */
    private static final int SNAP_CANDIDATES = 32;

    private final LocalMetricPlane plane;
    private final double[] x;
    private final double[] y;
    private final List<RoadEdge> edges;
    private final Graph<Integer, Arc> graph = new DirectedPseudograph<>(null, null, false);
    private final STRtree edgeIndex = new STRtree();
    private final STRtree nodeIndex = new STRtree();
    private final Map<TravelMode, BitSet> usableNodes = new EnumMap<>(TravelMode.class);

    /**
     * Arcs out of and into each node as compressed rows: arcs of node v at [start[v], start[v+1]).
     */
    final int[] outStart;

    final int[] outArcs;
    final int[] inStart;
    final int[] inArcs;

    RoadGraph(LocalMetricPlane plane, double[] x, double[] y, List<RoadEdge> edges) {
        this.plane = plane;
        this.x = x;
        this.y = y;
        this.edges = List.copyOf(edges);
        for (int i = 0; i < x.length; i++) {
            graph.addVertex(i);
            nodeIndex.insert(new Envelope(x[i], x[i], y[i], y[i]), i);
        }
        for (TravelMode m : TravelMode.values()) usableNodes.put(m, new BitSet(x.length));
        for (RoadEdge e : this.edges) {
            graph.addEdge(e.from(), e.to(), Arc.of(e.index(), true));
            graph.addEdge(e.to(), e.from(), Arc.of(e.index(), false));
            edgeIndex.insert(e.metres().getEnvelopeInternal(), e.index());
            for (TravelMode m : TravelMode.values()) {
                if (e.allows(m, true) || e.allows(m, false)) {
                    usableNodes.get(m).set(e.from());
                    usableNodes.get(m).set(e.to());
                }
            }
        }
        edgeIndex.build();
        nodeIndex.build();
        outStart = new int[x.length + 1];
        inStart = new int[x.length + 1];
        outArcs = new int[arcCount()];
        inArcs = new int[arcCount()];
        for (int a = 0; a < arcCount(); a++) {
            outStart[tail(a) + 1]++;
            inStart[head(a) + 1]++;
        }
        for (int v = 0; v < x.length; v++) {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        int[] o = Arrays.copyOf(outStart, x.length);
        int[] i = Arrays.copyOf(inStart, x.length);
        for (int a = 0; a < arcCount(); a++) {
            outArcs[o[tail(a)]++] = a;
            inArcs[i[head(a)]++] = a;
        }
    }

    /** The node an arc (by id) leaves. */
    int tail(int arcId) {
        RoadEdge e = edges.get(arcId >> 1);
        return (arcId & 1) == 0 ? e.from() : e.to();
    }

    /** The node an arc (by id) reaches. */
    int head(int arcId) {
        RoadEdge e = edges.get(arcId >> 1);
        return (arcId & 1) == 0 ? e.to() : e.from();
    }

    public int nodeCount() {
        return x.length;
    }

    public List<RoadEdge> edges() {
        return edges;
    }

    /** Arc ids run from 0 to {@code 2 × edges().size() − 1}. */
    public int arcCount() {
        return 2 * edges.size();
    }

    public double nodeLon(int node) {
        return plane.lon(x[node]);
    }

    public double nodeLat(int node) {
        return plane.lat(y[node]);
    }

    /** The node as a metric-plane coordinate. */
    Coordinate nodeMetres(int node) {
        return new Coordinate(x[node], y[node]);
    }

    /** Whether some arc at the node is open to {@code mode}. */
    boolean usable(int node, TravelMode mode) {
        return usableNodes.get(mode).get(node);
    }

    /** The JGraphT view: vertices are node indices, edges are arcs. */
    Graph<Integer, Arc> graph() {
        return graph;
    }

    RoadEdge edge(Arc arc) {
        return edges.get(arc.edge());
    }

    int tail(Arc arc) {
        RoadEdge e = edge(arc);
        return arc.forward() ? e.from() : e.to();
    }

    int head(Arc arc) {
        RoadEdge e = edge(arc);
        return arc.forward() ? e.to() : e.from();
    }

    /** Easting of a longitude on the graph's metric plane, m. */
    public double eastM(double lon) {
        return plane.eastM(lon);
    }

    /** Northing of a latitude on the graph's metric plane, m. */
    public double northM(double lat) {
        return plane.northM(lat);
    }

    /** Metric-plane coordinate of a lon/lat point. */
    Coordinate toMetres(double lon, double lat) {
        return new Coordinate(plane.eastM(lon), plane.northM(lat));
    }

    /** A copy of a lon/lat geometry on the metric plane. */
    public Geometry toMetres(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(
                (org.locationtech.jts.geom.CoordinateFilter)
                        c -> {
                            double e = plane.eastM(c.x);
                            c.y = plane.northM(c.y);
                            c.x = e;
                        });
        g.geometryChanged();
        return g;
    }

    /** The lon/lat coordinate of a metric-plane coordinate. */
    Coordinate toLonLat(Coordinate metres) {
        return new Coordinate(plane.lon(metres.x), plane.lat(metres.y));
    }

    /**
     * The node usable by {@code mode} nearest to the point, with the distance to it; empty when the
     * network has no such node.
     */
    public Optional<NodeSnap> snap(double lon, double lat, TravelMode mode) {
        BitSet usable = usableNodes.get(mode);
        if (usable.isEmpty()) return Optional.empty();
        Coordinate p = toMetres(lon, lat);
        Envelope at = new Envelope(p);
        int best = -1;
        Object[] near =
                nodeIndex.nearestNeighbour(
                        at,
                        p,
                        (a, b) -> ((Envelope) a.getBounds()).distance((Envelope) b.getBounds()),
                        Math.min(SNAP_CANDIDATES, x.length));
        for (Object o : near) {
            int n = (Integer) o;
            if (usable.get(n) && (best < 0 || dist(p, n) < dist(p, best))) best = n;
        }
        if (best < 0) {
            for (int n = usable.nextSetBit(0); n >= 0; n = usable.nextSetBit(n + 1))
                if (best < 0 || dist(p, n) < dist(p, best)) best = n;
        }
        return Optional.of(new NodeSnap(best, nodeLon(best), nodeLat(best), dist(p, best)));
    }

    private double dist(Coordinate p, int node) {
        return Math.hypot(p.x - x[node], p.y - y[node]);
    }

    /**
     * The edge nearest to the point within {@code maxM} metres, with its distance in metres; empty
     * when no edge is that close. Closed edges and edges barred to a mode count too: a truck on a
     * road closed to it is on that road.
     */
    public Optional<EdgeMatch> nearestEdge(double lon, double lat, double maxM) {
        Coordinate c = toMetres(lon, lat);
        Envelope around = new Envelope(c);
        around.expandBy(maxM);
        org.locationtech.jts.geom.Point p = LON_LAT.createPoint(c);
        EdgeMatch best = null;
        for (Object o : edgeIndex.query(around)) {
            RoadEdge e = edges.get((Integer) o);
            double d = e.metres().distance(p);
            if (d <= maxM && (best == null || d < best.distanceM())) best = new EdgeMatch(e, d);
        }
        return Optional.ofNullable(best);
    }

    /** An edge near a point and the distance to it, m. */
    public record EdgeMatch(RoadEdge edge, double distanceM) {}

    /**
     * Distance from a lon/lat point to a geometry on this graph's metric plane ({@link #toMetres}),
     * m.
     */
    public double distanceM(double lon, double lat, Geometry metres) {
        return metres.distance(LON_LAT.createPoint(toMetres(lon, lat)));
    }

    /** Indices of the edges whose metric line intersects the prepared metric geometry. */
    List<Integer> edgesIntersecting(PreparedGeometry area) {
        List<Integer> out = new ArrayList<>();
        for (Object o : edgeIndex.query(area.getGeometry().getEnvelopeInternal())) {
            int i = (Integer) o;
            if (area.intersects(edges.get(i).metres())) out.add(i);
        }
        return out;
    }

    /** Indices of the nodes that lie in or on the prepared metric geometry. */
    List<Integer> nodesIn(PreparedGeometry area) {
        List<Integer> out = new ArrayList<>();
        for (Object o : nodeIndex.query(area.getGeometry().getEnvelopeInternal())) {
            int n = (Integer) o;
            if (area.intersects(LON_LAT.createPoint(nodeMetres(n)))) out.add(n);
        }
        return out;
    }
}
