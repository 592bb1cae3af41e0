package org.parkwatch.model.risk;

/**
 * A lethality field sampled once on a regular table in plume co-ordinates (spacing h), read back by bilinear
 * interpolation. Directional fields are stored for y ≥ 0 (symmetry); isotropic ones as a function of distance.
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
            for (int b = 0; b < rows; b++) {
                for (int a = 0; a < cols; a++) {
                    values[b * cols + a] = field.lethality(minX + a * h, b * h);
                }
            }
        }
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
