package org.parkwatch.backend.hazard;

import java.util.Objects;
import java.util.Optional;

/**
 * A change between two gradings of the same unit worth an alarm: the unit crossed S = 1 either way, or its level
 * changed while it stayed a major hazard installation.
 *
 * @param kind   what changed
 * @param before the earlier grading
 * @param after  the later grading
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
     * The change from {@code previous} to {@code current}, or empty when neither the major-hazard status nor the
     * level changed. A first grading ({@code previous} null) is not a change.
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
}
