package org.parkwatch.model.risk;

import java.util.Arrays;

/**
 * One weather class of the QRA with its wind rose.
 *
 * @param name label, e.g. {@code D5} or {@code F1.5}
 * @param probability share of the time in this class
 * @param directionProbabilities wind-rose shares of n equal sectors; sector k is wind FROM k·360/n
 *     degrees (clockwise from north); they sum to 1 within the class
 * @param sectorSubdivisions directions each sector's share is spread over (1: the sector centre
 *     only)
 */
public record WeatherCase(
        String name, double probability, double[] directionProbabilities, int sectorSubdivisions) {

    public WeatherCase {
        if (directionProbabilities.length == 0) {
            throw new IllegalArgumentException(
                    "weather " + name + " needs at least one wind sector");
        }
        if (sectorSubdivisions < 1) {
            throw new IllegalArgumentException(
                    "weather " + name + ": sectorSubdivisions must be >= 1");
        }
        directionProbabilities = directionProbabilities.clone();
    }

    /** A class whose wind blows exactly along each sector's centre. */
    public WeatherCase(String name, double probability, double[] directionProbabilities) {
        this(name, probability, directionProbabilities, 1);
    }

    /** Wind FROM direction (degrees) of sector k. */
    public double sectorFromDeg(int k) {
        return 360.0 * k / directionProbabilities.length;
    }

    /** A class with a uniform rose of n sectors. */
    public static WeatherCase uniform(String name, double probability, int sectors) {
        double[] p = new double[sectors];
        Arrays.fill(p, 1.0 / sectors);
        return new WeatherCase(name, probability, p);
    }

    /**
     * The same class with each sector's share spread evenly over {@code subdivisions} (odd)
     * directions across the sector's width, centred on the sector: the wind direction within a
     * sector is uniform (as the Purple Book, CPR 18E, treats it), so narrow plumes fill the sector
     * instead of drawing petals along the sector centres. The rose keeps its sectors; the risk grid
     * and {@link PointRisk} average each sector's lethality over {@link #subdivisionOffsetsDeg()}.
     */
    public WeatherCase smoothed(int subdivisions) {
        if (subdivisions < 1 || subdivisions % 2 == 0) {
            throw new IllegalArgumentException(
                    "subdivisions must be odd and >= 1 but was " + subdivisions);
        }
        return new WeatherCase(name, probability, directionProbabilities, subdivisions);
    }

    /** Offsets (degrees) of the sub-directions about a sector's centre: {0} when not smoothed. */
    public double[] subdivisionOffsetsDeg() {
        int m = sectorSubdivisions;
        double width = 360.0 / directionProbabilities.length;
        double[] out = new double[m];
        for (int j = 0; j < m; j++) {
            out[j] = (j - (m - 1) / 2.0) * width / m;
        }
        return out;
    }
}
