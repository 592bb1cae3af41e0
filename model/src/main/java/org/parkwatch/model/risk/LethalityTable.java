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

    LethalityTable(LethalityField field, double spacingM) {
        this.isotropic = field.isotropic();
        this.h = spacingM;
        if (isotropic) {
            this.minX = 0;
            this.maxX = field.maxDownwindM();
            this.maxY = 0;
            this.cols = (int) Math.ceil(maxX / h) + 2;
            this.rows = 1;
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
            double h, double minX, double maxX, double maxY, int cols, int rows, double[] values) {
        this.isotropic = false;
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
        double newMaxY = maxY + reach * Math.sin(widest);
        int newRows = (int) Math.ceil(newMaxY / hs) + 2;
        int newCols = (int) Math.ceil((maxX - minX) / hs) + 2;
        double[] cos = new double[offsetsDeg.length];
        double[] sin = new double[offsetsDeg.length];
        for (int j = 0; j < offsetsDeg.length; j++) {
            cos[j] = Math.cos(Math.toRadians(offsetsDeg[j]));
            sin[j] = Math.sin(Math.toRadians(offsetsDeg[j]));
        }
        double[] out = new double[newCols * newRows];
        double sinWidest = Math.sin(widest);
        for (int a = 0; a < newCols; a++) {
            double x = minX + a * hs;
            // no sub-direction reaches beyond the original half-width turned by the widest offset
            int lastRow =
                    Math.min(
                            newRows - 1,
                            (int) Math.ceil((maxY + Math.abs(x) * sinWidest) / hs) + 1);
            for (int b = 0; b <= lastRow; b++) {
                double y = b * hs;
                double sum = 0;
                for (int j = 0; j < cos.length; j++) {
                    sum += at(x * cos[j] - y * sin[j], x * sin[j] + y * cos[j]);
                }
                out[b * newCols + a] = sum / cos.length;
            }
        }
        return new LethalityTable(hs, minX, maxX, newMaxY, newCols, newRows, out);
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
