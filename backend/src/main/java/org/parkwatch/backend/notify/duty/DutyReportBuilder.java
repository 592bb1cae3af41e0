package org.parkwatch.backend.notify.duty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parkwatch.backend.notify.DeliveryState;
import org.parkwatch.backend.notify.MessageKind;
import org.parkwatch.backend.notify.NotificationRow;
import org.parkwatch.backend.notify.NotifyMessage;
import org.parkwatch.backend.notify.NotifyRepository;
import org.parkwatch.backend.tracker.DailySafety;
import org.parkwatch.backend.tracker.DailySafetyFigures;

/**
 * Gathers one park day (midnight to midnight in the park's time zone) into a {@link DutyReport}:
 * alarms and incidents from the alarm capability, drills, notifications and their delivery from the
 * notification store, the duty log, and the day's safety figures (permits, hidden dangers,
 * commitments, responsibility duties). Blocking.
 */
public final class DutyReportBuilder {
    private final NotifyRepository notifications;
    private final DutyRepository log;
    private final DutyDaySource alarms;
    private final DailySafetyFigures dailySafety;

    public DutyReportBuilder(
            NotifyRepository notifications,
            DutyRepository log,
            DutyDaySource alarms,
            DailySafetyFigures dailySafety) {
        this.notifications = notifications;
        this.log = log;
        this.alarms = alarms;
        this.dailySafety = dailySafety;
    }

    public DutyReport build(LocalDate day, ZoneId zone) throws Exception {
        long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        DutyDaySource.AlarmDay a = alarms.alarmDay(from, to);
        List<NotificationRow> sent = notifications.notificationsBetween(from, to);
        List<NotifyMessage> messages = notifications.messagesBetween(from, to);
        Set<String> drills = new LinkedHashSet<>();
        int acknowledged = 0;
        int escalations = 0;
        for (NotificationRow n : sent) {
            if (n.request().drill() || n.request().kind() == MessageKind.DRILL)
                drills.add(n.request().title());
            if (n.ackMs() > 0) acknowledged++;
            if (n.step() > 0) escalations++;
        }
        int failed = (int) messages.stream().filter(m -> m.state() == DeliveryState.FAILED).count();
        return new DutyReport(
                day,
                zone.getId(),
                a.alarmsRaised(),
                a.incidents(),
                new ArrayList<>(drills),
                sent.size(),
                messages.size(),
                failed,
                acknowledged,
                escalations,
                log.between(from, to),
                DailySafety.read(dailySafety, day));
    }
}
