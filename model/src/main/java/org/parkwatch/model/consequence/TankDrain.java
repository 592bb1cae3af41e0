package org.parkwatch.model.consequence;

import java.util.ArrayList;
import java.util.List;

/**
 * A vertical tank draining through a hole below the liquid surface: the rate falls as the level
 * (and, with a closed head space, the pressure) falls. Bernoulli through the hole, ṁ =
 * Cd·A·ρ·√(2·Pg/ρ + 2g(h − h_hole)) ({@link LiquidRelease}), the level from dh/dt = −ṁ/(ρ·A_tank),
 * and the gauge pressure either held by a pad (regulated) or from the isothermal expansion of a
 * closed head space, P·V = const. Integrated with the classical fourth-order Runge–Kutta method.
 * For a regulated pad the time to drain to the hole has the closed form of Crowl &amp; Louvar,
 * Chemical Process Safety, §4 (liquid flow through a hole in a tank): t = A_t/(Cd·A·g)·[√(2(Pg/ρ +
 * g·h0)) − √(2Pg/ρ)]. Units: m, m², m³, kg, kg/m³, Pa (gauge unless named), s.
 */
public final class TankDrain {

    /**
     * One sample of the draining: time, rate, liquid height above the hole, gauge pressure, mass
     * released.
     */
    public record Sample(
            double timeS,
            double massRateKgPerS,
            double headAboveHoleM,
            double gaugePressurePa,
            double releasedKg) {}

    /** Integration steps until the (estimated) end of the release. */
    static final int STEPS = 4000;

    /** Samples reported. */
    static final int REPORTED = 100;

    private final double tankAreaM2;
    private final double holeAreaM2;
    private final double dischargeCoefficient;
    private final double liquidDensityKgPerM3;
    private final double initialHeadM;
    private final double padGaugePa;
    private final double headSpaceM3;

    /**
     * @param tankAreaM2 cross-section of the tank (m², &gt; 0)
     * @param holeDiameterM hole diameter (m, &gt; 0)
     * @param dischargeCoefficient Cd (0.61–0.65 for a sharp hole)
     * @param liquidDensityKgPerM3 ρ (kg/m³)
     * @param initialHeadM liquid height above the hole at t = 0 (m, ≥ 0)
     * @param padGaugePa gauge pressure above the liquid at t = 0 (Pa, ≥ 0)
     * @param headSpaceM3 closed head-space volume at t = 0 (m³); NaN or ∞ for a regulated pad
     */
    public TankDrain(
            double tankAreaM2,
            double holeDiameterM,
            double dischargeCoefficient,
            double liquidDensityKgPerM3,
            double initialHeadM,
            double padGaugePa,
            double headSpaceM3) {
        if (!(tankAreaM2 > 0)
                || !(holeDiameterM > 0)
                || !(liquidDensityKgPerM3 > 0)
                || !(initialHeadM >= 0)
                || !(padGaugePa >= 0)
                || !(dischargeCoefficient > 0 && dischargeCoefficient <= 1)) {
            throw new IllegalArgumentException(
                    "tank drain: tankAreaM2, holeDiameterM, liquidDensityKgPerM3 must be > 0, "
                            + "initialHeadM and padGaugePa >= 0, dischargeCoefficient in (0, 1]");
        }
        this.tankAreaM2 = tankAreaM2;
        this.holeAreaM2 = LiquidRelease.circleAreaM2(holeDiameterM);
        this.dischargeCoefficient = dischargeCoefficient;
        this.liquidDensityKgPerM3 = liquidDensityKgPerM3;
        this.initialHeadM = initialHeadM;
        this.padGaugePa = padGaugePa;
        this.headSpaceM3 =
                headSpaceM3 > 0 && Double.isFinite(headSpaceM3) ? headSpaceM3 : Double.NaN;
    }

    /** True when the pad pressure is held (no closed head space). */
    public boolean regulated() {
        return Double.isNaN(headSpaceM3);
    }

    /**
     * Gauge pressure (Pa) when the head has fallen to h: held, or P·V = const for a closed head
     * space.
     */
    public double gaugePressurePa(double headM) {
        if (regulated()) {
            return padGaugePa;
        }
        double atm = SourceTermConstants.ATMOSPHERIC_PA;
        double volume = headSpaceM3 + tankAreaM2 * (initialHeadM - headM);
        return (padGaugePa + atm) * headSpaceM3 / volume - atm;
    }

    /** Mass rate (kg/s) at head h (m). */
    public double massRateKgPerS(double headM) {
        double pg = gaugePressurePa(headM);
        return LiquidRelease.massRateKgPerS(
                holeAreaM2,
                liquidDensityKgPerM3,
                pg + SourceTermConstants.ATMOSPHERIC_PA,
                SourceTermConstants.ATMOSPHERIC_PA,
                Math.max(headM, 0),
                dischargeCoefficient);
    }

    /** Closed-form time (s) to drain to the hole under a regulated pad (Crowl &amp; Louvar §4). */
    public double regulatedDrainTimeS() {
        double g = SourceTermConstants.G_M_PER_S2;
        double p = padGaugePa / liquidDensityKgPerM3;
        return tankAreaM2
                / (dischargeCoefficient * holeAreaM2 * g)
                * (Math.sqrt(2 * (p + g * initialHeadM)) - Math.sqrt(2 * p));
    }

    /**
     * The release from t = 0 until the level reaches the hole, the flow stops (a closed head space
     * pulls a vacuum), {@code maxS} passes or (closed head space) ten times the regulated drain
     * time; about {@value #REPORTED} samples evenly spaced in time plus the last.
     */
    public List<Sample> simulate(double maxS) {
        // a closed head space approaches its balance (vacuum against head) slowly: follow it longer
        double end = Math.min(maxS, (regulated() ? 1.5 : 10) * regulatedDrainTimeS() + 1);
        double dt = end / STEPS;
        if (!regulated()) {
            // resolve the pressure change: at most 1 % of the initial head-space height per step
            double fall = -dhdt(initialHeadM);
            dt = Math.min(dt, 0.01 * headSpaceM3 / tankAreaM2 / fall);
        }
        int every = Math.max(1, (int) Math.ceil(end / dt / REPORTED));
        double h = initialHeadM;
        double t = 0;
        double released = 0;
        List<Sample> out = new ArrayList<>();
        for (long k = 0; ; k++) {
            boolean done = h <= 0 || massRateKgPerS(h) <= 0 || t >= end;
            if (k % every == 0 || done) {
                out.add(new Sample(t, massRateKgPerS(h), h, gaugePressurePa(h), released));
            }
            if (done) {
                return out;
            }
            double h0 = h;
            double k1 = dhdt(h0);
            double k2 = dhdt(h0 + 0.5 * dt * k1);
            double k3 = dhdt(h0 + 0.5 * dt * k2);
            double k4 = dhdt(h0 + dt * k3);
            h = Math.max(0, h0 + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4));
            released += (h0 - h) * tankAreaM2 * liquidDensityKgPerM3;
            t += dt;
        }
    }

    private double dhdt(double headM) {
        return -massRateKgPerS(Math.max(headM, 0)) / (liquidDensityKgPerM3 * tankAreaM2);
    }

    /**
     * Largest mean rate (kg/s) over any window of {@code windowS} seconds: ALOHA's "maximum average
     * sustained".
     */
    public static double maxAverageRateKgPerS(List<Sample> samples, double windowS) {
        double best = 0;
        for (int i = 0; i < samples.size(); i++) {
            Sample a = samples.get(i);
            for (int j = i + 1; j < samples.size(); j++) {
                Sample b = samples.get(j);
                if (b.timeS() - a.timeS() >= windowS || j == samples.size() - 1) {
                    double span = b.timeS() - a.timeS();
                    if (span > 0) {
                        best =
                                Math.max(
                                        best,
                                        (b.releasedKg() - a.releasedKg())
                                                / Math.max(span, windowS));
                    }
                    break;
                }
            }
        }
        return best;
    }
}
