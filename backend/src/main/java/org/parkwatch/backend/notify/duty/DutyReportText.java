package org.parkwatch.backend.notify.duty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The report's words, shared by the HTML and the DOCX so both say the same: the figure labels (zh
 * with en) and their values in order, and the park-local 24-hour time of a moment.
 */
final class DutyReportText {
    static final String TITLE = "值班日报 Daily duty report";
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private DutyReportText() {}

    /** A labelled figure of the report. */
    record Figure(String label, int value) {}

    static List<Figure> figures(DutyReport r) {
        return List.of(
                new Figure("报警 Alarms raised", r.alarmsRaised()),
                new Figure("突发事件 Incidents", r.incidents().size()),
                new Figure("演练 Drills", r.drills().size()),
                new Figure("通知 Notifications", r.notifications()),
                new Figure("消息 Messages", r.messages()),
                new Figure("发送失败 Messages failed", r.messagesFailed()),
                new Figure("已确认 Acknowledged", r.notificationsAcknowledged()),
                new Figure("升级通知 Escalated", r.escalations()),
                new Figure("值班日志 Duty log entries", r.log().size()));
    }

    static String time(long ms, String zone) {
        return HHMM.format(Instant.ofEpochMilli(ms).atZone(ZoneId.of(zone)));
    }
}
