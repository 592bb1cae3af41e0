package org.parkwatch.model.consequence;

/**
 * Liquid release through a hole (Bernoulli): Q = Cd·A·ρ·√(2(P − P0)/ρ + 2gh). Units: kg/s, m²,
 * kg/m³, Pa, m. Constants in {@link SourceTermConstants}.
 */
public final class LiquidRelease {

    private LiquidRelease() {}

    /**
     * @param holeAreaM2 A (m²)
     * @param liquidDensityKgPerM3 ρ (kg/m³)
     * @param pressurePa absolute pressure above the liquid P (Pa)
     * @param ambientPressurePa P0 (Pa)
     * @param liquidHeadM liquid height above the hole h (m)
     * @param dischargeCoefficient Cd (0.65 default)
     * @return mass rate (kg/s); 0 when there is no driving head
     */
    public static double massRateKgPerS(
            double holeAreaM2,
            double liquidDensityKgPerM3,
            double pressurePa,
            double ambientPressurePa,
            double liquidHeadM,
            double dischargeCoefficient) {
        double head =
                2 * (pressurePa - ambientPressurePa) / liquidDensityKgPerM3
                        + 2 * SourceTermConstants.G_M_PER_S2 * liquidHeadM;
        if (head <= 0) {
            return 0.0;
        }
        return dischargeCoefficient * holeAreaM2 * liquidDensityKgPerM3 * Math.sqrt(head);
    }

    /** Area (m²) of a circular hole of the given diameter (m). */
    public static double circleAreaM2(double diameterM) {
        return Math.PI * diameterM * diameterM / 4;
    }
}
