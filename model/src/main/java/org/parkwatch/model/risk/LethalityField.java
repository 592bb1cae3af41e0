package org.parkwatch.model.risk;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.parkwatch.model.consequence.PlumeField;
import org.parkwatch.model.consequence.ThreatZoneBuilder;

/**
 * Probability of death around one outcome under one weather class, in plume co-ordinates (x
 * downwind, y crosswind, metres), assumed symmetric in y. Outside its footprint bounds the value is
 * below {@link #CUTOFF} and is treated as zero.
 */
public interface LethalityField {

    /**
     * Probability of death below which a place counts as unaffected (a 1e-5 /yr scenario then adds
     * under 1e-11).
     */
    double CUTOFF = 1e-6;

    /** P_death at downwind x and crosswind y (m). */
    double lethality(double downwindM, double crosswindM);

    /** Footprint bounds: smallest downwind distance (m, may be negative). */
    double minDownwindM();

    /** Footprint bounds: largest downwind distance (m). */
    double maxDownwindM();

    /** Footprint bounds: largest crosswind half-width (m). */
    double maxHalfWidthM();

    /** True when the value depends only on the distance from the source (fires, explosions). */
    boolean isotropic();

    /** A field that depends on distance only, zero beyond {@code rangeM}. */
    static LethalityField radial(DoubleUnaryOperator deathProbabilityOfDistanceM, double rangeM) {
        return new LethalityField() {
            @Override
            public double lethality(double downwindM, double crosswindM) {
                double r = Math.hypot(downwindM, crosswindM);
                return r > rangeM ? 0.0 : deathProbabilityOfDistanceM.applyAsDouble(r);
            }

            @Override
            public double minDownwindM() {
                return -rangeM;
            }

            @Override
            public double maxDownwindM() {
                return rangeM;
            }

            @Override
            public double maxHalfWidthM() {
                return rangeM;
            }

            @Override
            public boolean isotropic() {
                return true;
            }
        };
    }

    /**
     * The range (m) of a radial field: the largest distance up to {@code maxRangeM} where P_death ≥
     * {@link #CUTOFF}, found by scanning inward in 0.5 % steps and refining by bisection; 0 when
     * never reached.
     */
    static double radialRangeM(DoubleUnaryOperator deathProbabilityOfDistanceM, double maxRangeM) {
        double r = maxRangeM;
        double outer = maxRangeM;
        while (r > 0.01 && deathProbabilityOfDistanceM.applyAsDouble(r) < CUTOFF) {
            outer = r;
            r *= 0.995;
        }
        if (r <= 0.01) {
            return 0.0;
        }
        if (r == maxRangeM) {
            return maxRangeM;
        }
        double lo = r;
        double hi = outer;
        for (int i = 0; i < 50; i++) {
            double mid = 0.5 * (lo + hi);
            if (deathProbabilityOfDistanceM.applyAsDouble(mid) >= CUTOFF) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * The concentration (kg/m³) at which a monotone dose–response first reaches {@link #CUTOFF}, by
     * bisection in log space over [1e-12, 100] kg/m³; 100 when it never does.
     */
    static double concentrationAtCutoff(DoubleUnaryOperator deathProbabilityOfConcentration) {
        double lo = Math.log(1e-12);
        double hi = Math.log(100);
        if (deathProbabilityOfConcentration.applyAsDouble(Math.exp(hi)) < CUTOFF) {
            return 100;
        }
        for (int i = 0; i < 80; i++) {
            double mid = 0.5 * (lo + hi);
            if (deathProbabilityOfConcentration.applyAsDouble(Math.exp(mid)) >= CUTOFF) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.exp(hi);
    }

    /**
     * A plume field mapped through a dose–response: P_death = f(C(x, y)), with the footprint
     * bounded where the concentration falls below {@code cutoffConcentrationKgPerM3} (the
     * concentration at which f reaches CUTOFF).
     */
    static LethalityField plume(
            PlumeField field,
            DoubleUnaryOperator deathProbabilityOfConcentration,
            double cutoffConcentrationKgPerM3) {
        return plume(
                field,
                (c, x) -> deathProbabilityOfConcentration.applyAsDouble(c),
                cutoffConcentrationKgPerM3);
    }

    /**
     * As {@link #plume(PlumeField, DoubleUnaryOperator, double)} with a dose–response that also
     * depends on the downwind distance (a passing puff's exposure time grows with its size):
     * P_death = f(C(x, y), x). The cutoff concentration must be the lowest at which f can reach
     * CUTOFF anywhere.
     */
    static LethalityField plume(
            PlumeField field,
            DoubleBinaryOperator deathProbabilityOfConcentrationAndDistance,
            double cutoffConcentrationKgPerM3) {
        double[] range = ThreatZoneBuilder.centrelineRange(field, cutoffConcentrationKgPerM3);
        double x0 = range == null ? 0 : range[0];
        double x1 = range == null ? 0 : range[1];
        double w = 0;
        if (range != null) {
            int n = 200;
            for (int i = 0; i <= n; i++) {
                w =
                        Math.max(
                                w,
                                field.halfWidthM(
                                        x0 + (x1 - x0) * i / n, cutoffConcentrationKgPerM3));
            }
            w *= 1.05; // margin for the sampled maximum
        }
        double minX = x0;
        double maxX = x1;
        double halfWidth = w;
        return new LethalityField() {
            @Override
            public double lethality(double downwindM, double crosswindM) {
                double c = field.groundConcentrationKgPerM3(downwindM, crosswindM);
                return c < cutoffConcentrationKgPerM3
                        ? 0.0
                        : deathProbabilityOfConcentrationAndDistance.applyAsDouble(c, downwindM);
            }

            @Override
            public double minDownwindM() {
                return minX;
            }

            @Override
            public double maxDownwindM() {
                return maxX;
            }

            @Override
            public double maxHalfWidthM() {
                return halfWidth;
            }

            @Override
            public boolean isotropic() {
                return false;
            }
        };
    }
}
