package org.parkwatch.model.consequence;

/**
 * Pool spreading on land (gravity–inertia regime, capped by the dike) and evaporation
 * (Mackay–Matsugu). Constants and status in {@link SourceTermConstants}. Units: m, m³, m³/s, s, Pa,
 * kg/mol, K, kg/s.
 */
public final class LiquidPool {

    private LiquidPool() {}

    /** Radius (m) of the circle with the dike area (m²); +∞ when there is no dike (area ≤ 0). */
    public static double dikeRadiusM(double dikeAreaM2) {
        return dikeAreaM2 > 0 ? Math.sqrt(dikeAreaM2 / Math.PI) : Double.POSITIVE_INFINITY;
    }

    /**
     * Radius (m) at time t (s) after an instantaneous spill of V (m³): (8gV/π)^{1/4}·t^{1/2},
     * capped by the dike.
     */
    public static double instantaneousRadiusM(double volumeM3, double timeS, double dikeAreaM2) {
        double r =
                Math.pow(
                                SourceTermConstants.SPREAD_INSTANT_FACTOR
                                        * SourceTermConstants.G_M_PER_S2
                                        * volumeM3
                                        / Math.PI,
                                0.25)
                        * Math.sqrt(timeS);
        return Math.min(r, dikeRadiusM(dikeAreaM2));
    }

    /**
     * Radius (m) at time t (s) of a continuous spill of V̇ (m³/s): (32gV̇/(9π))^{1/4}·t^{3/4},
     * capped by the dike.
     */
    public static double continuousRadiusM(
            double volumeRateM3PerS, double timeS, double dikeAreaM2) {
        double r =
                Math.pow(
                                SourceTermConstants.SPREAD_CONTINUOUS_FACTOR
                                        * SourceTermConstants.G_M_PER_S2
                                        * volumeRateM3PerS
                                        / Math.PI,
                                0.25)
                        * Math.pow(timeS, 0.75);
        return Math.min(r, dikeRadiusM(dikeAreaM2));
    }

    /**
     * Mackay–Matsugu mass-transfer coefficient k (m/s) for wind u (m/s), pool radius r (m), Schmidt
     * number Sc.
     */
    public static double massTransferCoefficientMPerS(
            double windSpeedMPerS, double poolRadiusM, double schmidt) {
        return SourceTermConstants.MACKAY_MATSUGU_K
                * Math.pow(windSpeedMPerS, SourceTermConstants.MACKAY_MATSUGU_WIND_EXP)
                * Math.pow(2 * poolRadiusM, SourceTermConstants.MACKAY_MATSUGU_DIAMETER_EXP)
                * Math.pow(schmidt, SourceTermConstants.MACKAY_MATSUGU_SCHMIDT_EXP);
    }

    /**
     * Evaporation rate (kg/s) of a pool: k·A·Psat·M/(R·T).
     *
     * @param poolRadiusM r (m)
     * @param windSpeedMPerS u (m/s)
     * @param vapourPressurePa Psat at the pool temperature (Pa)
     * @param molarMassKgPerMol M (kg/mol)
     * @param poolTemperatureK T (K)
     * @param schmidt Sc (0.8 default)
     */
    public static double evaporationRateKgPerS(
            double poolRadiusM,
            double windSpeedMPerS,
            double vapourPressurePa,
            double molarMassKgPerMol,
            double poolTemperatureK,
            double schmidt) {
        double k = massTransferCoefficientMPerS(windSpeedMPerS, poolRadiusM, schmidt);
        double area = Math.PI * poolRadiusM * poolRadiusM;
        return k
                * area
                * vapourPressurePa
                * molarMassKgPerMol
                / (SourceTermConstants.R_J_PER_MOL_K * poolTemperatureK);
    }
}
