package org.parkwatch.model.risk;

/**
 * A raster in local metres (x east, y north): {@code nx × ny} square cells of {@code cellSizeM},
 * the lower-left corner at (originEastM, originNorthM). Cell (i, j) has its centre at origin + ((i
 * + ½)·size, (j + ½)·size) and index j·nx + i.
 */
public record GridSpec(double originEastM, double originNorthM, double cellSizeM, int nx, int ny) {

    public GridSpec {
        if (nx <= 0 || ny <= 0 || !(cellSizeM > 0)) {
            throw new IllegalArgumentException(
                    "grid needs nx, ny > 0 and cellSizeM > 0 but was "
                            + nx
                            + " × "
                            + ny
                            + " × "
                            + cellSizeM);
        }
    }

    public double centreEastM(int i) {
        return originEastM + (i + 0.5) * cellSizeM;
    }

    public double centreNorthM(int j) {
        return originNorthM + (j + 0.5) * cellSizeM;
    }

    public int cells() {
        return nx * ny;
    }

    public int index(int i, int j) {
        return j * nx + i;
    }
}
