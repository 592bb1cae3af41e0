package org.parkwatch.bridge.sim.model;

/**
 * The simulated 10 m wind.
 *
 * @param speedMps wind speed, m/s
 * @param fromDeg direction the wind blows FROM, degrees clockwise from north (meteorological
 *     convention)
 */
public record Wind(double speedMps, double fromDeg) {
    /** Used when the park has no weather station tags: a light northerly (simulation choice). */
    public static final Wind DEFAULT = new Wind(2.0, 0.0);
}
