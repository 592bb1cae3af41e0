package org.parkwatch.backend.live;

/**
 * Events per second as an exponentially weighted moving average with a one-minute time constant,
 * like the Unix load average; the first full interval seeds it so it does not start at zero.
 * Single-threaded.
 */
public final class RateMeter {
    /** Time constant of the average, milliseconds. */
    public static final double TAU_MS = 60_000;

    private long count;
    private long lastTickMs;
    private double perSecond;
    private boolean seeded;

    public RateMeter(long nowMs) {
        this.lastTickMs = nowMs;
    }

    public void add(long n) {
        count += n;
    }

    /** Folds the events since the last tick into the average; call about once a second. */
    public void tick(long nowMs) {
        long dt = nowMs - lastTickMs;
        if (dt <= 0) return;
        double instant = count * 1000.0 / dt;
        if (!seeded) {
            perSecond = instant;
            seeded = count > 0;
        } else {
            perSecond += (1 - Math.exp(-dt / TAU_MS)) * (instant - perSecond);
        }
        count = 0;
        lastTickMs = nowMs;
    }

    public double perSecond() {
        return perSecond;
    }
}
