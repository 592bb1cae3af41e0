package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * A spreading, evaporating pool fed by a spill (instantaneous mass and/or a rate for a time, e.g. a
 * rain-out or a draining tank): the radius from {@link LiquidPool} spreading (gravity–inertia,
 * capped by the dike and by a minimum depth), the evaporation from Mackay–Matsugu, and the pool
 * mass from the balance dm/dt = inflow − evaporation (explicit Euler in {@value #STEPS} steps). The
 * evaporation rate over time is the source term handed to dispersion. For a liquid boiling at the
 * pool temperature the evaporation is heat-transfer limited, not mass-transfer limited: the result
 * is then flagged OUTSIDE_VALIDITY. Units: kg, kg/s, s, m, m², kg/m³, Pa, K, m/s.
 */
public final class PoolEvaporation {

    /** Spreading stops at this depth (m) [U: 5 mm on land, CCPS 1999 §2.1.3 range 5–10 mm]. */
    public static final double MIN_DEPTH_M = 0.005;

    static final int STEPS = 20_000;
    static final int REPORTED = 100;

    /** One sample: time, radius, pool mass, evaporation rate, total evaporated. */
    public record Sample(
            double timeS,
            double radiusM,
            double poolKg,
            double evaporationKgPerS,
            double evaporatedKg) {}

    /** The time history and its validity warnings. */
    public record Result(List<Sample> samples, List<Warning> warnings) {

        /** Largest evaporation rate (kg/s). */
        public double peakRateKgPerS() {
            return samples.stream().mapToDouble(Sample::evaporationKgPerS).max().orElse(0);
        }

        /** Time (s) until the pool is gone, or the end of the run. */
        public double durationS() {
            return samples.get(samples.size() - 1).timeS();
        }
    }

    private PoolEvaporation() {}

    /**
     * @param instantKg mass spilled at t = 0 (kg, ≥ 0)
     * @param inflowKgPerS continuous inflow (kg/s, ≥ 0)
     * @param inflowDurationS how long the inflow lasts (s)
     * @param liquidDensity ρ (kg/m³)
     * @param dikeAreaM2 dike area (m²), ≤ 0 for none
     * @param windSpeedMPerS u (m/s)
     * @param vapourPressurePa Psat at the pool temperature (Pa)
     * @param molarMassKgPerMol M (kg/mol)
     * @param poolTemperatureK T (K)
     * @param boilingPointK Tb (K), for the validity flag
     * @param maxS longest time followed (s)
     */
    public static Result simulate(
            double instantKg,
            double inflowKgPerS,
            double inflowDurationS,
            double liquidDensity,
            double dikeAreaM2,
            double windSpeedMPerS,
            double vapourPressurePa,
            double molarMassKgPerMol,
            double poolTemperatureK,
            double boilingPointK,
            double maxS) {
        double end = maxS;
        double dt = end / STEPS;
        int every = STEPS / REPORTED;
        double pool = instantKg;
        double spilled = instantKg;
        double evaporated = 0;
        List<Sample> out = new ArrayList<>();
        for (int k = 0; k <= STEPS; k++) {
            double t = k * dt;
            double r = radius(spilled, pool, t, inflowKgPerS, liquidDensity, dikeAreaM2);
            double e =
                    r > 0
                            ? LiquidPool.evaporationRateKgPerS(
                                    r,
                                    windSpeedMPerS,
                                    vapourPressurePa,
                                    molarMassKgPerMol,
                                    poolTemperatureK,
                                    SourceTermConstants.DEFAULT_SCHMIDT)
                            : 0;
            boolean feeding = t < inflowDurationS && inflowKgPerS > 0;
            boolean gone = pool <= 0 && !feeding && k > 0;
            if (k % every == 0 || gone) {
                out.add(new Sample(t, r, Math.max(pool, 0), gone ? 0 : e, evaporated));
            }
            if (gone) {
                break;
            }
            double in = feeding ? inflowKgPerS * dt : 0;
            double lost = Math.min(e * dt, pool + in);
            pool += in - lost;
            spilled += in;
            evaporated += lost;
        }
        List<Warning> warnings = new ArrayList<>();
        if (boilingPointK <= poolTemperatureK) {
            warnings.add(
                    Warning.of(
                            WarningCode.OUTSIDE_VALIDITY,
                            "boiling pool (Tb = "
                                    + boilingPointK
                                    + " K ≤ T): evaporation is heat-transfer limited; Mackay–Matsugu used"));
        }
        return new Result(out, warnings);
    }

    /**
     * Pool radius: spreading of what was spilled so far, capped by the dike and by the minimum
     * depth.
     */
    private static double radius(
            double spilledKg,
            double poolKg,
            double t,
            double inflowKgPerS,
            double rho,
            double dikeAreaM2) {
        if (poolKg <= 0) {
            return 0;
        }
        double spread =
                inflowKgPerS > 0 && spilledKg > 0
                        ? Math.max(
                                LiquidPool.continuousRadiusM(inflowKgPerS / rho, t, dikeAreaM2),
                                LiquidPool.instantaneousRadiusM(spilledKg / rho, t, dikeAreaM2))
                        : LiquidPool.instantaneousRadiusM(spilledKg / rho, t, dikeAreaM2);
        double thinnest = Math.sqrt(poolKg / rho / (Math.PI * MIN_DEPTH_M));
        return Math.min(spread, thinnest);
    }
}
