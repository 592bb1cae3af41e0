package org.parkwatch.model.consequence;

/**
 * Power-law wind profile u(z) = u10·(z/10)^p. Exponents: docs/domain/consequence.md "Weather" [V,
 * CCPS 1999 via {@code aefarrell/GasDispersion.jl}].
 */
public final class WindProfile {

    /** p for classes A..F over open country. */
    static final double[] RURAL_EXPONENT = {0.07, 0.07, 0.10, 0.15, 0.35, 0.55};

    /** p for classes A..F over urban terrain. */
    static final double[] URBAN_EXPONENT = {0.15, 0.15, 0.20, 0.25, 0.40, 0.60};

    /** Reference height of the measured wind (m). */
    public static final double REFERENCE_HEIGHT_M = 10.0;

    /** Lowest height used, so u(0) stays finite (m). */
    public static final double MIN_HEIGHT_M = 1.0;

    private WindProfile() {}

    /** The exponent p for a class and terrain. */
    public static double exponent(StabilityClass stability, Terrain terrain) {
        return (terrain == Terrain.URBAN ? URBAN_EXPONENT : RURAL_EXPONENT)[stability.ordinal()];
    }

    /** Wind speed (m/s) at height z (m; clamped to at least 1 m) from the 10 m speed. */
    public static double windSpeedAt(
            double windSpeed10mMPerS, double heightM, StabilityClass stability, Terrain terrain) {
        double z = Math.max(MIN_HEIGHT_M, heightM);
        return windSpeed10mMPerS * Math.pow(z / REFERENCE_HEIGHT_M, exponent(stability, terrain));
    }
}
