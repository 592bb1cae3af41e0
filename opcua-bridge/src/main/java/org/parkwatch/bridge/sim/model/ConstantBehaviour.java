package org.parkwatch.bridge.sim.model;

/**
 * A value that stays put (scenarios and tests overwrite it only while they run): discrete states
 * and setpoints.
 */
final class ConstantBehaviour implements TagBehaviour {
    private final Object value;

    ConstantBehaviour(Object value) {
        this.value = value;
    }

    @Override
    public Object next(Tick tick) {
        return value;
    }

    /**
     * Discrete states and setpoints return to normal when a scenario or a forced value ends:
     * nothing to carry on.
     */
    @Override
    public void resetTo(Object value) {}
}
