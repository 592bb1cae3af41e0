package org.parkwatch.model.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Iso-risk contours of a raster by marching squares: the region where the value (sampled at cell
 * centres, linearly interpolated along cell edges) is at least the level, as JTS polygons in local
 * metres. The raster is padded with zeros so every contour closes; saddles are resolved by the mean
 * of the four corners. Every segment is directed with the region above the level on its left, so
 * segments chain into rings without noding: counter-clockwise rings are shells, clockwise rings
 * holes, and each hole goes to the smallest shell that contains it.
 */
public final class RiskContours {

    // edges of a square: bottom, right, top, left
    private static final int B = 0;
    private static final int R = 1;
    private static final int T = 2;
    private static final int L = 3;

    /**
     * Directed segments {from, to} per case (bit 1 v00, 2 v10, 4 v11, 8 v01 at or above the level).
     */
    private static final int[][][] SEGMENTS = new int[16][][];

    private static final int[][][] SADDLE_CENTRE_ABOVE = new int[16][][];

    static {
        SEGMENTS[1] = new int[][] {{B, L}};
        SEGMENTS[2] = new int[][] {{R, B}};
        SEGMENTS[3] = new int[][] {{R, L}};
        SEGMENTS[4] = new int[][] {{T, R}};
        SEGMENTS[5] = new int[][] {{B, L}, {T, R}};
        SADDLE_CENTRE_ABOVE[5] = new int[][] {{B, R}, {T, L}};
        SEGMENTS[6] = new int[][] {{T, B}};
        SEGMENTS[7] = new int[][] {{T, L}};
        SEGMENTS[8] = new int[][] {{L, T}};
        SEGMENTS[9] = new int[][] {{B, T}};
        SEGMENTS[10] = new int[][] {{R, B}, {L, T}};
        SADDLE_CENTRE_ABOVE[10] = new int[][] {{L, B}, {R, T}};
        SEGMENTS[11] = new int[][] {{R, T}};
        SEGMENTS[12] = new int[][] {{L, R}};
        SEGMENTS[13] = new int[][] {{B, R}};
        SEGMENTS[14] = new int[][] {{L, B}};
    }

    private final GeometryFactory factory;

    public RiskContours(GeometryFactory factory) {
        this.factory = factory;
    }

    public RiskContours() {
        this(new GeometryFactory());
    }

    /** The area with value ≥ level (may be empty or a MultiPolygon). Level must be &gt; 0. */
    public Geometry contour(GridSpec spec, double[] values, double level) {
        if (!(level > 0)) {
            throw new IllegalArgumentException("contour level must be > 0 but was " + level);
        }
        Padded g = new Padded(spec, values);
        Map<Long, Long> next = new HashMap<>();
        for (int b = 0; b < g.h - 1; b++) {
            for (int a = 0; a < g.w - 1; a++) {
                addSegments(g, a, b, level, next);
            }
        }
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        while (!next.isEmpty()) {
            long start = next.keySet().iterator().next();
            List<Coordinate> ring = new ArrayList<>();
            long e = start;
            do {
                ring.add(g.crossing(e, level));
                Long to = next.remove(e);
                if (to == null) {
                    throw new IllegalStateException("open contour at edge " + e);
                }
                e = to;
            } while (e != start);
            ring.add(ring.get(0).copy());
            if (ring.size() < 4) {
                continue;
            }
            Coordinate[] coords = ring.toArray(new Coordinate[0]);
            (Orientation.isCCW(coords) ? shells : holes).add(factory.createLinearRing(coords));
        }
        return assemble(shells, holes);
    }

    /** Contours for several levels, in the order given. */
    public List<Geometry> contours(GridSpec spec, double[] values, List<Double> levels) {
        List<Geometry> out = new ArrayList<>();
        for (double level : levels) {
            out.add(contour(spec, values, level));
        }
        return out;
    }

    private Geometry assemble(List<LinearRing> shells, List<LinearRing> holes) {
        List<Polygon> shellPolygons = new ArrayList<>();
        List<List<LinearRing>> holesOf = new ArrayList<>();
        List<IndexedPointInAreaLocator> locators = new ArrayList<>();
        for (LinearRing s : shells) {
            Polygon p = factory.createPolygon(s);
            shellPolygons.add(p);
            holesOf.add(new ArrayList<>());
            locators.add(new IndexedPointInAreaLocator(p));
        }
        for (LinearRing hole : holes) {
            Coordinate probe = hole.getCoordinateN(0);
            int best = -1;
            double bestArea = Double.MAX_VALUE;
            for (int k = 0; k < shellPolygons.size(); k++) {
                Polygon p = shellPolygons.get(k);
                if (p.getEnvelopeInternal().covers(hole.getEnvelopeInternal())
                        && locators.get(k).locate(probe) != Location.EXTERIOR) {
                    double area = p.getArea();
                    if (area < bestArea) {
                        bestArea = area;
                        best = k;
                    }
                }
            }
            if (best < 0) {
                throw new IllegalStateException("contour hole outside every shell at " + probe);
            }
            holesOf.get(best).add(hole);
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int k = 0; k < polygons.length; k++) {
            polygons[k] =
                    factory.createPolygon(shells.get(k), holesOf.get(k).toArray(new LinearRing[0]));
        }
        return factory.createMultiPolygon(polygons);
    }

    private static void addSegments(Padded g, int a, int b, double level, Map<Long, Long> next) {
        double v00 = g.v(a, b);
        double v10 = g.v(a + 1, b);
        double v11 = g.v(a + 1, b + 1);
        double v01 = g.v(a, b + 1);
        int cs =
                (v00 >= level ? 1 : 0)
                        | (v10 >= level ? 2 : 0)
                        | (v11 >= level ? 4 : 0)
                        | (v01 >= level ? 8 : 0);
        if (cs == 0 || cs == 15) {
            return;
        }
        int[][] segs = SEGMENTS[cs];
        if ((cs == 5 || cs == 10) && (v00 + v10 + v11 + v01) / 4 >= level) {
            segs = SADDLE_CENTRE_ABOVE[cs];
        }
        for (int[] s : segs) {
            next.put(g.edgeId(a, b, s[0]), g.edgeId(a, b, s[1]));
        }
    }

    /** The raster with a one-cell ring of zeros; vertex (a, b) is cell (a − 1, b − 1). */
    private static final class Padded {
        final GridSpec spec;
        final double[] values;
        final int w;
        final int h;

        Padded(GridSpec spec, double[] values) {
            if (values.length != spec.cells()) {
                throw new IllegalArgumentException(
                        "raster has " + values.length + " values, grid has " + spec.cells());
            }
            this.spec = spec;
            this.values = values;
            this.w = spec.nx() + 2;
            this.h = spec.ny() + 2;
        }

        double v(int a, int b) {
            int i = a - 1;
            int j = b - 1;
            return i < 0 || j < 0 || i >= spec.nx() || j >= spec.ny()
                    ? 0.0
                    : values[spec.index(i, j)];
        }

        double x(int a) {
            return spec.originEastM() + (a - 0.5) * spec.cellSizeM();
        }

        double y(int b) {
            return spec.originNorthM() + (b - 0.5) * spec.cellSizeM();
        }

        /**
         * Id of a square's edge: horizontal edges from vertex (a, b) to (a+1, b) are 2·(b·w + a),
         * vertical edges from (a, b) to (a, b+1) are 2·(b·w + a) + 1, so neighbouring squares name
         * a shared edge alike.
         */
        long edgeId(int a, int b, int edge) {
            return switch (edge) {
                case B -> 2L * ((long) b * w + a);
                case T -> 2L * ((long) (b + 1) * w + a);
                case L -> 2L * ((long) b * w + a) + 1;
                case R -> 2L * ((long) b * w + a + 1) + 1;
                default -> throw new IllegalArgumentException("edge " + edge);
            };
        }

        /** The level crossing on an edge, by linear interpolation from its lower/left vertex. */
        Coordinate crossing(long id, double level) {
            boolean vertical = (id & 1) == 1;
            long cell = id >> 1;
            int a = (int) (cell % w);
            int b = (int) (cell / w);
            int a2 = vertical ? a : a + 1;
            int b2 = vertical ? b + 1 : b;
            double v1 = v(a, b);
            double v2 = v(a2, b2);
            double t = v1 == v2 ? 0.5 : Math.max(0, Math.min(1, (level - v1) / (v2 - v1)));
            return new Coordinate(x(a) + t * (x(a2) - x(a)), y(b) + t * (y(b2) - y(b)));
        }
    }
}
