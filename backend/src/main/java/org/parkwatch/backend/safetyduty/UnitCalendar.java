package org.parkwatch.backend.safetyduty;

import java.util.List;
import java.util.Optional;

/**
 * The state of a unit at a time from its filings. A shutdown or turnaround is in force from its
 * effective start (actual, else planned) until its effective end (actual, else planned); a start-up
 * that actually began after the shutdown's start ends it early. Overlapping shutdowns: the one that
 * started last names the state.
 */
public final class UnitCalendar {
    /** What a unit is doing. */
    public enum State {
        RUNNING,
        SHUT_DOWN,
        TURNAROUND
    }

    private UnitCalendar() {}

    /** The shutdown or turnaround filing in force at {@code atMs} among one unit's filings. */
    public static Optional<UnitFiling> inForce(List<UnitFiling> filings, long atMs) {
        UnitFiling best = null;
        for (UnitFiling f : filings) {
            if (!f.kind().stopsUnit()) continue;
            long start = f.effectiveStartMs();
            if (start > atMs || atMs >= f.effectiveEndMs()) continue;
            if (endedByStartup(filings, start, atMs)) continue;
            if (best == null || start > best.effectiveStartMs()) best = f;
        }
        return Optional.ofNullable(best);
    }

    /** The unit's state at {@code atMs}. */
    public static State state(List<UnitFiling> filings, long atMs) {
        return inForce(filings, atMs)
                .map(f -> f.kind() == FilingKind.TURNAROUND ? State.TURNAROUND : State.SHUT_DOWN)
                .orElse(State.RUNNING);
    }

    private static boolean endedByStartup(List<UnitFiling> filings, long sinceMs, long atMs) {
        for (UnitFiling s : filings) {
            if (s.kind() != FilingKind.STARTUP || s.actualStartMs() == null) continue;
            if (s.actualStartMs() > sinceMs && s.actualStartMs() <= atMs) return true;
        }
        return false;
    }
}
