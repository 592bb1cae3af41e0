package org.parkwatch.bridge.sim.model;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * A value following a daily shape (solar radiation, air temperature, humidity, air quality): the
 * shape gives the value for the local hour of day, a slow drift and noise are added, and the result
 * stays inside [lower, upper].
 */
final class DiurnalBehaviour implements TagBehaviour {
    private final DoubleUnaryOperator shapeByHour;
    private final DriftProcess drift;
    private final Random random;
    private final double noiseStdDev;
    private final double lower;
    private final double upper;

    /**
     * @param shapeByHour value (engineering units) for a local hour of day 0..24
     * @param driftStdDev slow drift standard deviation, engineering units
     * @param noiseStdDev per-sample noise, engineering units
     */
    DiurnalBehaviour(
            Random random,
            DoubleUnaryOperator shapeByHour,
            double driftStdDev,
            double noiseStdDev,
            double lower,
            double upper) {
        this.random = random;
        this.shapeByHour = shapeByHour;
        this.drift = new DriftProcess(random, driftStdDev, 600);
        this.noiseStdDev = noiseStdDev;
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public Object next(Tick tick) {
        double shape = shapeByHour.applyAsDouble(tick.hourOfDay());
        double v = shape + drift.step(tick.dtS()) + noiseStdDev * random.nextGaussian();
        // a shape of exactly 0 (the sun below the horizon) stays 0: no noise on a dark sensor
        if (shape == 0 && lower == 0) return 0.0;
        return Math.max(lower, Math.min(upper, v));
    }
}
