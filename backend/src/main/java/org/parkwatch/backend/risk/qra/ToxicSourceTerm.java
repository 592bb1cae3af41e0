package org.parkwatch.backend.risk.qra;

import org.parkwatch.model.consequence.FlashingRelease;
import org.parkwatch.model.consequence.LiquidPool;
import org.parkwatch.model.consequence.SourceTermConstants;

/**
 * The airborne rate a toxic release feeds to dispersion: discharge → flash and aerosol (a liquefied
 * gas) or rain-out → pool → evaporation. A liquefied gas flashes f_v = Cp·(T − Tb)/Hv, carries as
 * much again as aerosol (airborne min(1, 2f_v)) and rains out the rest to a pool boiling at Tb
 * ({@link #rainOutBoilOffKgPerS}); a liquid stored below its boiling point spreads to a pool
 * (bund-limited) that evaporates by Mackay–Matsugu with its vapour pressure at ambient, never
 * faster than the discharge feeds it. Without Cp or Hv the whole discharge is taken as airborne
 * (conservative). Pure.
 */
final class ToxicSourceTerm {

    private ToxicSourceTerm() {}

    /**
     * Boil-off (kg/s) of the rain-out pool of a liquefied gas. A pool at its boiling point
     * evaporates by the heat it draws from the ground, fastest at first; mass transfer
     * (Mackay–Matsugu) alone would understate it badly. Until the ground heat flux is modelled the
     * rain-out is taken to boil off during the release (conservative) [U].
     */
    static double rainOutBoilOffKgPerS(double rainOutKgPerS) {
        return rainOutKgPerS;
    }

    /**
     * @param c the chemical
     * @param dischargeKgPerS liquid discharge rate (kg/s)
     * @param poolRadiusM radius of the pool the rain-out or the liquid forms (m)
     * @param windSpeedMPerS wind over the pool (m/s)
     * @return airborne rate (kg/s), at most the discharge
     */
    static double airborneRateKgPerS(
            ChemicalProfile c, double dischargeKgPerS, double poolRadiusM, double windSpeedMPerS) {
        double cp = c.liquidHeatCapacityJPerKgK();
        double hv = c.heatOfVaporisationJPerKg();
        if (!(cp > 0)
                || !(hv > 0)
                || !(c.molarMassKgPerMol() > 0)
                || !(c.liquidDensityKgPerM3() > 0)) {
            return dischargeKgPerS;
        }
        double tb = c.boilingPointC() + 273.15;
        double t = QraConstants.AMBIENT_K;
        if (c.liquefiedGas() && tb < t) {
            FlashingRelease f =
                    new FlashingRelease(
                            cp, tb, hv, c.molarMassKgPerMol(), c.liquidDensityKgPerM3(), t);
            double airborne = dischargeKgPerS * f.airborneFraction();
            double rainOut = dischargeKgPerS - airborne;
            return airborne + rainOutBoilOffKgPerS(rainOut);
        }
        double psat =
                QraConstants.ATMOSPHERE_PA
                        * Math.exp(
                                hv
                                        * c.molarMassKgPerMol()
                                        / SourceTermConstants.R_J_PER_MOL_K
                                        * (1 / tb - 1 / t));
        double evaporation =
                LiquidPool.evaporationRateKgPerS(
                        poolRadiusM,
                        windSpeedMPerS,
                        Math.min(psat, QraConstants.ATMOSPHERE_PA),
                        c.molarMassKgPerMol(),
                        t,
                        SourceTermConstants.DEFAULT_SCHMIDT);
        return Math.min(dischargeKgPerS, evaporation);
    }
}
