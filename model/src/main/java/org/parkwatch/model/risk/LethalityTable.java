package org.parkwatch.model.risk;

/**
 * A lethality field sampled once on a regular table in plume co-ordinates (spacing h), read back by
 * bilinear interpolation. Directional fields are stored for y ≥ 0 (symmetry); isotropic ones as a
 * function of distance.
 */
final class LethalityTable {

    private final boolean isotropic;
    private final double h;
    private final double minX;
    private final double maxX;
    private final double maxY;
    private final int cols;
    private final int rows;
    private final double[] values;

    /**
     * The footprint lies within |y| ≤ wedgeC + wedgeS·x (a smeared table's wedge: the original
     * half-width turned by the widest sub-direction); wedgeS 0 and wedgeC = maxY otherwise.
     */
    private final double wedgeC;

    private final double wedgeS;

    LethalityTable(LethalityField field, double spacingM) {
        this.isotropic = field.isotropic();
        this.h = spacingM;
        if (isotropic) {
            this.minX = 0;
            this.maxX = field.maxDownwindM();
            this.maxY = 0;
            this.cols = (int) Math.ceil(maxX / h) + 2;
            this.rows = 1;
            this.wedgeC = 0;
            this.wedgeS = 0;
            this.values = new double[cols];
            for (int a = 0; a < cols; a++) {
                values[a] = field.lethality(a * h, 0);
            }
        } else {
            this.minX = field.minDownwindM();
            this.maxX = field.maxDownwindM();
            this.maxY = field.maxHalfWidthM();
            this.cols = (int) Math.ceil((maxX - minX) / h) + 2;
            this.rows = (int) Math.ceil(maxY / h) + 2;
            this.wedgeC = maxY;
            this.wedgeS = 0;
            this.values = new double[cols * rows];
            // a plume's lethality falls off monotonically across the wind: each column is sampled
            // outward from the centreline until it reaches zero (the rest of the column stays 0)
            for (int a = 0; a < cols; a++) {
                double x = minX + a * h;
                for (int b = 0; b < rows; b++) {
                    double v = field.lethality(x, b * h);
                    if (v <= 0) {
                        break;
                    }
                    values[b * cols + a] = v;
                }
            }
        }
    }

    private LethalityTable(
            double h,
            double minX,
            double maxX,
            double maxY,
            int cols,
            int rows,
            double[] values,
            double wedgeC,
            double wedgeS) {
        this.isotropic = false;
        this.wedgeC = wedgeC;
        this.wedgeS = wedgeS;
        this.h = h;
        this.minX = minX;
        this.maxX = maxX;
        this.maxY = maxY;
        this.cols = cols;
        this.rows = rows;
        this.values = values;
    }

    /**
     * This directional table averaged over {@code offsetsDeg} rotations of the wind direction (the
     * sub-directions of a sector, {@link WeatherCase#subdivisionOffsetsDeg()}), read from this
     * table by interpolation and stored at spacing {@code spacingM} (the averaged field is smoother
     * than the plume): one stamp of the result equals the mean of one stamp per sub-direction.
     * Isotropic tables are returned unchanged.
     */
    LethalityTable smeared(double[] offsetsDeg, double spacingM) {
        if (isotropic || offsetsDeg.length <= 1) {
            return this;
        }
        double hs = Math.max(h, spacingM);
        double widest = 0;
        for (double d : offsetsDeg) {
            widest = Math.max(widest, Math.abs(Math.toRadians(d)));
        }
        double reach = Math.max(Math.abs(minX), Math.abs(maxX));
        // a sub-direction turned by θ reads the source at y' = x·sinθ + y·cosθ, non-zero only for
        // |y'| ≤ maxY: so |y| ≤ maxY/cos θ + |x|·tan θ
        double tanWidest = Math.tan(widest);
        double yAtSource = maxY / Math.cos(widest);
        double newMaxY = yAtSource + reach * tanWidest;
        int newRows = (int) Math.ceil(newMaxY / hs) + 2;
        int newCols = (int) Math.ceil((maxX - minX) / hs) + 2;
        double[] cos = new double[offsetsDeg.length];
        double[] sin = new double[offsetsDeg.length];
        for (int j = 0; j < offsetsDeg.length; j++) {
            cos[j] = Math.cos(Math.toRadians(offsetsDeg[j]));
            sin[j] = Math.sin(Math.toRadians(offsetsDeg[j]));
        }
        double[] out = new double[newCols * newRows];
        for (int a = 0; a < newCols; a++) {
            double x = minX + a * hs;
            // no sub-direction reaches beyond the original half-width turned by the widest offset
            int lastRow =
                    Math.min(
                            newRows - 1,
                            (int) Math.ceil((yAtSource + Math.abs(x) * tanWidest) / hs) + 1);
            for (int b = 0; b <= lastRow; b++) {
                double y = b * hs;
                double sum = 0;
                for (int j = 0; j < cos.length; j++) {
                    sum += at(x * cos[j] - y * sin[j], x * sin[j] + y * cos[j]);
                }
                out[b * newCols + a] = sum / cos.length;
            }
        }
        // |y| ≤ y0 + |x|·s holds on both sides of the source; one trapezoid widening downwind
        // holds it too: |y| ≤ y0 + 2s·|minX| + s·x for x ≥ minX (plus a cell of margin)
        double s = tanWidest;
        double c = yAtSource + 2 * s * Math.max(0, -minX) + hs;
        return new LethalityTable(hs, minX, maxX, newMaxY, newCols, newRows, out, c, s);
    }

    boolean isotropic() {
        return isotropic;
    }

    /** Reach (m) from the source in any direction, for bounding boxes. */
    double reachM() {
        return isotropic ? maxX : Math.max(Math.hypot(maxX, maxY), Math.hypot(minX, maxY));
    }

    double minX() {
        return minX;
    }

    double maxX() {
        return maxX;
    }

    double maxY() {
        return maxY;
    }

    /** The footprint's wedge: |y| ≤ {@link #wedgeC()} + {@link #wedgeS()}·x. */
    double wedgeC() {
        return wedgeC;
    }

    double wedgeS() {
        return wedgeS;
    }

    /** Isotropic lookup at distance r (m); 0 beyond the range. */
    double atDistance(double r) {
        if (r > maxX) {
            return 0.0;
        }
        double fa = r / h;
        int a = (int) fa;
        double t = fa - a;
        return values[a] + t * (values[a + 1] - values[a]);
    }

    /** Directional lookup at plume co-ordinates (m); 0 outside the footprint bounds. */
    double at(double x, double y) {
        double ay = Math.abs(y);
        if (x < minX || x > maxX || ay > maxY) {
            return 0.0;
        }
        double fa = (x - minX) / h;
        double fb = ay / h;
        int a = (int) fa;
        int b = (int) fb;
        double t = fa - a;
        double u = fb - b;
        int k = b * cols + a;
        double v0 = values[k] + t * (values[k + 1] - values[k]);
        double v1 = values[k + cols] + t * (values[k + cols + 1] - values[k + cols]);
        return v0 + u * (v1 - v0);
    }
}
