package org.parkwatch.backend.bench;

import java.util.Random;
import org.parkwatch.model.uplink.Sample;

/**
 * Synthetic 1 Hz tag signals for the history benchmark, one generator a tag (deterministic by
 * seed):
 *
 * <ul>
 *   <li>{@link Kind#ANALOG}: level/temperature/pressure style, a slow drift plus a daily swing plus
 *       Gaussian noise, reported at the sensor's resolution of 0.01;
 *   <li>{@link Kind#ANALOG_JITTER}: the same with source timestamps off the 1 s grid by up to ±5
 *       ms;
 *   <li>{@link Kind#STEPS}: a setpoint that jumps every 5–30 minutes (resolution 0.1);
 *   <li>{@link Kind#DISCRETE}: a valve or pump state (boolean) changing every 10–60 minutes;
 *   <li>{@link Kind#WHITE_NOISE}: full-precision Gaussian doubles, the codec's worst case.
 * </ul>
 */
final class ParkSignals {
    enum Kind {
        ANALOG,
        ANALOG_JITTER,
        STEPS,
        DISCRETE,
        WHITE_NOISE
    }

    private final String tagId;
    private final Kind kind;
    private final Random rnd;
    private final double base;
    private double level;
    private long nextChangeMs = Long.MIN_VALUE;
    private boolean state;

    ParkSignals(String tagId, Kind kind, long seed) {
        this.tagId = tagId;
        this.kind = kind;
        this.rnd = new Random(seed);
        this.base = 20 + rnd.nextInt(200);
        this.level = base;
    }

    /** The sample of second {@code timeMs} (a multiple of 1,000); call with increasing times. */
    Sample at(long timeMs) {
        return switch (kind) {
            case ANALOG -> Sample.of(tagId, analog(timeMs), timeMs);
            case ANALOG_JITTER -> Sample.of(tagId, analog(timeMs), timeMs + rnd.nextInt(11) - 5);
            case STEPS -> {
                if (timeMs >= nextChangeMs) {
                    level = Math.round((base + rnd.nextGaussian() * 10) * 10) / 10.0;
                    nextChangeMs = timeMs + 300_000 + rnd.nextInt(1_500_000);
                }
                yield Sample.of(tagId, level, timeMs);
            }
            case DISCRETE -> {
                if (timeMs >= nextChangeMs) {
                    state = !state;
                    nextChangeMs = timeMs + 600_000 + rnd.nextInt(3_000_000);
                }
                yield new Sample(tagId, state, timeMs, Sample.GOOD);
            }
            case WHITE_NOISE -> Sample.of(tagId, base + rnd.nextGaussian(), timeMs);
        };
    }

    private double analog(long timeMs) {
        double hours = timeMs / 3_600_000.0;
        level += rnd.nextGaussian() * 0.002; // drift: a random walk
        double v = level + 2 * Math.sin(2 * Math.PI * hours / 24) + rnd.nextGaussian() * 0.05;
        return Math.round(v * 100) / 100.0;
    }
}
