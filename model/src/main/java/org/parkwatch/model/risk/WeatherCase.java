package org.parkwatch.model.risk;

/**
 * One weather class of the QRA with its wind rose.
 *
 * @param name                   label, e.g. {@code D5} or {@code F1.5}
 * @param probability            share of the time in this class
 * @param directionProbabilities wind-rose shares of n equal sectors; sector k is wind FROM k·360/n degrees
 *                               (clockwise from north); they sum to 1 within the class
 */
public record WeatherCase(String name, double probability, double[] directionProbabilities) {

    public WeatherCase {
        if (directionProbabilities.length == 0) {
            throw new IllegalArgumentException("weather " + name + " needs at least one wind sector");
        }
        directionProbabilities = directionProbabilities.clone();
    }

    /** Wind FROM direction (degrees) of sector k. */
    public double sectorFromDeg(int k) {
        return 360.0 * k / directionProbabilities.length;
    }

    /** A class with a uniform rose of n sectors. */
    public static WeatherCase uniform(String name, double probability, int sectors) {
        double[] p = new double[sectors];
        java.util.Arrays.fill(p, 1.0 / sectors);
        return new WeatherCase(name, probability, p);
    }

    /**
     * The same class with each sector's share spread evenly over {@code subdivisions} (odd) directions across the
     * sector's width, centred on the sector: the wind direction within a sector is uniform (as the Purple Book,
     * CPR 18E, treats it), so narrow plumes fill the sector instead of drawing petals along the sector centres. Sub-direction i of
     * the result is wind FROM i·360/(n·m) degrees, as {@link #sectorFromDeg} reads it.
     */
    public WeatherCase smoothed(int subdivisions) {
        if (subdivisions < 1 || subdivisions % 2 == 0) {
            throw new IllegalArgumentException("subdivisions must be odd and >= 1 but was " + subdivisions);
        }
        int n = directionProbabilities.length;
        int total = n * subdivisions;
        double[] out = new double[total];
        int half = (subdivisions - 1) / 2;
        for (int k = 0; k < n; k++) {
            for (int j = -half; j <= half; j++) {
                out[Math.floorMod(k * subdivisions + j, total)] += directionProbabilities[k] / subdivisions;
            }
        }
        return new WeatherCase(name, probability, out);
    }
}
