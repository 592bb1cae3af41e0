package org.parkwatch.model.consequence;

/**
 * Pool burning (mass) rate per unit area, textbook method (docs/domain/consequence.md "Pool fire"
 * [V]): below the boiling point m″ = 0.001·Hc / (Cp·(Tb − T0) + Hv); at or above it m″ = 0.001·Hc /
 * Hv.
 */
public final class BurningRate {

    private BurningRate() {}

    /**
     * @param heatOfCombustionJPerKg Hc (J/kg)
     * @param heatCapacityJPerKgK Cp of the liquid (J/kg·K)
     * @param boilingPointK Tb (K)
     * @param ambientK T0 (K)
     * @param heatOfVaporisationJPerKg Hv (J/kg)
     * @return m″ in kg/m²·s
     */
    public static double kgPerM2S(
            double heatOfCombustionJPerKg,
            double heatCapacityJPerKgK,
            double boilingPointK,
            double ambientK,
            double heatOfVaporisationJPerKg) {
        double sensible =
                ambientK < boilingPointK ? heatCapacityJPerKgK * (boilingPointK - ambientK) : 0.0;
        return FireConstants.BURNING_RATE_FACTOR
                * heatOfCombustionJPerKg
                / (sensible + heatOfVaporisationJPerKg);
    }
}
