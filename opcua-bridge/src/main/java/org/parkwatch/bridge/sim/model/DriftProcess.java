package org.parkwatch.bridge.sim.model;

import java.util.Random;

/**
 * A mean-reverting random walk (Ornstein–Uhlenbeck process): slow drift around a mean with a given
 * stationary standard deviation and time constant. Exact discretisation, so the statistics do not
 * depend on the tick length.
 */
final class DriftProcess {
    private final Random random;
    private final double stdDev;
    private final double tauS;
    private double offset;

    /**
     * @param stdDev stationary standard deviation of the offset from the mean, engineering units
     * @param tauS correlation time in seconds (how slowly the drift wanders)
     */
    DriftProcess(Random random, double stdDev, double tauS) {
        this.random = random;
        this.stdDev = stdDev;
        this.tauS = tauS;
        this.offset = stdDev * random.nextGaussian() * 0.5;
    }

    /** Advances by {@code dtS} seconds and returns the current offset from the mean. */
    double step(double dtS) {
        double a = Math.exp(-dtS / tauS);
        offset = offset * a + stdDev * Math.sqrt(1 - a * a) * random.nextGaussian();
        return offset;
    }

    void setOffset(double offset) {
        this.offset = offset;
    }
}
