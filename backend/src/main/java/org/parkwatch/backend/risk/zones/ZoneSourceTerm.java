package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.consequence.FlashingRelease;
import org.parkwatch.model.consequence.PoolEvaporation;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.Warning;

/**
 * The airborne rate a toxic release feeds to dispersion in threat zones, through the same chain as
 * the QRA: a liquefied gas (boiling below ambient, stored at ambient) flashes f_v = Cp·(T − Tb)/Hv
 * and carries as much again as aerosol ({@link FlashingRelease}); its rain-out pool boils at Tb and
 * is taken to boil off during the release (conservative: mass transfer alone would understate a
 * boiling pool) [U]; a liquid below its boiling point spreads to a pool that evaporates by
 * Mackay–Matsugu ({@link PoolEvaporation}), fed by the discharge for the release duration, and the
 * highest evaporation rate feeds dispersion. Without Cp, Hv or the liquid density the whole
 * discharge is airborne (conservative). Pure.
 *
 * @param airborneKgPerS rate handed to dispersion (kg/s), at most the discharge
 * @param model the source chain in words for the outcome ({@code flashing}, {@code pool}, {@code
 *     gas})
 * @param assumptions zh | en pairs for the outcome
 * @param warnings the pool model's validity warnings
 */
record ZoneSourceTerm(
        double airborneKgPerS, String model, List<String[]> assumptions, List<Warning> warnings) {

    /** Longest pool history followed, s: ALOHA's one-hour limit on a release [U]. */
    static final double MAX_POOL_S = 3600;

    static ZoneSourceTerm of(
            ChemicalHazard c, double dischargeKgPerS, double durationS, Weather w) {
        double ambient = w.airTemperatureK();
        double cp = c.liquidHeatCapacityJPerKgK();
        double hv = c.heatOfVaporisationJPerKg();
        double rho = c.liquidDensityKgPerM3();
        double m = c.molarMassKgPerMol();
        double tb = c.boilingPointK();
        List<String[]> a = new ArrayList<>();
        if (!(cp > 0 && hv > 0 && rho > 0 && m > 0 && tb > 0)) {
            a.add(
                    new String[] {
                        "缺少液体物性：全部泄漏量按气体进入大气（保守）",
                        "no liquid properties: the whole release taken as airborne gas (conservative)"
                    });
            return new ZoneSourceTerm(dischargeKgPerS, "gas", a, List.of());
        }
        if (tb < ambient) {
            FlashingRelease f = new FlashingRelease(cp, tb, hv, m, rho, ambient);
            a.add(
                    new String[] {
                        String.format(
                                "液化气体闪蒸：闪蒸率 %.0f%%，气溶胶夹带后进入大气 %.0f%%，其余 %.0f%% 落地成池并在泄漏期间沸腾蒸发（保守）",
                                100 * f.flashFraction(),
                                100 * f.airborneFraction(),
                                100 * f.rainOutFraction()),
                        String.format(
                                "flashing liquefied gas: flash %.0f %%, airborne with aerosol %.0f %%, the other %.0f %% "
                                        + "rains out and boils off during the release (conservative)",
                                100 * f.flashFraction(),
                                100 * f.airborneFraction(),
                                100 * f.rainOutFraction())
                    });
            return new ZoneSourceTerm(dischargeKgPerS, "flashing", a, List.of());
        }
        double psat =
                Math.min(
                        SourceTermConstants.ATMOSPHERIC_PA
                                * Math.exp(
                                        hv
                                                * m
                                                / SourceTermConstants.R_J_PER_MOL_K
                                                * (1 / tb - 1 / ambient)),
                        SourceTermConstants.ATMOSPHERIC_PA);
        double feed = Math.min(durationS, MAX_POOL_S);
        PoolEvaporation.Result pool =
                PoolEvaporation.simulate(
                        0,
                        dischargeKgPerS,
                        feed,
                        rho,
                        0,
                        Math.max(w.windSpeedMPerS(), 0.5),
                        psat,
                        m,
                        ambient,
                        tb,
                        MAX_POOL_S);
        double evaporation = Math.min(dischargeKgPerS, pool.peakRateKgPerS());
        a.add(
                new String[] {
                    String.format(
                            "液体泄漏成池（无围堰，最小液深 %.0f mm）：最大蒸发速率 %.3f kg/s 进入大气",
                            PoolEvaporation.MIN_DEPTH_M * 1000, evaporation),
                    String.format(
                            "the liquid spreads to a pool (no dike, minimum depth %.0f mm); its highest "
                                    + "evaporation rate, %.3f kg/s, becomes airborne",
                            PoolEvaporation.MIN_DEPTH_M * 1000, evaporation)
                });
        return new ZoneSourceTerm(evaporation, "pool", a, pool.warnings());
    }
}
