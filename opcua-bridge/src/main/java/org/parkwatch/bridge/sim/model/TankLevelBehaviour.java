package org.parkwatch.bridge.sim.model;

import java.util.Random;

/**
 * A storage tank being filled and emptied: the level moves at a steady rate between a low and a
 * high fill fraction (about 20 % and 80 % of the range, kept inside the design L/H limits), turning
 * round at each end. Outside the band (after a scenario pushed it there) it heads back into the
 * band.
 */
final class TankLevelBehaviour implements TagBehaviour {
    /** Fill band as fractions of the instrument range; the task brief's "~20 % to ~80 %". */
    static final double LOW_FRACTION = 0.20;

    static final double HIGH_FRACTION = 0.80;

    private final Random random;
    private final double min;
    private final double span;
    private final double lowFrac;
    private final double highFrac;
    private final double ratePerS;
    private double fraction;
    private int direction;

    /**
     * @param min instrument range low end, m
     * @param max instrument range high end, m
     * @param lowLimit design L limit (or null), m — the band stays 2 % of range above it
     * @param highLimit design H limit (or null), m — the band stays 2 % of range below it
     * @param cycleS seconds for one fill from the low to the high end of the band
     */
    TankLevelBehaviour(
            Random random,
            double min,
            double max,
            Double lowLimit,
            Double highLimit,
            double cycleS) {
        this.random = random;
        this.min = min;
        this.span = max - min;
        double lo = LOW_FRACTION;
        double hi = HIGH_FRACTION;
        if (lowLimit != null) lo = Math.max(lo, (lowLimit - min) / span + 0.02);
        if (highLimit != null) hi = Math.min(hi, (highLimit - min) / span - 0.02);
        if (hi <= lo) {
            lo = Math.max(0, (lo + hi) / 2 - 0.01);
            hi = lo + 0.02;
        }
        this.lowFrac = lo;
        this.highFrac = hi;
        this.ratePerS = (hi - lo) / cycleS;
        this.fraction = lo + (hi - lo) * random.nextDouble();
        this.direction = random.nextBoolean() ? 1 : -1;
    }

    @Override
    public Object next(Tick tick) {
        fraction += direction * ratePerS * tick.dtS();
        if (fraction >= highFrac && direction > 0) direction = -1;
        else if (fraction <= lowFrac && direction < 0) direction = 1;
        double noise = 0.0005 * span * random.nextGaussian();
        return Math.max(min, Math.min(min + span, min + fraction * span + noise));
    }

    /**
     * Current fill fraction of the instrument range, 0..1 (drives the coupled temperature and
     * pressure).
     */
    double fraction() {
        return fraction;
    }

    @Override
    public void resetTo(Object value) {
        if (value instanceof Number n) fraction = (n.doubleValue() - min) / span;
    }
}
