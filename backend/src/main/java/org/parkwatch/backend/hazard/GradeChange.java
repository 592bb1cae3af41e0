package org.parkwatch.backend.hazard;

import java.util.Objects;
import java.util.Optional;

/**
 * A change between two gradings of the same unit worth an alarm: the unit crossed S = 1 either way,
 * or its level changed while it stayed a major hazard installation.
 *
 * @param kind what changed
 * @param before the earlier grading
 * @param after the later grading
 */
public record GradeChange(Kind kind, GradingResult before, GradingResult after) {

    /** What changed. */
    public enum Kind {
        /** S rose to 1 or above. */
        BECAME_MAJOR_HAZARD,
        /** S fell below 1. */
        CEASED_MAJOR_HAZARD,
        /** Level number fell (e.g. 3 → 2): more severe. */
        LEVEL_RAISED,
        /** Level number rose (e.g. 2 → 3): less severe. */
        LEVEL_LOWERED
    }

    public GradeChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * The change from {@code previous} to {@code current}, or empty when neither the major-hazard
     * status nor the level changed. A first grading ({@code previous} null) is not a change.
     */
    public static Optional<GradeChange> between(GradingResult previous, GradingResult current) {
        Objects.requireNonNull(current, "current");
        if (previous == null) {
            return Optional.empty();
        }
        if (!previous.majorHazard() && current.majorHazard()) {
            return Optional.of(new GradeChange(Kind.BECAME_MAJOR_HAZARD, previous, current));
        }
        if (previous.majorHazard() && !current.majorHazard()) {
            return Optional.of(new GradeChange(Kind.CEASED_MAJOR_HAZARD, previous, current));
        }
        if (current.majorHazard() && !previous.level().equals(current.level())) {
            Kind k = current.level() < previous.level() ? Kind.LEVEL_RAISED : Kind.LEVEL_LOWERED;
            return Optional.of(new GradeChange(k, previous, current));
        }
        return Optional.empty();
    }

    /**
     * Relative band around S = 1 and the R band edges that a live grading must clear before a
     * change is reported again — live inventories fluctuate around an edge, and without a band
     * every tick would raise an event (the same reason ISA-18.2 puts a deadband on analogue
     * alarms). ParkWatch choice, not from GB 18218 [choice].
     */
    public static final double EDGE_HYSTERESIS = 0.02;

    /**
     * The change from the last <em>reported</em> grading to {@code current}, reported only once
     * {@code current} is clear of the crossed edge by the relative {@code margin} (S ≥ 1 + m to
     * become a major hazard, S &lt; 1 − m to cease; R ≥ edge·(1 + m) for a more severe level, R
     * &lt; edge·(1 − m) for a less severe one).
     */
    public static Optional<GradeChange> between(
            GradingResult reported, GradingResult current, double margin) {
        return between(reported, current).filter(c -> clearOfEdge(c, margin));
    }

    private static boolean clearOfEdge(GradeChange c, double margin) {
        return switch (c.kind()) {
            case BECAME_MAJOR_HAZARD -> c.after().s() >= 1 + margin;
            case CEASED_MAJOR_HAZARD -> c.after().s() < 1 - margin;
            case LEVEL_RAISED -> c.after().r() >= lowerEdge(c.after().level()) * (1 + margin);
            case LEVEL_LOWERED -> c.after().r() < lowerEdge(c.before().level()) * (1 - margin);
        };
    }

    private static double lowerEdge(int level) {
        return switch (level) {
            case 1 -> GradeBands.LEVEL_1_MIN_R;
            case 2 -> GradeBands.LEVEL_2_MIN_R;
            case 3 -> GradeBands.LEVEL_3_MIN_R;
            default -> 0;
        };
    }
}
