package org.parkwatch.bridge.sim.model;

import java.util.Random;

/**
 * The direction the wind blows FROM, degrees clockwise from north in [0, 360): a random walk that
 * wanders a few tens of degrees per hour, plus gust noise of a few degrees.
 */
final class WindDirectionBehaviour implements TagBehaviour {
    /** Random-walk diffusion, deg per √s: about 18° standard deviation after an hour. */
    static final double WANDER_DEG_PER_SQRT_S = 0.3;

    static final double GUST_NOISE_DEG = 3;

    private final Random random;
    private double fromDeg;

    WindDirectionBehaviour(Random random) {
        this.random = random;
        this.fromDeg = 360 * random.nextDouble();
    }

    @Override
    public Object next(Tick tick) {
        fromDeg =
                wrap(
                        fromDeg
                                + WANDER_DEG_PER_SQRT_S
                                        * Math.sqrt(tick.dtS())
                                        * random.nextGaussian());
        return wrap(fromDeg + GUST_NOISE_DEG * random.nextGaussian());
    }

    @Override
    public void resetTo(Object value) {
        if (value instanceof Number n) fromDeg = wrap(n.doubleValue());
    }

    static double wrap(double deg) {
        double d = deg % 360;
        return d < 0 ? d + 360 : d;
    }
}
