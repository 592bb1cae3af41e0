package org.parkwatch.backend.risk.qra;

import java.util.function.DoubleUnaryOperator;
import org.parkwatch.model.consequence.DenseGasPuff;
import org.parkwatch.model.consequence.DensePassivePuff;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.Fireball;
import org.parkwatch.model.consequence.JetFire;
import org.parkwatch.model.consequence.MultiEnergyBlast;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.PlumeField;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.ProbitModel;
import org.parkwatch.model.consequence.PuffCoefficients;
import org.parkwatch.model.consequence.PuffFootprint;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.TntEquivalence;
import org.parkwatch.model.consequence.TntReferenceTable;
import org.parkwatch.model.consequence.ToxicProbit;
import org.parkwatch.model.consequence.WindProfile;
import org.parkwatch.model.risk.LethalityField;

/**
 * Builds the probability-of-death field of each outcome type from the consequence models of {@code
 * org.parkwatch.model.consequence}: toxic plume (CCPS probit), flash fire (P = 1 inside the LFL
 * envelope), jet fire, pool fire and fireball (Eisenberg thermal probit), vapour cloud explosion
 * (TNT equivalence, lung overpressure probit). Dispersion is dense or passive by the
 * Britter–McQuaid criterion; an instantaneous release is a puff ({@link #toxicPuff}). Pure.
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
     * Toxic cloud of an instantaneous release of {@code massKg} (a catastrophic rupture): a cloud
     * heavier than air is a Britter–McQuaid puff handed over to a Gaussian puff ({@link
     * DensePassivePuff}), else the footprint of a Gaussian puff ({@link PuffFootprint}); each place
     * sees the cloud's peak concentration for its passage time √(2π)·σx/u, σx = σy of the Gaussian
     * puff at that distance (the time a Gaussian puff's dose accumulates over), at least {@link
     * QraConstants#MIN_PUFF_EXPOSURE_S}, at most {@link QraConstants#MAX_EXPOSURE_S} [U: the dense
     * cloud's own passage time is not modelled].
     */
    public static LethalityField toxicPuff(ChemicalProfile c, double massKg, WeatherClass w) {
        double releaseK = c.liquefiedGas() ? c.boilingPointC() + 273.15 : QraConstants.AMBIENT_K;
        double rho =
                QraConstants.ATMOSPHERE_PA
                        * c.molarMassKgPerMol()
                        / (SourceTermConstants.R_J_PER_MOL_K * releaseK);
        double u = w.speedMPerS();
        DenseGasPuff dense =
                new DenseGasPuff(
                        massKg,
                        massKg / rho,
                        rho,
                        QraConstants.AIR_DENSITY_KG_PER_M3,
                        u,
                        releaseK,
                        QraConstants.AMBIENT_K);
        double height = dense.isDense() ? 0 : QraConstants.RELEASE_HEIGHT_M;
        double uAt = WindProfile.windSpeedAt(u, height, w.stability(), Terrain.RURAL);
        PuffFootprint passive = new PuffFootprint(massKg, uAt, height, w.stability());
        PlumeField field = dense.isDense() ? new DensePassivePuff(dense, passive) : passive;
        ToxicProbit probit = new ToxicProbit(ToxicProbit.ConstantSet.CCPS, c.toxicProbitKey());
        double molar = c.molarMassKgPerMol();
        DoubleUnaryOperator longest =
                conc ->
                        NormalDistribution.probitToProbability(
                                probit.probitFromKgPerM3(conc, QraConstants.MAX_EXPOSURE_S, molar));
        double cutoff = LethalityField.concentrationAtCutoff(longest);
        double[] range = ThreatZoneBuilder.centrelineRange(field, cutoff);
        double[] seconds = passageSeconds(range == null ? 0 : range[1], w, uAt);
        return LethalityField.plume(
                field,
                (conc, x) ->
                        NormalDistribution.probitToProbability(
                                probit.probitFromKgPerM3(conc, passageAt(seconds, x), molar)),
                cutoff);
    }

    /** Spacing of the passage-time table, m. */
    private static final double PASSAGE_STEP_M = 5;

    /**
     * The puff's passage time √(2π)·σx/u (s, bounded) every {@link #PASSAGE_STEP_M} up to reach:
     * the lethality is sampled many times per distance, σ is a power law.
     */
    private static double[] passageSeconds(double reachM, WeatherClass w, double u) {
        int n = (int) Math.ceil(Math.max(reachM, 0) / PASSAGE_STEP_M) + 2;
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            double sigma = PuffCoefficients.sigmaYM(w.stability(), Math.max(k * PASSAGE_STEP_M, 1));
            out[k] =
                    Math.max(
                            QraConstants.MIN_PUFF_EXPOSURE_S,
                            Math.min(
                                    QraConstants.MAX_EXPOSURE_S,
                                    Math.sqrt(2 * Math.PI) * sigma / u));
        }
        return out;
    }

    private static double passageAt(double[] seconds, double xM) {
        int k = (int) Math.round(Math.max(xM, 0) / PASSAGE_STEP_M);
        return seconds[Math.min(k, seconds.length - 1)];
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
     * Vapour cloud explosion by the TNO multi-energy method: the whole cloud's combustion energy at
     * the given blast strength ({@link MultiEnergyBlast}), lung-damage probit of the side-on
     * overpressure.
     */
    public static LethalityField multiEnergyExplosion(
            ChemicalProfile c, double cloudMassKg, int blastStrength) {
        MultiEnergyBlast blast =
                MultiEnergyBlast.ofFuel(cloudMassKg, c.heatOfCombustionJPerKg(), blastStrength);
        DoubleUnaryOperator p =
                r ->
                        NormalDistribution.probitToProbability(
                                ProbitModel.OVERPRESSURE_LUNG.overpressure(
                                        blast.overpressureMpa(Math.max(r, 0.1)).value() * 1e6, 0));
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
