package org.parkwatch.backend.emergency;

import java.util.List;
import java.util.Map;
import org.parkwatch.backend.alarm.AlarmState;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.routing.IncidentRoutes;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.model.emergency.ResponseLevel;
import org.parkwatch.model.uplink.Sample;

/**
 * An incident as it stood at one instant of its timeline (issue 14, scope 7): the command state
 * folded from the incident log and the record's time stamps, the alarms active then (from the
 * journal), the stored tag values then (from the history) and the zones in force then with their
 * routes.
 *
 * @param fromMs first instant the timeline offers (a little before the detection), epoch ms
 * @param toMs last instant: the all clear, or now while the incident is open
 * @param level the response level in force at {@code atMs}, null before the decision
 * @param log the log entries up to {@code atMs}, oldest first
 * @param values each shown tag's latest stored sample at or before {@code atMs}
 * @param zones the zone run in force at {@code atMs}, null before the first run
 * @param routes the routes for those zones, null without zones
 */
public record ReplayFrame(
        String incidentId,
        long atMs,
        long fromMs,
        long toMs,
        ResponseLevel level,
        boolean confirmed,
        boolean government,
        boolean evacuating,
        boolean allClear,
        List<TaskAt> tasks,
        List<DispatchAt> dispatches,
        List<AuditRecord> log,
        List<AlarmAt> alarms,
        Map<String, Sample> values,
        IncidentThreat zones,
        IncidentRoutes routes) {

    public ReplayFrame {
        tasks = List.copyOf(tasks);
        dispatches = List.copyOf(dispatches);
        log = List.copyOf(log);
        alarms = List.copyOf(alarms);
        values = Map.copyOf(values);
    }

    /** A task that existed at the instant, with its status then. */
    public record TaskAt(Task task, Task.Status status) {}

    /** Where a dispatched resource was at the instant. */
    public record DispatchAt(Dispatch dispatch, Movement movement) {}

    /** A dispatched resource's movement: on its way until its ETA, then on scene, or released. */
    public enum Movement {
        EN_ROUTE,
        ON_SCENE,
        RELEASED
    }

    /**
     * An alarm whose condition was active at the instant.
     *
     * @param sinceMs when it entered that state
     * @param value the tag value at that transition (NaN when none applies)
     */
    public record AlarmAt(
            String alarmId,
            String tagId,
            String priority,
            AlarmState state,
            long sinceMs,
            double value) {}
}
