package org.parkwatch.model.logistics.route;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The segments of lines on a metric plane in a uniform grid of square cells, for the nearest line
 * within a short distance of a point without allocating: what {@link FixLocator} asks of every
 * truck position (tens of thousands a second). Immutable and thread-safe once built.
 */
final class SegmentGrid {
    /** The nearest line's index and distance, m; {@code line} -1 when none is within reach. */
    static final class Nearest {
        int line = -1;
        double distanceM = Double.POSITIVE_INFINITY;
    }

    private final double cellM;
    private final double minX;
    private final double minY;
    private final int nx;
    private final int ny;
    private final int[][] cells;
    private final double[] ax;
    private final double[] ay;
    private final double[] bx;
    private final double[] by;
    private final int[] lineOf;

    /**
     * @param lines the lines (metric plane), their index the answer's {@code line}
     * @param cellM cell side, m: about the query distance
     */
    SegmentGrid(List<LineString> lines, double cellM) {
        this.cellM = cellM;
        List<double[]> segs = new ArrayList<>();
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lines.size(); i++) {
            Coordinate[] c = lines.get(i).getCoordinates();
            for (int k = 0; k + 1 < c.length; k++) {
                segs.add(new double[] {c[k].x, c[k].y, c[k + 1].x, c[k + 1].y, i});
                x0 = Math.min(x0, Math.min(c[k].x, c[k + 1].x));
                y0 = Math.min(y0, Math.min(c[k].y, c[k + 1].y));
                x1 = Math.max(x1, Math.max(c[k].x, c[k + 1].x));
                y1 = Math.max(y1, Math.max(c[k].y, c[k + 1].y));
            }
        }
        int n = segs.size();
        ax = new double[n];
        ay = new double[n];
        bx = new double[n];
        by = new double[n];
        lineOf = new int[n];
        if (n == 0) {
            minX = minY = 0;
            nx = ny = 0;
            cells = new int[0][];
            return;
        }
        minX = x0;
        minY = y0;
        nx = (int) Math.floor((x1 - x0) / cellM) + 1;
        ny = (int) Math.floor((y1 - y0) / cellM) + 1;
        List<List<Integer>> build = new ArrayList<>(nx * ny);
        for (int i = 0; i < nx * ny; i++) build.add(null);
        for (int s = 0; s < n; s++) {
            double[] g = segs.get(s);
            ax[s] = g[0];
            ay[s] = g[1];
            bx[s] = g[2];
            by[s] = g[3];
            lineOf[s] = (int) g[4];
            int cx0 = cellX(Math.min(g[0], g[2])), cx1 = cellX(Math.max(g[0], g[2]));
            int cy0 = cellY(Math.min(g[1], g[3])), cy1 = cellY(Math.max(g[1], g[3]));
            for (int cx = cx0; cx <= cx1; cx++) {
                for (int cy = cy0; cy <= cy1; cy++) {
                    int k = cy * nx + cx;
                    if (build.get(k) == null) build.set(k, new ArrayList<>(4));
                    build.get(k).add(s);
                }
            }
        }
        cells = new int[nx * ny][];
        for (int k = 0; k < cells.length; k++) {
            List<Integer> l = build.get(k);
            if (l != null) cells[k] = l.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private int cellX(double x) {
        return Math.max(0, Math.min(nx - 1, (int) Math.floor((x - minX) / cellM)));
    }

    private int cellY(double y) {
        return Math.max(0, Math.min(ny - 1, (int) Math.floor((y - minY) / cellM)));
    }

    /**
     * The line nearest to (x, y) within {@code maxM} into {@code out} (its line -1 when none is);
     * among equally near lines the one first in the grid's order.
     */
    void nearest(double x, double y, double maxM, Nearest out) {
        out.line = -1;
        out.distanceM = Double.POSITIVE_INFINITY;
        if (cells.length == 0) return;
        if (x < minX - maxM || y < minY - maxM) return;
        if (x > minX + nx * cellM + maxM || y > minY + ny * cellM + maxM) return;
        int cx0 = cellX(x - maxM), cx1 = cellX(x + maxM);
        int cy0 = cellY(y - maxM), cy1 = cellY(y + maxM);
        double best = Double.POSITIVE_INFINITY;
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                int[] segs = cells[cy * nx + cx];
                if (segs == null) continue;
                for (int s : segs) {
                    double d2 = distance2(x, y, ax[s], ay[s], bx[s], by[s]);
                    if (d2 < best) {
                        best = d2;
                        out.line = lineOf[s];
                    }
                }
            }
        }
        double d = Math.sqrt(best);
        if (d > maxM) {
            out.line = -1;
            return;
        }
        out.distanceM = d;
    }

    /** Squared distance from (px, py) to the segment (ax, ay)–(bx, by), m². */
    static double distance2(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
        if (t < 0) t = 0;
        else if (t > 1) t = 1;
        double ex = ax + t * dx - px;
        double ey = ay + t * dy - py;
        return ex * ex + ey * ey;
    }

    /** Distance from (x, y) to a metric line, m, without allocating. */
    static double distanceM(double x, double y, Coordinate[] line) {
        if (line.length == 1) return Math.hypot(x - line[0].x, y - line[0].y);
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 1 < line.length; k++) {
            double d2 = distance2(x, y, line[k].x, line[k].y, line[k + 1].x, line[k + 1].y);
            if (d2 < best) best = d2;
        }
        return Math.sqrt(best);
    }
}
