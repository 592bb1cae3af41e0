package org.parkwatch.bridge.sim.model;

import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * A process value wandering around its operating point: slow drift plus measurement noise,
 * optionally shifted by a coupled signal (a tank's temperature and pressure follow its level
 * loosely), kept inside [lower, upper].
 */
final class AnalogueBehaviour implements TagBehaviour {
    private final double baseline;
    private final double lower;
    private final double upper;
    private final double noiseStdDev;
    private final DriftProcess drift;
    private final Random random;
    private final DoubleSupplier coupling;

    /**
     * @param baseline operating point, engineering units
     * @param driftStdDev standard deviation of the slow drift, engineering units
     * @param driftTauS drift time constant, s
     * @param noiseStdDev standard deviation of the per-sample noise, engineering units
     * @param lower lowest value ever produced
     * @param upper highest value ever produced
     * @param coupling extra offset added each tick (engineering units), e.g. from a tank's level;
     *     may be null
     */
    AnalogueBehaviour(
            Random random,
            double baseline,
            double driftStdDev,
            double driftTauS,
            double noiseStdDev,
            double lower,
            double upper,
            DoubleSupplier coupling) {
        this.random = random;
        this.baseline = baseline;
        this.lower = lower;
        this.upper = upper;
        this.noiseStdDev = noiseStdDev;
        this.drift = new DriftProcess(random, driftStdDev, driftTauS);
        this.coupling = coupling;
    }

    @Override
    public Object next(Tick tick) {
        double v = baseline + drift.step(tick.dtS()) + noiseStdDev * random.nextGaussian();
        if (coupling != null) v += coupling.getAsDouble();
        return Math.max(lower, Math.min(upper, v));
    }

    @Override
    public void resetTo(Object value) {
        if (value instanceof Number n) {
            double c = coupling == null ? 0 : coupling.getAsDouble();
            drift.setOffset(n.doubleValue() - baseline - c);
        }
    }
}
