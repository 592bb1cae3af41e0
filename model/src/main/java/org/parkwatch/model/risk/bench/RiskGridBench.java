package org.parkwatch.model.risk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.parkwatch.model.consequence.DispersionChoice;
import org.parkwatch.model.consequence.Fireball;
import org.parkwatch.model.consequence.GaussianPlume;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.ProbitModel;
import org.parkwatch.model.consequence.SigmaModel;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.consequence.Terrain;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.ThreatZoneBuilder;
import org.parkwatch.model.consequence.ThresholdLevels;
import org.parkwatch.model.consequence.TntEquivalence;
import org.parkwatch.model.consequence.ToxicProbit;
import org.parkwatch.model.consequence.WindProfile;
import org.parkwatch.model.risk.GridSpec;
import org.parkwatch.model.risk.IndividualRiskGrid;
import org.parkwatch.model.risk.LethalityField;
import org.parkwatch.model.risk.RiskContours;
import org.parkwatch.model.risk.RiskCriteria;
import org.parkwatch.model.risk.RiskGridResult;
import org.parkwatch.model.risk.RiskOutcome;
import org.parkwatch.model.risk.WeatherCase;

/**
 * Prints the issue-6 benchmark figures: the individual-risk grid (400 × 400 cells over 10 km × 10
 * km, 200 outcomes × 6 weather classes × 16 directions; target ≤ 5 s on 2 cores) and the threat
 * zones of one release (target ≤ 50 ms). Outcomes are a deterministic mix of toxic plumes (Cl2/NH3,
 * CCPS probit, 30 min), pool fires (Eisenberg, 60 s), fireballs and vapour cloud explosions
 * (Eisenberg lung) at random places within the central 4 km.
 *
 * <p>Run from the project root:
 *
 * <pre>
 * mvn -q -pl model compile dependency:build-classpath -Dmdep.outputFile=target/model-cp.txt
 * java -cp model/target/classes:$(cat model/target/model-cp.txt) org.parkwatch.model.risk.bench.RiskGridBench [threads]
 * </pre>
 */
public final class RiskGridBench {

    static final int CELLS = 400;
    static final double SIZE_M = 10_000;
    static final int OUTCOMES = 200;
    static final int SECTORS = 16;
    static final double TOXIC_EXPOSURE_MIN = 30;
    static final double FIRE_EXPOSURE_S = 60;

    private RiskGridBench() {}

    public static void main(String[] args) {
        int threads =
                args.length > 0
                        ? Integer.parseInt(args[0])
                        : Runtime.getRuntime().availableProcessors();
        System.out.println(
                "cores available: "
                        + Runtime.getRuntime().availableProcessors()
                        + ", threads: "
                        + threads);
        GridSpec spec = new GridSpec(-SIZE_M / 2, -SIZE_M / 2, SIZE_M / CELLS, CELLS, CELLS);
        List<WeatherCase> weathers = weathers();
        double[] people = new double[spec.cells()];
        Arrays.fill(people, 0.5);
        // warm-up on a smaller problem so the JIT has compiled the hot loops
        new IndividualRiskGrid(spec, threads).compute(outcomes(20, weathers, 1), weathers, people);
        for (int run = 1; run <= 3; run++) {
            long t0 = System.nanoTime();
            List<RiskOutcome> outcomes = outcomes(OUTCOMES, weathers, 42);
            long t1 = System.nanoTime();
            RiskGridResult result =
                    new IndividualRiskGrid(spec, threads).compute(outcomes, weathers, people);
            long t2 = System.nanoTime();
            var contours =
                    new RiskContours()
                            .contours(
                                    spec, result.irPerYear(), RiskCriteria.CONTOUR_LEVELS_PER_YEAR);
            long t3 = System.nanoTime();
            double max = Arrays.stream(result.irPerYear()).max().orElse(0);
            System.out.printf(
                    "run %d: IR grid %dx%d, %d outcomes x %d weather x %d directions: outcomes %.0f ms,"
                            + " grid %.0f ms, contours %.0f ms (total %.2f s); max IR %.3g /yr; F-N points %d;"
                            + " contour areas (km2) %s%n",
                    run,
                    CELLS,
                    CELLS,
                    OUTCOMES,
                    weathers.size(),
                    SECTORS,
                    ms(t0, t1),
                    ms(t1, t2),
                    ms(t2, t3),
                    (t3 - t0) / 1e9,
                    max,
                    result.societalOutcomes().size(),
                    contours.stream().map(g -> String.format("%.3f", g.getArea() / 1e6)).toList());
        }
        threatZones();
    }

    private static void threatZones() {
        ThreatZoneBuilder builder = new ThreatZoneBuilder();
        long[] times = new long[60];
        List<ThreatZone> zones = List.of();
        for (int k = 0; k < times.length; k++) {
            long t0 = System.nanoTime();
            DispersionChoice choice =
                    DispersionChoice.select(
                            2.0,
                            3.2,
                            1.184,
                            2.5,
                            239,
                            298,
                            0,
                            StabilityClass.D,
                            Terrain.RURAL,
                            SigmaModel.BRIGGS);
            zones =
                    builder.plumeZones(
                            choice.field(),
                            ThresholdLevels.erpg("Cl2"),
                            0.070906,
                            225,
                            0,
                            0,
                            choice.warnings());
            times[k] = System.nanoTime() - t0;
        }
        long first = times[0];
        Arrays.sort(times);
        System.out.printf(
                "threat zones for one release (Cl2 2 kg/s, 3 ERPG levels): first %.1f ms, median %.2f ms,"
                        + " max %.2f ms; distances (m) %s%n",
                first / 1e6,
                times[times.length / 2] / 1e6,
                times[times.length - 1] / 1e6,
                zones.stream()
                        .map(z -> z.threshold().id() + "=" + Math.round(z.distanceM()))
                        .toList());
    }

    private static double ms(long a, long b) {
        return (b - a) / 1e6;
    }

    static List<WeatherCase> weathers() {
        double[] shares = {0.05, 0.10, 0.15, 0.40, 0.18, 0.12};
        List<WeatherCase> out = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            double[] rose = new double[SECTORS];
            double sum = 0;
            for (int k = 0; k < SECTORS; k++) {
                rose[k] = 1 + 0.8 * Math.cos(2 * Math.PI * (k - 3 - w) / SECTORS);
                sum += rose[k];
            }
            for (int k = 0; k < SECTORS; k++) {
                rose[k] /= sum;
            }
            out.add(new WeatherCase(StabilityClass.values()[w].name(), shares[w], rose));
        }
        return out;
    }

    /** Wind at 10 m (m/s) typical of each class A..F. */
    private static final double[] WIND = {2, 3, 4, 5, 3, 1.5};

    static List<RiskOutcome> outcomes(int count, List<WeatherCase> weathers, long seed) {
        Random random = new Random(seed);
        List<RiskOutcome> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double e = (random.nextDouble() - 0.5) * 4000;
            double n = (random.nextDouble() - 0.5) * 4000;
            double f = Math.pow(10, -7 + 3 * random.nextDouble());
            List<LethalityField> fields = new ArrayList<>();
            switch (k % 4) {
                case 0 -> {
                    boolean chlorine = random.nextBoolean();
                    double q = 0.2 + 2 * random.nextDouble();
                    for (int w = 0; w < weathers.size(); w++) {
                        fields.add(toxic(q, StabilityClass.values()[w], chlorine));
                    }
                }
                case 1 -> {
                    LethalityField fire = poolFire(3 + 10 * random.nextDouble());
                    weathers.forEach(w -> fields.add(fire));
                }
                case 2 -> {
                    LethalityField ball = fireball(1000 + 20_000 * random.nextDouble());
                    weathers.forEach(w -> fields.add(ball));
                }
                default -> {
                    LethalityField vce = explosion(500 + 10_000 * random.nextDouble());
                    weathers.forEach(w -> fields.add(vce));
                }
            }
            out.add(new RiskOutcome("o" + k, e, n, f, fields));
        }
        return out;
    }

    static LethalityField toxic(double rateKgPerS, StabilityClass s, boolean chlorine) {
        double u = WindProfile.windSpeedAt(WIND[s.ordinal()], 2, s, Terrain.RURAL);
        GaussianPlume plume =
                GaussianPlume.of(rateKgPerS, u, 2, s, Terrain.RURAL, SigmaModel.BRIGGS);
        String chem = chlorine ? "Cl2" : "NH3";
        double molar = ThresholdLevels.toxic(chem).molarMassKgPerMol();
        ToxicProbit probit = new ToxicProbit(ToxicProbit.ConstantSet.CCPS, chem);
        DoubleUnaryOperator p =
                c ->
                        NormalDistribution.probitToProbability(
                                probit.probitFromKgPerM3(c, TOXIC_EXPOSURE_MIN * 60, molar));
        return LethalityField.plume(plume, p, LethalityField.concentrationAtCutoff(p));
    }

    static LethalityField poolFire(double radiusM) {
        PoolFire fire = new PoolFire(radiusM, 0.06, 44e6, 1.2, 0.24, 1.0);
        DoubleUnaryOperator p =
                r ->
                        NormalDistribution.probitToProbability(
                                ProbitModel.THERMAL_EISENBERG.thermal(
                                        fire.fluxWPerM2(Math.max(r, radiusM)), FIRE_EXPOSURE_S));
        return LethalityField.radial(p, LethalityField.radialRangeM(p, 5000));
    }

    static LethalityField fireball(double massKg) {
        Fireball ball = new Fireball(massKg);
        DoubleUnaryOperator p =
                r ->
                        NormalDistribution.probitToProbability(
                                ProbitModel.THERMAL_EISENBERG.thermal(
                                        ball.fluxWPerM2(r, 46e6, 0.3, 1.0), ball.durationS()));
        return LethalityField.radial(p, LethalityField.radialRangeM(p, 5000));
    }

    static LethalityField explosion(double fuelKg) {
        TntEquivalence tnt =
                new TntEquivalence(TntEquivalence.tntMassKg(fuelKg, 46_000, 0.04, 1.8, 4500));
        DoubleUnaryOperator p =
                r -> {
                    double mpa = tnt.overpressureMpa(Math.max(r, 0.1)).value();
                    if (Double.isNaN(mpa)) {
                        // inside the table's first row the overpressure exceeds 2.94 MPa; beyond
                        // the last it is negligible
                        mpa = r < tnt.distanceM(2.94).value() ? 2.94 : 0.0;
                    }
                    return NormalDistribution.probitToProbability(
                            ProbitModel.OVERPRESSURE_LUNG.overpressure(mpa * 1e6, 0));
                };
        return LethalityField.radial(p, LethalityField.radialRangeM(p, 2000));
    }
}
