package org.parkwatch.model.consequence;

/**
 * BLEVE fireball (docs/domain/consequence.md "BLEVE fireball" [U], CCPS 1999): D = 5.8·M^{1/3}, H =
 * 0.75·D, t = 0.45·M^{1/3} (M &lt; 30 000 kg) else 2.6·M^{1/6}. Radiation by the solid-flame method
 * of CCPS: surface emissive power E = Fr·M·Hc/(π·D²·t) with Fr the radiative fraction (Roberts: Fr
 * = 0.27·P^0.32, P in MPa, or 0.3 by default), view factor F = (D/2)²/L² for a target facing the
 * fireball centre at slant distance L, and flux I = τ·E·F (τ = 1 unless configured). Masses in kg,
 * lengths in m, times in s.
 */
public final class Fireball {

    private final double fuelMassKg;

    public Fireball(double fuelMassKg) {
        if (!(fuelMassKg > 0)) {
            throw new IllegalArgumentException("fuelMassKg must be > 0 but was " + fuelMassKg);
        }
        this.fuelMassKg = fuelMassKg;
    }

    public double diameterM() {
        return FireConstants.FIREBALL_DIAMETER_COEFFICIENT * Math.cbrt(fuelMassKg);
    }

    /** Height of the fireball centre above ground (m). */
    public double heightM() {
        return FireConstants.FIREBALL_HEIGHT_RATIO * diameterM();
    }

    public double durationS() {
        return fuelMassKg < FireConstants.FIREBALL_DURATION_SWITCH_KG
                ? FireConstants.FIREBALL_DURATION_SMALL * Math.cbrt(fuelMassKg)
                : FireConstants.FIREBALL_DURATION_LARGE * Math.pow(fuelMassKg, 1.0 / 6.0);
    }

    /** Roberts' radiative fraction Fr = 0.27·P^0.32 for a vessel at P (MPa, absolute). */
    public static double radiativeFractionForPressure(double vesselPressureMpa) {
        return FireConstants.FIREBALL_FR_COEFFICIENT
                * Math.pow(vesselPressureMpa, FireConstants.FIREBALL_FR_EXPONENT);
    }

    /** Surface emissive power E = Fr·M·Hc/(πD²t) (W/m²). */
    public double surfaceEmissivePowerWPerM2(
            double heatOfCombustionJPerKg, double radiativeFraction) {
        double d = diameterM();
        return radiativeFraction
                * fuelMassKg
                * heatOfCombustionJPerKg
                / (Math.PI * d * d * durationS());
    }

    /**
     * View factor (D/2)²/L² at ground distance x (m) from the point below the centre; at most 1.
     */
    public double viewFactor(double groundDistanceM) {
        double r = diameterM() / 2;
        double h = heightM();
        double slant2 = h * h + groundDistanceM * groundDistanceM;
        return Math.min(1.0, r * r / slant2);
    }

    /** Flux (W/m²) at ground distance x (m). */
    public double fluxWPerM2(
            double groundDistanceM,
            double heatOfCombustionJPerKg,
            double radiativeFraction,
            double transmissivity) {
        return transmissivity
                * surfaceEmissivePowerWPerM2(heatOfCombustionJPerKg, radiativeFraction)
                * viewFactor(groundDistanceM);
    }

    /**
     * Ground distance (m) at which the flux equals I (W/m²); 0 when the flux directly below the
     * centre is already below I. Solved from L² = r²·τ·E/I and x² = L² − H².
     */
    public double distanceForFluxM(
            double fluxWPerM2,
            double heatOfCombustionJPerKg,
            double radiativeFraction,
            double transmissivity) {
        double r = diameterM() / 2;
        double e =
                transmissivity
                        * surfaceEmissivePowerWPerM2(heatOfCombustionJPerKg, radiativeFraction);
        double slant2 = r * r * e / fluxWPerM2;
        double h = heightM();
        return slant2 <= h * h ? 0.0 : Math.sqrt(slant2 - h * h);
    }

    /**
     * Flux (W/m²) at ground distance x (m) for a user-given surface emissive power E (W/m²): I =
     * τ·E·F.
     */
    public double fluxWithSepWPerM2(
            double groundDistanceM, double sepWPerM2, double transmissivity) {
        return transmissivity * sepWPerM2 * viewFactor(groundDistanceM);
    }

    /**
     * Ground distance (m) at which the flux is I (W/m²) for a user-given SEP E (W/m²); 0 when never
     * that low.
     */
    public double distanceForFluxWithSepM(
            double fluxWPerM2, double sepWPerM2, double transmissivity) {
        double r = diameterM() / 2;
        double slant2 = r * r * transmissivity * sepWPerM2 / fluxWPerM2;
        double h = heightM();
        return slant2 <= h * h ? 0.0 : Math.sqrt(slant2 - h * h);
    }

    public double fuelMassKg() {
        return fuelMassKg;
    }
}
