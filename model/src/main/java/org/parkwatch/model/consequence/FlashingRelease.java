package org.parkwatch.model.consequence;

/**
 * Release of a liquefied gas stored above its normal boiling point: the two-phase discharge rate
 * (equilibrium rate model), the flash fraction and the aerosol/rain-out split.
 *
 * <ul>
 *   <li>Flash fraction, isenthalpic: f_v = Cp·(T − Tb)/Hv (CCPS 1999 §2.1.2; Crowl &amp; Louvar
 *       §4), at most 1.
 *   <li>Aerosol: the liquid carried as droplets equals the flashed vapour, so the airborne fraction
 *       is min(1, 2·f_v) and the rest rains out to a pool (CCPS 1999 §2.1.2 rule of thumb [U]).
 *   <li>Discharge: G² = 2ρ_L·(P − Psat) + G_ERM², G_ERM = Hv/v_fg·√(1/(Cp·T)) (Fauske &amp; Epstein
 *       1988 equilibrium rate model for pipes or holes longer than about 0.1 m; subcooled term by
 *       Bernoulli), ṁ = Cd·A·G.
 *   <li>Vapour pressure by Clausius–Clapeyron from the normal boiling point: Psat =
 *       P0·exp(Hv·M/R·(1/Tb − 1/T)) [U: an approximation; accurate within about 10 % near ambient
 *       temperature].
 * </ul>
 *
 * Units: J/kg·K, K, J/kg, kg/mol, kg/m³, Pa (absolute), m², kg/s.
 */
public final class FlashingRelease {

    private final double liquidHeatCapacityJPerKgK;
    private final double boilingPointK;
    private final double heatOfVaporisationJPerKg;
    private final double molarMassKgPerMol;
    private final double liquidDensityKgPerM3;
    private final double storageTemperatureK;

    public FlashingRelease(
            double liquidHeatCapacityJPerKgK,
            double boilingPointK,
            double heatOfVaporisationJPerKg,
            double molarMassKgPerMol,
            double liquidDensityKgPerM3,
            double storageTemperatureK) {
        if (!(liquidHeatCapacityJPerKgK > 0
                && boilingPointK > 0
                && heatOfVaporisationJPerKg > 0
                && molarMassKgPerMol > 0
                && liquidDensityKgPerM3 > 0
                && storageTemperatureK > 0)) {
            throw new IllegalArgumentException("flashing release: every property must be > 0");
        }
        this.liquidHeatCapacityJPerKgK = liquidHeatCapacityJPerKgK;
        this.boilingPointK = boilingPointK;
        this.heatOfVaporisationJPerKg = heatOfVaporisationJPerKg;
        this.molarMassKgPerMol = molarMassKgPerMol;
        this.liquidDensityKgPerM3 = liquidDensityKgPerM3;
        this.storageTemperatureK = storageTemperatureK;
    }

    /** True when the liquid is stored above its normal boiling point (it flashes when released). */
    public boolean flashes() {
        return storageTemperatureK > boilingPointK;
    }

    /** f_v = Cp·(T − Tb)/Hv, in [0, 1]. */
    public double flashFraction() {
        double f =
                liquidHeatCapacityJPerKgK
                        * (storageTemperatureK - boilingPointK)
                        / heatOfVaporisationJPerKg;
        return Math.max(0, Math.min(1, f));
    }

    /** Fraction of the release that stays airborne (vapour plus aerosol): min(1, 2·f_v). */
    public double airborneFraction() {
        return Math.min(1, 2 * flashFraction());
    }

    /** Fraction that rains out to a pool: 1 − airborne. */
    public double rainOutFraction() {
        return 1 - airborneFraction();
    }

    /**
     * Saturation pressure (Pa, absolute) at the storage temperature, Clausius–Clapeyron from Tb.
     */
    public double vapourPressurePa() {
        return SourceTermConstants.ATMOSPHERIC_PA
                * Math.exp(
                        heatOfVaporisationJPerKg
                                * molarMassKgPerMol
                                / SourceTermConstants.R_J_PER_MOL_K
                                * (1 / boilingPointK - 1 / storageTemperatureK));
    }

    /** v_fg = 1/ρ_v − 1/ρ_L (m³/kg), the vapour an ideal gas at Psat and T. */
    public double specificVolumeChangeM3PerKg() {
        double rhoV =
                vapourPressurePa()
                        * molarMassKgPerMol
                        / (SourceTermConstants.R_J_PER_MOL_K * storageTemperatureK);
        return 1 / rhoV - 1 / liquidDensityKgPerM3;
    }

    /** Equilibrium-rate-model mass flux G_ERM = Hv/v_fg·√(1/(Cp·T)) (kg/m²·s). */
    public double equilibriumMassFluxKgPerM2S() {
        return heatOfVaporisationJPerKg
                / specificVolumeChangeM3PerKg()
                / Math.sqrt(liquidHeatCapacityJPerKgK * storageTemperatureK);
    }

    /**
     * Two-phase discharge rate (kg/s) through a hole of area A (m²) with Cd, the liquid at absolute
     * pressure P (Pa, at least Psat: a saturated or subcooled liquid).
     */
    public double massRateKgPerS(
            double holeAreaM2, double dischargeCoefficient, double pressurePa) {
        double subcooled = 2 * liquidDensityKgPerM3 * Math.max(0, pressurePa - vapourPressurePa());
        double g = equilibriumMassFluxKgPerM2S();
        return dischargeCoefficient * holeAreaM2 * Math.sqrt(subcooled + g * g);
    }
}
