package org.parkwatch.backend.emergency;

/**
 * Whether incidents that open now are drills (演练): switched on by a commander before a drill
 * scenario is started and off after it; every command record opened meanwhile is flagged as a drill
 * for its whole life (API, push, notifications, after-action report). Announced to every screen.
 */
final class DrillMode {
    /**
     * The current state.
     *
     * @param on drill mode is on
     * @param sinceMs when it was last switched
     * @param by who switched it
     * @param note the drill's name or scenario
     */
    record State(boolean on, long sinceMs, String by, String note) {}

    private volatile State state = new State(false, 0, null, null);

    State state() {
        return state;
    }

    boolean on() {
        return state.on();
    }

    State set(boolean on, long nowMs, String by, String note) {
        state = new State(on, nowMs, by, note);
        return state;
    }
}
