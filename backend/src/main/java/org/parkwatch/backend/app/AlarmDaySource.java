package org.parkwatch.backend.app;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.parkwatch.backend.alarm.JournalEntry;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.alarm.service.AlarmCapability;
import org.parkwatch.backend.notify.duty.DutyDaySource;

/**
 * The notification capability's {@link DutyDaySource} from the alarm capability: the day's alarm
 * activations (the journal table) and the incidents opened that day, for the daily duty report.
 * Blocks (a database read); called on a worker thread.
 */
final class AlarmDaySource implements DutyDaySource {
    /** Journal entries read for one day at most (a bound, not a figure of the report). */
    private static final int MAX_JOURNAL_ROWS = 1_000_000;

    private final AlarmCapability alarms;

    AlarmDaySource(AlarmCapability alarms) {
        this.alarms = alarms;
    }

    @Override
    public AlarmDay alarmDay(long fromMs, long toMs) throws Exception {
        int raised = 0;
        for (JournalEntry e :
                alarms.service().repository().journal(fromMs, toMs, null, null, MAX_JOURNAL_ROWS)) {
            if (e.isActivation()) raised++;
        }
        List<IncidentLine> incidents = new ArrayList<>();
        for (Incident i : incidentsSnapshot()) {
            if (i.openedMs() < fromMs || i.openedMs() >= toMs) continue;
            incidents.add(
                    new IncidentLine(
                            i.id(),
                            i.kind().name(),
                            i.severity().name(),
                            i.openedMs(),
                            String.join(",", i.enterprises()),
                            i.state() == Incident.State.OPEN));
        }
        return new AlarmDay(raised, incidents);
    }

    /**
     * The alarm service's incidents, copied from a worker thread: the service changes its map on
     * the ingest context, so a copy that meets a change is taken again.
     */
    private List<Incident> incidentsSnapshot() {
        for (int attempt = 0; ; attempt++) {
            try {
                return alarms.service().incidents();
            } catch (ConcurrentModificationException e) {
                if (attempt >= 10) throw e;
            }
        }
    }
}
