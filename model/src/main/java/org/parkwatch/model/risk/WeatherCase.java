package org.parkwatch.model.risk;

import java.util.Arrays;

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
        Arrays.fill(p, 1.0 / sectors);
        return new WeatherCase(name, probability, p);
    }
}
