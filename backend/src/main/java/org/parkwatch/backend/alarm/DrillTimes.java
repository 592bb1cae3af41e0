package org.parkwatch.backend.alarm;

/**
 * When emergency drills (演练) ran: alarms, journal entries and incidents of those times are the
 * drill's, so the alarm KPIs and the public display leave them out (issue 14, scope 6). Emergency
 * command knows the drill periods; the composition root hands them on through this port.
 */
@FunctionalInterface
public interface DrillTimes {
    /** No drill ever. */
    DrillTimes NONE = ms -> false;

    /** True when a drill was running at {@code ms} (epoch ms). Cheap; any thread. */
    boolean during(long ms);
}
