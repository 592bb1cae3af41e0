package org.parkwatch.bridge.sim.model;

/** A value that stays put unless a scenario or a test changes it: discrete states and setpoints. */
final class ConstantBehaviour implements TagBehaviour {
    private Object value;

    ConstantBehaviour(Object value) {
        this.value = value;
    }

    @Override
    public Object next(Tick tick) {
        return value;
    }

    @Override
    public void resetTo(Object value) {
        if (value != null && value.getClass() == this.value.getClass()) this.value = value;
    }
}
