package org.parkwatch.bridge.sim.model;

/**
 * How one simulated tag evolves from tick to tick. Implementations are plain Java, keep their own
 * state and draw randomness only from the {@link java.util.Random} they were built with, so a seed
 * reproduces a run.
 */
public interface TagBehaviour {

    /** The next value: a {@link Double} for analogue tags, a {@link Boolean} for discrete ones. */
    Object next(Tick tick);

    /**
     * Moves the behaviour's internal state to an externally imposed value (a scenario or a forced
     * test value), so the tag continues smoothly from there once the imposition ends. Default:
     * stateless, nothing to do.
     */
    default void resetTo(Object value) {}
}
