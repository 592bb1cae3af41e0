package org.parkwatch.backend.notify.duty;

import java.util.List;

/**
 * The alarm side of a duty day, from the alarm capability (the composition root connects it):
 * alarms raised and the incidents opened in a time range. May block (a database query).
 */
@FunctionalInterface
public interface DutyDaySource {
    AlarmDay alarmDay(long fromMs, long toMs) throws Exception;

    /**
     * @param alarmsRaised activations (a new annunciation) in the range
     * @param incidents incidents opened in the range
     */
    record AlarmDay(int alarmsRaised, List<IncidentLine> incidents) {
        public AlarmDay {
            incidents = List.copyOf(incidents);
        }
    }

    /** One incident of the day. */
    record IncidentLine(
            String id,
            String kind,
            String severity,
            long openedMs,
            String enterprises,
            boolean open) {}
}
