package org.parkwatch.backend.notify.duty;

import java.time.LocalDate;
import java.util.List;
import org.parkwatch.backend.tracker.DailySafety;

/**
 * The daily duty report (值班日报) of one park day: its figures and the lines behind them.
 *
 * @param alarmsRaised alarm activations of the day
 * @param drills titles of the drills announced or notified that day (演练)
 * @param notifications notifications sent that day (one per request of the emergency core)
 * @param messages messages sent that day (one per person and channel)
 * @param messagesFailed of which failed after every retry
 * @param notificationsAcknowledged notifications that somebody acknowledged
 * @param escalations notifications that went past the first person on duty
 * @param dailySafety the day's permits, hidden dangers, commitments and responsibility duties
 */
public record DutyReport(
        LocalDate day,
        String zone,
        int alarmsRaised,
        List<DutyDaySource.IncidentLine> incidents,
        List<String> drills,
        int notifications,
        int messages,
        int messagesFailed,
        int notificationsAcknowledged,
        int escalations,
        List<DutyLogEntry> log,
        DailySafety dailySafety) {
    public DutyReport {
        incidents = List.copyOf(incidents);
        drills = List.copyOf(drills);
        log = List.copyOf(log);
    }
}
