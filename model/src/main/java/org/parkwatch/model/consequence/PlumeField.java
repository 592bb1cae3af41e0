package org.parkwatch.model.consequence;

/**
 * A steady, crosswind-symmetric concentration field downwind of a source, in plume co-ordinates: x
 * downwind (m), y crosswind (m), receptor height fixed by the implementation. Used to draw
 * threshold footprints.
 */
public interface PlumeField {

    /** Concentration (kg/m³) on the centreline (y = 0) at downwind distance x (m). */
    double centrelineKgPerM3(double xM);

    /**
     * Crosswind half-width (m) at x of the region where the concentration is at least the
     * threshold; 0 when the centreline value is below it.
     */
    double halfWidthM(double xM, double thresholdKgPerM3);

    /** Ground-level concentration (kg/m³) at downwind x and crosswind y (m). */
    double groundConcentrationKgPerM3(double xM, double yM);
}
