package org.parkwatch.backend.risk.qra;

import java.util.function.DoubleUnaryOperator;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.Fireball;
import org.parkwatch.model.consequence.JetFire;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.PlumeField;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.ProbitModel;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.TntEquivalence;
import org.parkwatch.model.consequence.TntReferenceTable;
import org.parkwatch.model.consequence.ToxicProbit;
import org.parkwatch.model.risk.LethalityField;

/**
 * Builds the probability-of-death field of each outcome type from the consequence models of {@code
 * org.parkwatch.model.consequence}: toxic plume (CCPS probit), flash fire (P = 1 inside the LFL
 * envelope), jet fire, pool fire and fireball (Eisenberg thermal probit), vapour cloud explosion
 * (TNT equivalence, lung overpressure probit). Dispersion is dense or passive by the
 * Britter–McQuaid criterion. Pure.
 */
public final class ConsequenceFields {

    private ConsequenceFields() {}

    /** Toxic plume of a continuous release of {@code rateKgPerS} lasting {@code durationS}. */
    public static LethalityField toxic(
            ChemicalProfile c, double rateKgPerS, double durationS, WeatherClass w) {
        PlumeField field = dispersion(c, rateKgPerS, w);
        ToxicProbit probit = new ToxicProbit(ToxicProbit.ConstantSet.CCPS, c.toxicProbitKey());
        double seconds = Math.min(durationS, QraConstants.MAX_EXPOSURE_S);
        double molar = c.molarMassKgPerMol();
        DoubleUnaryOperator p =
                conc ->
                        NormalDistribution.probitToProbability(
                                probit.probitFromKgPerM3(conc, seconds, molar));
        return LethalityField.plume(field, p, LethalityField.concentrationAtCutoff(p));
    }

    /**
     * Flash fire: everyone inside the lower-flammable-limit envelope of the plume dies (Purple
     * Book).
     */
    public static LethalityField flashFire(ChemicalProfile c, double rateKgPerS, WeatherClass w) {
        PlumeField field = dispersion(c, rateKgPerS, w);
        double lfl = ToxicProbit.ppmToKgPerM3(c.lelVolPct() * 1e4, c.molarMassKgPerMol());
        return LethalityField.plume(field, conc -> conc >= lfl ? 1.0 : 0.0, lfl);
    }

    public static LethalityField jetFire(ChemicalProfile c, double rateKgPerS) {
        JetFire jet =
                new JetFire(
                        rateKgPerS,
                        c.heatOfCombustionJPerKg(),
                        QraConstants.JET_RADIATIVE_FRACTION,
                        1.0);
        return thermal(r -> jet.fluxWPerM2(Math.max(r, 1.0)), QraConstants.FIRE_EXPOSURE_S);
    }

    public static LethalityField poolFire(ChemicalProfile c, double poolRadiusM) {
        PoolFire fire =
                new PoolFire(
                        poolRadiusM,
                        c.burningRateKgPerM2S(),
                        c.heatOfCombustionJPerKg(),
                        QraConstants.AIR_DENSITY_KG_PER_M3,
                        QraConstants.POOL_RADIATIVE_FRACTION,
                        1.0);
        // inside the pool the point-source flux is meaningless; the edge value holds there
        return thermal(
                r -> fire.fluxWPerM2(Math.max(r, poolRadiusM)), QraConstants.FIRE_EXPOSURE_S);
    }

    public static LethalityField fireball(ChemicalProfile c, double massKg) {
        Fireball ball = new Fireball(massKg);
        return thermal(
                r ->
                        ball.fluxWPerM2(
                                r,
                                c.heatOfCombustionJPerKg(),
                                QraConstants.FIREBALL_RADIATIVE_FRACTION,
                                1.0),
                ball.durationS());
    }

    public static LethalityField explosion(ChemicalProfile c, double cloudMassKg) {
        TntEquivalence tnt =
                new TntEquivalence(
                        TntEquivalence.tntMassKg(
                                cloudMassKg,
                                c.heatOfCombustionJPerKg() / 1e3,
                                QraConstants.TNT_EFFICIENCY,
                                QraConstants.TNT_GROUND_FACTOR,
                                QraConstants.TNT_BLAST_ENERGY_KJ_PER_KG));
        double tableTopMpa = TntReferenceTable.maxOverpressureMpa();
        double nearM = tnt.distanceM(tableTopMpa).value();
        DoubleUnaryOperator p =
                r -> {
                    double mpa = tnt.overpressureMpa(Math.max(r, 0.1)).value();
                    if (Double.isNaN(mpa)) {
                        // inside the table's first row the overpressure exceeds its top value;
                        // beyond the last it is negligible
                        mpa = r < nearM ? tableTopMpa : 0.0;
                    }
                    return NormalDistribution.probitToProbability(
                            ProbitModel.OVERPRESSURE_LUNG.overpressure(mpa * 1e6, 0));
                };
        return LethalityField.radial(
                p, LethalityField.radialRangeM(p, QraConstants.MAX_RADIAL_RANGE_M));
    }

    /**
     * A radial field of the Eisenberg probit of a flux (W/m²) as a function of distance, for an
     * exposure time.
     */
    private static LethalityField thermal(DoubleUnaryOperator fluxOfDistance, double exposureS) {
        DoubleUnaryOperator p =
                r ->
                        NormalDistribution.probitToProbability(
                                ProbitModel.THERMAL_EISENBERG.thermal(
                                        fluxOfDistance.applyAsDouble(r), exposureS));
        return LethalityField.radial(
                p, LethalityField.radialRangeM(p, QraConstants.MAX_RADIAL_RANGE_M));
    }

    /**
     * Dense or passive dispersion of the vapour (released at its boiling point when that is below
     * ambient).
     */
    private static PlumeField dispersion(ChemicalProfile c, double rateKgPerS, WeatherClass w) {
        double releaseK = c.liquefiedGas() ? c.boilingPointC() + 273.15 : QraConstants.AMBIENT_K;
        double vapourDensity =
                QraConstants.ATMOSPHERE_PA
                        * c.molarMassKgPerMol()
                        / (SourceTermConstants.R_J_PER_MOL_K * releaseK);
        return DispersionChoice.select(
                        rateKgPerS,
                        vapourDensity,
                        QraConstants.AIR_DENSITY_KG_PER_M3,
                        w.speedMPerS(),
                        releaseK,
                        QraConstants.AMBIENT_K,
                        QraConstants.RELEASE_HEIGHT_M,
                        w.stability(),
                        Terrain.RURAL,
                        SigmaModel.BRIGGS)
                .field();
    }
}
