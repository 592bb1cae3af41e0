package org.parkwatch.backend.workpermit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * A uniform grid over permits' places on a local metric plane, cells of {@code radiusM}: each
 * permit is entered in every cell its place, grown by {@code radiusM}, touches, so the permits
 * within {@code radiusM} of a point are all in the point's one cell. A lookup costs the few permits
 * of one cell, whatever the number of permits. Immutable; build a new one when permits change.
 */
final class PermitGrid {
    /** A permit near a point. */
    record Hit(SpecialWorkPermit permit, double distanceM) {}

    private record Entry(SpecialWorkPermit permit, Geometry placeM) {}

    private static final GeometryFactory METRIC = new GeometryFactory();

    /** A permit spanning more cells than this is kept in a list scanned on every lookup. */
    private static final int MAX_CELLS_PER_PERMIT = 400;

    private final LocalMetricPlane plane;
    private final double radiusM;
    private final Map<Long, List<Entry>> cells = new HashMap<>();
    private final List<Entry> large = new ArrayList<>();
    private final int size;

    PermitGrid(List<SpecialWorkPermit> permits, double radiusM, LocalMetricPlane plane) {
        this.plane = plane;
        this.radiusM = radiusM;
        this.size = permits.size();
        for (SpecialWorkPermit p : permits) {
            Geometry m = toMetres(p.geometry());
            Entry e = new Entry(p, m);
            Envelope env = m.getEnvelopeInternal();
            env.expandBy(radiusM);
            long x0 = cell(env.getMinX()), x1 = cell(env.getMaxX());
            long y0 = cell(env.getMinY()), y1 = cell(env.getMaxY());
            if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_PERMIT) {
                large.add(e);
                continue;
            }
            for (long x = x0; x <= x1; x++)
                for (long y = y0; y <= y1; y++)
                    cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(2)).add(e);
        }
    }

    int size() {
        return size;
    }

    /** The permits whose place is within {@code radiusM} of the point, nearest first. */
    List<Hit> near(double lon, double lat) {
        double[] xy = plane.toMetres(lon, lat);
        List<Entry> in = cells.get(key(cell(xy[0]), cell(xy[1])));
        if ((in == null || in.isEmpty()) && large.isEmpty()) return List.of();
        Point pt = METRIC.createPoint(new Coordinate(xy[0], xy[1]));
        List<Hit> out = new ArrayList<>();
        if (in != null) collect(in, pt, out);
        collect(large, pt, out);
        out.sort((a, b) -> Double.compare(a.distanceM(), b.distanceM()));
        return out;
    }

    private void collect(List<Entry> entries, Point pt, List<Hit> out) {
        for (Entry e : entries) {
            double d = e.placeM().distance(pt);
            if (d <= radiusM) out.add(new Hit(e.permit(), d));
        }
    }

    private Geometry toMetres(Geometry g) {
        Geometry m = g.copy();
        m.apply(
                (org.locationtech.jts.geom.CoordinateFilter)
                        c -> {
                            double[] xy = plane.toMetres(c.x, c.y);
                            c.x = xy[0];
                            c.y = xy[1];
                        });
        m.geometryChanged();
        return m;
    }

    private long cell(double m) {
        return (long) Math.floor(m / radiusM);
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }
}
