package org.parkwatch.backend.alarm.correlation;

import java.util.List;
import org.parkwatch.backend.alarm.Priority;

/**
 * A group of alarms that belong together, as found by a correlation rule.
 *
 * @param id e.g. {@code INC-3}
 * @param kind which rule found it
 * @param severity the rule's configured severity
 * @param alarmIds member alarms, in the order they joined
 * @param lon location, EPSG:4326 (leak: detectors' centroid; SIS trip: unit centroid; domino:
 *     centroid of the alarmed units)
 * @param enterprises enterprises involved
 * @param unitId the unit for SIS-trip incidents, else null
 * @param openedMs when it was opened, epoch ms
 * @param updatedMs last change, epoch ms
 */
public record Incident(
        String id,
        Kind kind,
        Priority severity,
        List<String> alarmIds,
        double lon,
        double lat,
        List<String> enterprises,
        String unitId,
        long openedMs,
        long updatedMs,
        State state) {

    public Incident {
        alarmIds = List.copyOf(alarmIds);
        enterprises = List.copyOf(enterprises);
    }

    public enum Kind {
        /** Confirmed leak: several gas detectors close together. */
        LEAK,
        /** SIS trip with process alarms of the same unit. */
        SIS_TRIP,
        /** Alarms in different enterprises within each other's escalation radius. */
        DOMINO
    }

    public enum State {
        OPEN,
        CLOSED
    }
}
