package org.parkwatch.backend.notify.duty;

import org.parkwatch.backend.platform.report.TableReportHtml;
import org.parkwatch.backend.tracker.DailySafetySection;

/**
 * The printable HTML of the daily duty report (an export edge): a self-contained page without
 * script, every text escaped.
 */
public final class DutyReportHtml {
    private DutyReportHtml() {}

    public static String render(DutyReport r) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(DutyReportText.TITLE)
                .append(' ')
                .append(r.day())
                .append("</title><style>")
                .append(TableReportHtml.STYLE)
                .append("</style></head><body><h1>")
                .append(DutyReportText.TITLE)
                .append("</h1><p>")
                .append(r.day())
                .append(" (")
                .append(esc(r.zone()))
                .append(")</p>")
                .append(
                        "<h2>概况 Figures</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
        for (DutyReportText.Figure f : DutyReportText.figures(r))
            h.append("<tr><th>")
                    .append(f.label())
                    .append("</th><td>")
                    .append(f.value())
                    .append("</td></tr>");
        h.append(
                        "</table><h2>突发事件 Incidents</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
                .append(
                        "<tr><th>时间 Time</th><th>编号 Id</th><th>类型 Kind</th><th>级别 Severity</th><th>企业 Enterprises</th><th>状态 State</th></tr>");
        for (DutyDaySource.IncidentLine i : r.incidents()) {
            h.append("<tr><td>")
                    .append(DutyReportText.time(i.openedMs(), r.zone()))
                    .append("</td><td>")
                    .append(esc(i.id()))
                    .append("</td><td>")
                    .append(esc(i.kind()))
                    .append("</td><td>")
                    .append(esc(i.severity()))
                    .append("</td><td>")
                    .append(esc(i.enterprises()))
                    .append("</td><td>")
                    .append(i.open() ? "处置中 open" : "已关闭 closed")
                    .append("</td></tr>");
        }
        h.append("</table><h2>演练 Drills</h2><ul>");
        for (String d : r.drills()) h.append("<li>").append(esc(d)).append("</li>");
        h.append(
                        "</ul><h2>值班日志 Duty log</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
                .append(
                        "<tr><th>时间 Time</th><th>值班人 Author</th><th>内容 Text</th><th>事件 Incident</th></tr>");
        for (DutyLogEntry e : r.log()) {
            h.append("<tr><td>")
                    .append(DutyReportText.time(e.timeMs(), r.zone()))
                    .append("</td><td>")
                    .append(esc(e.author()))
                    .append("</td><td>")
                    .append(esc(e.text()))
                    .append("</td><td>")
                    .append(esc(e.incidentId() == null ? "" : e.incidentId()))
                    .append("</td></tr>");
        }
        h.append("</table>");
        TableReportHtml.section(
                h, DailySafetySection.of(r.dailySafety(), DailySafetySection.Lang.BOTH));
        return h.append("</body></html>").toString();
    }

    static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
