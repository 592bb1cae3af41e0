package org.parkwatch.model.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Iso-risk contours of a raster by marching squares: the region where the value (sampled at cell centres, linearly
 * interpolated along cell edges) is at least the level, as JTS polygons in local metres. The raster is padded with
 * zeros so every contour closes; saddles are resolved by the mean of the four corners. Faces of the contour
 * arrangement are kept when a raster sample inside them is at or above the level.
 */
public final class RiskContours {

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
        Polygonizer polygonizer = new Polygonizer();
        List<Geometry> segments = new ArrayList<>();
        for (int b = 0; b < g.h - 1; b++) {
            for (int a = 0; a < g.w - 1; a++) {
                addSegments(g, a, b, level, segments);
            }
        }
        if (segments.isEmpty()) {
            return factory.createMultiPolygon();
        }
        polygonizer.add(segments);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        List<Polygon> kept = new ArrayList<>();
        for (Polygon face : faces) {
            if (isAbove(face, g, level)) {
                kept.add(face);
            }
        }
        return factory.createMultiPolygon(kept.toArray(new Polygon[0]));
    }

    /** Contours for several levels, in the order given. */
    public List<Geometry> contours(GridSpec spec, double[] values, List<Double> levels) {
        List<Geometry> out = new ArrayList<>();
        for (double level : levels) {
            out.add(contour(spec, values, level));
        }
        return out;
    }

    private boolean isAbove(Polygon face, Padded g, double level) {
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(face);
        Envelope env = face.getEnvelopeInternal();
        int a0 = Math.max(0, (int) Math.floor(g.toA(env.getMinX())));
        int a1 = Math.min(g.w - 1, (int) Math.ceil(g.toA(env.getMaxX())));
        int b0 = Math.max(0, (int) Math.floor(g.toB(env.getMinY())));
        int b1 = Math.min(g.h - 1, (int) Math.ceil(g.toB(env.getMaxY())));
        for (int b = b0; b <= b1; b++) {
            for (int a = a0; a <= a1; a++) {
                Coordinate c = new Coordinate(g.x(a), g.y(b));
                if (locator.locate(c) == Location.INTERIOR) {
                    return g.v(a, b) >= level;
                }
            }
        }
        return false;
    }

    private void addSegments(Padded g, int a, int b, double level, List<Geometry> out) {
        double v00 = g.v(a, b);
        double v10 = g.v(a + 1, b);
        double v11 = g.v(a + 1, b + 1);
        double v01 = g.v(a, b + 1);
        int cs = (v00 >= level ? 1 : 0) | (v10 >= level ? 2 : 0) | (v11 >= level ? 4 : 0) | (v01 >= level ? 8 : 0);
        if (cs == 0 || cs == 15) {
            return;
        }
        Coordinate bottom = lerp(g, a, b, a + 1, b, level);
        Coordinate right = lerp(g, a + 1, b, a + 1, b + 1, level);
        Coordinate top = lerp(g, a, b + 1, a + 1, b + 1, level);
        Coordinate left = lerp(g, a, b, a, b + 1, level);
        boolean centreAbove = (v00 + v10 + v11 + v01) / 4 >= level;
        switch (cs) {
            case 1, 14 -> seg(out, left, bottom);
            case 2, 13 -> seg(out, bottom, right);
            case 3, 12 -> seg(out, left, right);
            case 4, 11 -> seg(out, right, top);
            case 6, 9 -> seg(out, bottom, top);
            case 7, 8 -> seg(out, left, top);
            case 5 -> {
                if (centreAbove) {
                    seg(out, bottom, right);
                    seg(out, left, top);
                } else {
                    seg(out, left, bottom);
                    seg(out, right, top);
                }
            }
            case 10 -> {
                if (centreAbove) {
                    seg(out, left, bottom);
                    seg(out, right, top);
                } else {
                    seg(out, bottom, right);
                    seg(out, left, top);
                }
            }
            default -> throw new IllegalStateException("marching squares case " + cs);
        }
    }

    private void seg(List<Geometry> out, Coordinate p, Coordinate q) {
        if (!p.equals2D(q)) {
            out.add(factory.createLineString(new Coordinate[] {p, q}));
        }
    }

    /** Point on the edge from vertex (a1,b1) to (a2,b2) where the value crosses the level; always computed from the
     * lower-left vertex first so both squares sharing the edge get the identical coordinate. */
    private static Coordinate lerp(Padded g, int a1, int b1, int a2, int b2, double level) {
        double v1 = g.v(a1, b1);
        double v2 = g.v(a2, b2);
        double t = v1 == v2 ? 0.5 : (level - v1) / (v2 - v1);
        t = Math.max(0, Math.min(1, t));
        return new Coordinate(g.x(a1) + t * (g.x(a2) - g.x(a1)), g.y(b1) + t * (g.y(b2) - g.y(b1)));
    }

    /** The raster with a one-cell ring of zeros; vertex (a, b) is cell (a − 1, b − 1). */
    private static final class Padded {
        final GridSpec spec;
        final double[] values;
        final int w;
        final int h;

        Padded(GridSpec spec, double[] values) {
            if (values.length != spec.cells()) {
                throw new IllegalArgumentException("raster has " + values.length + " values, grid has "
                        + spec.cells());
            }
            this.spec = spec;
            this.values = values;
            this.w = spec.nx() + 2;
            this.h = spec.ny() + 2;
        }

        double v(int a, int b) {
            int i = a - 1;
            int j = b - 1;
            return i < 0 || j < 0 || i >= spec.nx() || j >= spec.ny() ? 0.0 : values[spec.index(i, j)];
        }

        double x(int a) {
            return spec.originEastM() + (a - 0.5) * spec.cellSizeM();
        }

        double y(int b) {
            return spec.originNorthM() + (b - 0.5) * spec.cellSizeM();
        }

        double toA(double x) {
            return (x - spec.originEastM()) / spec.cellSizeM() + 0.5;
        }

        double toB(double y) {
            return (y - spec.originNorthM()) / spec.cellSizeM() + 0.5;
        }
    }
}
