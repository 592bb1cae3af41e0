package org.parkwatch.bridge.sim.model;

import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * Picks the behaviour of a tag from its kind, range and design limits. Operating points sit inside
 * the L..H band so the undisturbed park raises no alarms; only scenarios drive values past the
 * limits. The shapes are plausible, not measured: they exist to make the demo move (status:
 * simulation choice, no source).
 */
final class BehaviourFactory {
    /**
     * Peak global horizontal irradiance on a clear Henan summer noon, W/m² (order of magnitude,
     * simulation choice).
     */
    static final double SOLAR_PEAK_W_M2 = 850;

    /** Mean wind speed and its bounds, m/s — the task brief asks for 1–6 m/s. */
    static final double WIND_MEAN_MPS = 3.0;

    static final double WIND_MIN_MPS = 1.0;
    static final double WIND_MAX_MPS = 6.0;

    private BehaviourFactory() {}

    /**
     * @param tank the level behaviour of the tank this tag belongs to (same feature), or null — a
     *     tank's temperature and pressure then follow its level loosely
     */
    static TagBehaviour create(TagDefinition t, Random random, TankLevelBehaviour tank) {
        TagKind kind = t.kind();
        if (kind.isDiscrete()) {
            // a position switch "open" (ISA-5.1 ZSO) of a valve that is normally open reads 1
            boolean on =
                    kind == TagKind.RUN_STATE
                            || (kind == TagKind.VALVE_STATE && t.id().endsWith("_ZSO"));
            return new ConstantBehaviour(on);
        }
        double span = t.max() - t.min();
        return switch (kind) {
            case LEVEL ->
                    new TankLevelBehaviour(
                            random,
                            t.min(),
                            t.max(),
                            lowLimit(t.limits()),
                            highLimit(t.limits()),
                            900 + 1800 * random.nextDouble());
            case WIND_SPEED ->
                    new AnalogueBehaviour(
                            random,
                            WIND_MEAN_MPS,
                            1.0,
                            300,
                            0.3,
                            Math.max(t.min(), WIND_MIN_MPS),
                            Math.min(t.max(), WIND_MAX_MPS),
                            null);
            case WIND_DIRECTION -> new WindDirectionBehaviour(random);
            case CLOUD_COVER ->
                    new AnalogueBehaviour(
                            random,
                            t.min() + 0.375 * span,
                            0.18 * span,
                            1800,
                            0.01 * span,
                            t.min(),
                            t.max(),
                            null);
            case SOLAR_RADIATION ->
                    new DiurnalBehaviour(
                            random,
                            h ->
                                    h <= 6 || h >= 18
                                            ? 0
                                            : Math.min(t.max(), SOLAR_PEAK_W_M2)
                                                    * Math.sin(Math.PI * (h - 6) / 12),
                            30,
                            5,
                            t.min(),
                            t.max());
            case AIR_TEMPERATURE ->
                    new DiurnalBehaviour(
                            random,
                            h -> 15 + 6 * Math.cos(2 * Math.PI * (h - 15) / 24),
                            1.0,
                            0.1,
                            t.min(),
                            t.max());
            case HUMIDITY ->
                    new DiurnalBehaviour(
                            random,
                            h -> 60 - 15 * Math.cos(2 * Math.PI * (h - 15) / 24),
                            4,
                            0.5,
                            Math.max(t.min(), 20),
                            Math.min(t.max(), 98));
            case AIR_QUALITY -> airQuality(t, random);
            case GAS_TOXIC, GAS_FLAMMABLE -> gas(t, random);
            case SETPOINT -> new ConstantBehaviour(operatingPoint(t));
            case TEMPERATURE, PRESSURE ->
                    generic(
                            t,
                            random,
                            tank == null ? null : () -> 0.15 * band(t) * (tank.fraction() - 0.5));
            default -> generic(t, random, null);
        };
    }

    /**
     * Setpoint of a control loop: the operating point of its process value (simulation choice, no
     * source).
     */
    static TagBehaviour setpointOf(TagDefinition processValue) {
        return new ConstantBehaviour(operatingPoint(processValue));
    }

    /**
     * A process value under closed-loop control stays near its setpoint: within about 2 % of its
     * L..H band, well inside the park's default deviation band, so an undisturbed loop raises no
     * deviation alarm (simulation choice).
     */
    static TagBehaviour controlled(TagDefinition t, Random random) {
        double band = band(t);
        return new AnalogueBehaviour(
                random,
                operatingPoint(t),
                0.02 * band,
                120 + 240 * random.nextDouble(),
                0.001 * (t.max() - t.min()),
                lower(t) + 0.02 * band,
                upper(t) - 0.02 * band,
                null);
    }

    private static TagBehaviour generic(TagDefinition t, Random random, DoubleSupplier coupling) {
        double lower = lower(t);
        double upper = upper(t);
        double band = upper - lower;
        return new AnalogueBehaviour(
                random,
                operatingPoint(t),
                0.08 * band,
                120 + 240 * random.nextDouble(),
                0.004 * (t.max() - t.min()),
                lower + 0.02 * band,
                upper - 0.02 * band,
                coupling);
    }

    /**
     * Two rush-hour peaks (08:00 and 20:00) over the signal's typical background ({@link
     * AirBackground}; ~35 % of the H limit for a signal it does not know), so the undisturbed park
     * keeps its hourly, daily and 8-hour means below the limits; ozone instead peaks in the
     * afternoon, as photochemistry does.
     */
    private static TagBehaviour airQuality(TagDefinition t, Random random) {
        Double h = highLimit(t.limits());
        String signal = t.id().substring(t.id().lastIndexOf('.') + 1);
        double fallback = h != null ? 0.35 * (h - t.min()) : 0.01 * (t.max() - t.min());
        double base = t.min() + AirBackground.of(signal, t.unit(), fallback);
        double upper = h != null ? t.min() + 0.95 * (h - t.min()) : Math.min(t.max(), 4 * base);
        DoubleUnaryOperator shape =
                "O3".equals(signal)
                        ? hour -> base * (0.5 + 1.0 * Math.exp(-sq(hour - 15) / 10))
                        : AirBackground.isTraffic(signal)
                                ? hour ->
                                        base
                                                * (1
                                                        + 0.5 * Math.exp(-sq(hour - 8) / 4)
                                                        + 0.6 * Math.exp(-sq(hour - 20) / 6))
                                : hour ->
                                        base * (1 + 0.3 * Math.cos(2 * Math.PI * (hour - 4) / 24));
        return new DiurnalBehaviour(random, shape, 0.08 * base, 0.03 * base, t.min(), upper);
    }

    /**
     * Clean air: a few percent of the H limit (or of 5 % of the range), never below the range low
     * end.
     */
    private static TagBehaviour gas(TagDefinition t, Random random) {
        Double h = highLimit(t.limits());
        double ref = h != null ? h - t.min() : 0.05 * (t.max() - t.min());
        return new AnalogueBehaviour(
                random,
                t.min() + 0.03 * ref,
                0.015 * ref,
                120,
                0.005 * ref,
                t.min(),
                t.min() + 0.2 * ref,
                null);
    }

    static double operatingPoint(TagDefinition t) {
        return (lower(t) + upper(t)) / 2;
    }

    private static double band(TagDefinition t) {
        return upper(t) - lower(t);
    }

    private static double lower(TagDefinition t) {
        Double l = lowLimit(t.limits());
        double lower = l == null ? t.min() : l;
        return lower < upperRaw(t) ? lower : t.min();
    }

    private static double upper(TagDefinition t) {
        double upper = upperRaw(t);
        Double l = lowLimit(t.limits());
        return l != null && l >= upper ? t.max() : upper;
    }

    private static double upperRaw(TagDefinition t) {
        Double h = highLimit(t.limits());
        return h == null ? t.max() : h;
    }

    private static Double lowLimit(TagLimits l) {
        return l.l() != null ? l.l() : l.ll();
    }

    private static Double highLimit(TagLimits l) {
        return l.h() != null ? l.h() : l.hh();
    }

    private static double sq(double x) {
        return x * x;
    }
}
