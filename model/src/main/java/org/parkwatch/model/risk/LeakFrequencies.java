package org.parkwatch.model.risk;

/**
 * Generic leak frequencies (/yr) from the Dutch Purple Book (CPR 18E) as listed in
 * docs/domain/risk.md [U — replace with GB/T 37243-2019 appendix C].
 */
public final class LeakFrequencies {

    private LeakFrequencies() {}

    /** Pressure vessel: instantaneous release of the whole contents. */
    public static final double PRESSURE_VESSEL_INSTANTANEOUS = 5e-7;

    /** Pressure vessel: full contents in 10 min. */
    public static final double PRESSURE_VESSEL_TEN_MINUTES = 5e-7;

    /** Pressure vessel: 10 mm hole. */
    public static final double PRESSURE_VESSEL_10MM = 1e-5;

    /** Atmospheric tank, single containment: instantaneous. */
    public static final double ATMOSPHERIC_TANK_INSTANTANEOUS = 5e-6;

    /** Atmospheric tank, single containment: full contents in 10 min. */
    public static final double ATMOSPHERIC_TANK_TEN_MINUTES = 5e-6;

    /** Atmospheric tank, single containment: 10 mm hole. */
    public static final double ATMOSPHERIC_TANK_10MM = 1e-4;

    /** Pipe rupture per metre-year by nominal diameter (mm): &lt; 75, 75–150, &gt; 150. */
    public static double pipeRupturePerMetreYear(double diameterMm) {
        return diameterMm < 75 ? 1e-6 : diameterMm <= 150 ? 3e-7 : 1e-7;
    }

    /** Pipe leak (hole 10 % of D, at most 50 mm) per metre-year by diameter band. */
    public static double pipeLeakPerMetreYear(double diameterMm) {
        return diameterMm < 75 ? 5e-6 : diameterMm <= 150 ? 2e-6 : 5e-7;
    }

    /** Hole diameter (mm) of a pipe leak: 10 % of D, at most 50 mm. */
    public static double pipeLeakHoleMm(double diameterMm) {
        return Math.min(0.1 * diameterMm, 50);
    }
}
