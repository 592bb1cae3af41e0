package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * Pool fire as a point source, textbook method (docs/domain/consequence.md "Pool fire" [V]): Thomas
 * flame height, total radiated power and the flux at a distance. Distances in m, power in W, flux
 * in W/m².
 */
public final class PoolFire {

    private final double poolRadiusM;
    private final double burningRateKgPerM2S;
    private final double heatOfCombustionJPerKg;
    private final double airDensityKgPerM3;
    private final double radiativeFraction;
    private final double transmissivity;

    /**
     * @param poolRadiusM r (m, &gt; 0)
     * @param burningRateKgPerM2S m″ (kg/m²·s, &gt; 0)
     * @param heatOfCombustionJPerKg Hc (J/kg)
     * @param airDensityKgPerM3 ρ0 (kg/m³)
     * @param radiativeFraction η (0.13–0.35; default 0.24)
     * @param transmissivity tc (1 unless configured)
     */
    public PoolFire(
            double poolRadiusM,
            double burningRateKgPerM2S,
            double heatOfCombustionJPerKg,
            double airDensityKgPerM3,
            double radiativeFraction,
            double transmissivity) {
        this.poolRadiusM = poolRadiusM;
        this.burningRateKgPerM2S = burningRateKgPerM2S;
        this.heatOfCombustionJPerKg = heatOfCombustionJPerKg;
        this.airDensityKgPerM3 = airDensityKgPerM3;
        this.radiativeFraction = radiativeFraction;
        this.transmissivity = transmissivity;
    }

    /** Thomas flame height L = 84·r·[m″/(ρ0·√(2gr))]^0.6 (m). */
    public double flameHeightM() {
        double r = poolRadiusM;
        return FireConstants.THOMAS_COEFFICIENT
                * r
                * Math.pow(
                        burningRateKgPerM2S
                                / (airDensityKgPerM3 * Math.sqrt(2 * FireConstants.G_M_PER_S2 * r)),
                        FireConstants.THOMAS_EXPONENT);
    }

    /** Q = (πr² + 2πrL)·m″·η·Hc/(72·m″^0.6 + 1) (W). */
    public double totalPowerW() {
        double r = poolRadiusM;
        double area = Math.PI * r * r + 2 * Math.PI * r * flameHeightM();
        return area
                * burningRateKgPerM2S
                * radiativeFraction
                * heatOfCombustionJPerKg
                / (FireConstants.POOL_POWER_DENOMINATOR_FACTOR
                                * Math.pow(
                                        burningRateKgPerM2S,
                                        FireConstants.POOL_POWER_DENOMINATOR_EXPONENT)
                        + 1);
    }

    /**
     * Surface emissive power of the flame (W/m²): the radiated power over the flame surface, SEP =
     * Q/(πr² + 2πrL) = m″·η·Hc/(72·m″^0.6 + 1). No target can receive more.
     */
    public double surfaceEmissivePowerWPerM2() {
        double r = poolRadiusM;
        return totalPowerW() / (Math.PI * r * r + 2 * Math.PI * r * flameHeightM());
    }

    /**
     * Point-source flux I = Q·tc/(4πx²) (W/m²) at distance x (m) from the pool centre, capped at
     * the flame's {@link #surfaceEmissivePowerWPerM2() SEP} (the point source diverges near the
     * flame; see {@link #warnings}).
     */
    public double fluxWPerM2(double distanceM) {
        return Math.min(
                surfaceEmissivePowerWPerM2(),
                PointSource.fluxWPerM2(totalPowerW(), transmissivity, distanceM));
    }

    /**
     * Distance (m) at which the flux equals I (W/m²): x = √(Q·tc/(4πI)); a flux above the SEP is
     * reached only at the flame, so the answer is then the pool radius (flagged FLUX_CAPPED by
     * {@link #warnings}).
     */
    public double distanceForFluxM(double fluxWPerM2) {
        if (fluxWPerM2 >= surfaceEmissivePowerWPerM2()) {
            return poolRadiusM;
        }
        return PointSource.distanceForFluxM(totalPowerW(), transmissivity, fluxWPerM2);
    }

    /** True when the point-source flux at x (m) exceeds the SEP and the answer is the cap. */
    public boolean capped(double distanceM) {
        return PointSource.fluxWPerM2(totalPowerW(), transmissivity, distanceM)
                > surfaceEmissivePowerWPerM2();
    }

    /**
     * Near-field (within two diameters) and FLUX_CAPPED warnings for a target at distance x (m).
     */
    public List<Warning> warnings(double distanceM) {
        List<Warning> out = new ArrayList<>(ValidityLimits.pointSource(distanceM, 2 * poolRadiusM));
        if (distanceM > 0 && capped(distanceM)) {
            out.add(
                    Warning.of(
                            WarningCode.FLUX_CAPPED,
                            "SEP = "
                                    + Math.round(surfaceEmissivePowerWPerM2() / 100) / 10.0
                                    + " kW/m², x = "
                                    + Math.round(distanceM * 10) / 10.0
                                    + " m"));
        }
        return out;
    }
}
