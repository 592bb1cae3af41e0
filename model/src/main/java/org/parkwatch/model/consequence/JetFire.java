package org.parkwatch.model.consequence;

/**
 * Jet fire as a point source (docs/domain/consequence.md "Jet fire" [U]; GB/T 37243 appendix D
 * preferred when available): Q = η·ṁ·Hc, I = Q·τ/(4πx²).
 *
 * @param massRateKgPerS ṁ (kg/s)
 * @param heatOfCombustionJPerKg Hc (J/kg)
 * @param radiativeFraction η (about 0.35 for gas jets)
 * @param transmissivity τ (1 unless configured)
 */
public record JetFire(
        double massRateKgPerS,
        double heatOfCombustionJPerKg,
        double radiativeFraction,
        double transmissivity) {

    /** Radiated power (W). */
    public double totalPowerW() {
        return radiativeFraction * massRateKgPerS * heatOfCombustionJPerKg;
    }

    /** Flux (W/m²) at distance x (m). */
    public double fluxWPerM2(double distanceM) {
        return PointSource.fluxWPerM2(totalPowerW(), transmissivity, distanceM);
    }

    /** Distance (m) for a flux (W/m²). */
    public double distanceForFluxM(double fluxWPerM2) {
        return PointSource.distanceForFluxM(totalPowerW(), transmissivity, fluxWPerM2);
    }
}
