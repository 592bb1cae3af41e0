package org.parkwatch.backend.emergency;

/**
 * Whether incidents that open now are drills (演练): switched on by a commander before a drill
 * scenario is started and off after it, or by the park's drill-state tag (a scenario run with
 * {@code drill=true}, a DCS's drill signal) through the uplink; every command record opened
 * meanwhile is flagged as a drill for its whole life (API, push, notifications, after-action
 * report). Announced to every screen. Each switch is handed to a sink that stores the periods, and
 * {@link #restore} takes them back after a restart (a drill that was running goes on running).
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

    /** Who switched drill mode when a drill-state tag did ({@link #signal}). */
    static final String SIGNAL = "drill-signal";

    private volatile State state = new State(false, 0, null, null);

    /** [start, end) of every drill period, ms; end Long.MAX_VALUE while it runs. */
    private final java.util.List<long[]> periods = new java.util.ArrayList<>();

    private final java.util.function.Consumer<State> switched;

    /** Drill mode whose periods live in memory only (tests). */
    DrillMode() {
        this(s -> {});
    }

    /**
     * @param switched told each time drill mode goes on or off (under this object's lock, so in
     *     order; it must not block: hand the write to a worker)
     */
    DrillMode(java.util.function.Consumer<State> switched) {
        this.switched = switched;
    }

    /**
     * Takes back the stored periods (oldest first) after a restart; an open one means a drill is
     * still running, and drill mode is on again as its starter left it. Periods switched since this
     * process started are newer and kept.
     */
    synchronized void restore(java.util.List<DrillStore.Period> stored) {
        java.util.List<long[]> old = new java.util.ArrayList<>();
        for (DrillStore.Period p : stored) old.add(new long[] {p.startMs(), p.endMs()});
        periods.addAll(0, old);
        if (state.sinceMs() == 0 && !stored.isEmpty() && stored.get(stored.size() - 1).open()) {
            DrillStore.Period last = stored.get(stored.size() - 1);
            state = new State(true, last.startMs(), last.by(), last.note());
        }
    }

    State state() {
        return state;
    }

    boolean on() {
        return state.on();
    }

    synchronized State set(boolean on, long nowMs, String by, String note) {
        boolean change = on != state.on();
        if (on && !state.on()) periods.add(new long[] {nowMs, Long.MAX_VALUE});
        if (!on && state.on() && !periods.isEmpty()) periods.get(periods.size() - 1)[1] = nowMs;
        state = new State(on, nowMs, by, note);
        if (change) switched.accept(state);
        return state;
    }

    /** True when drill mode was on at {@code ms} (the stored periods included, once restored). */
    synchronized boolean during(long ms) {
        for (long[] p : periods) if (ms >= p[0] && ms < p[1]) return true;
        return false;
    }

    /**
     * A drill-state tag changed (the DCS or the simulator announces a drill): it switches drill
     * mode on; off only when it was the one that switched it on, so a commander's manual drill mode
     * is not ended by a tag. Returns the new state, or null when nothing changed.
     */
    synchronized State signal(boolean on, long nowMs, String tagId) {
        if (on == state.on()) return null;
        if (!on && (state.by() == null || !state.by().startsWith(SIGNAL))) return null;
        return set(on, nowMs, SIGNAL + " " + tagId, null);
    }
}
