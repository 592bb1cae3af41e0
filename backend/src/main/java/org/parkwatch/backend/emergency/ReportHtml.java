package org.parkwatch.backend.emergency;

import org.parkwatch.backend.security.AuditRecord;

/**
 * The after-action report as a printable HTML page (A4 print styles, no scripts); every text from
 * plans, users and the log is escaped.
 */
final class ReportHtml {
    private ReportHtml() {}

    static String render(AfterActionReport r) {
        StringBuilder h = new StringBuilder(8192);
        String title = ReportText.title(r);
        h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>body{font-family:sans-serif;margin:2em}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}")
                .append("td,th{border:1px solid #999;padding:4px 6px;text-align:left}")
                .append(".missed{color:#b00}@page{size:A4;margin:15mm}</style></head><body>");
        h.append("<h1>").append(esc(title)).append("</h1>");
        if (r.record().drill()) h.append("<p><strong>演练 / DRILL</strong></p>");
        h.append("<p>预案 / plan: ")
                .append(
                        esc(
                                r.plan() == null
                                        ? "—"
                                        : r.plan().titleZh() + " (" + r.plan().id() + ")"))
                .append("；级别 / level: ")
                .append(esc(r.record().level() == null ? "—" : r.record().level().nameZh()))
                .append(r.record().government() ? "；已提升至政府层面 / escalated to government" : "")
                .append("</p><p>发现时间 / detected: ")
                .append(ReportText.time(r.record().detectedMs()))
                .append("；生成 / generated: ")
                .append(ReportText.time(r.generatedMs()))
                .append("；日志链校验 / log chain: ")
                .append(r.chainOk() ? "完整 / intact" : "已损坏 / BROKEN")
                .append("</p>");
        h.append("<h2>时间节点 / Intervals</h2><table id=\"intervals\"><tr><th>环节 / step</th>")
                .append("<th>时刻 / at</th><th>用时（分钟）/ minutes from detection</th>")
                .append("<th>目标（分钟）/ target</th><th>评价 / result</th></tr>");
        for (AfterActionReport.Interval i : r.intervals()) {
            h.append("<tr data-key=\"")
                    .append(i.key())
                    .append("\"")
                    .append(Boolean.FALSE.equals(i.met()) ? " class=\"missed\"" : "")
                    .append("><td>")
                    .append(esc(i.nameZh() + " / " + i.nameEn()))
                    .append("</td><td>")
                    .append(ReportText.time(i.atMs()))
                    .append("</td><td>")
                    .append(ReportText.minutes(i.minutes()))
                    .append("</td><td>")
                    .append(ReportText.target(i.targetMin()))
                    .append("</td><td>")
                    .append(ReportText.met(i.met()))
                    .append("</td></tr>");
        }
        h.append("</table><h2>任务 / Tasks</h2><table><tr><th>任务 / task</th><th>责任人 / owner</th>")
                .append("<th>状态 / status</th><th>完成 / done</th></tr>");
        for (Task t : r.tasks()) {
            h.append("<tr><td>")
                    .append(esc(t.textZh()))
                    .append("</td><td>")
                    .append(esc(t.ownerZh()))
                    .append("</td><td>")
                    .append(esc(t.status().nameZh() + " / " + t.status().nameEn()))
                    .append("</td><td>")
                    .append(ReportText.time(t.doneMs()))
                    .append("</td></tr>");
        }
        h.append("</table><h2>资源调派 / Dispatches</h2><table><tr><th>资源 / resource</th>")
                .append("<th>调派 / sent</th><th>预计到达（分钟）/ ETA min</th><th>依据 / basis</th></tr>");
        for (Dispatch d : r.dispatches()) {
            h.append("<tr><td>")
                    .append(esc(d.resourceId()))
                    .append("</td><td>")
                    .append(ReportText.time(d.dispatchedMs()))
                    .append("</td><td>")
                    .append(ReportText.minutes(d.etaS() == null ? null : d.etaS() / 60))
                    .append("</td><td>")
                    .append(esc(d.etaBasisZh()))
                    .append("</td></tr>");
        }
        h.append("</table><h2>时间线 / Timeline</h2><table><tr><th>#</th><th>时刻 / at</th>")
                .append("<th>事项 / what</th><th>人员 / by</th><th>对象 / target</th></tr>");
        for (AuditRecord e : r.timeline()) {
            h.append("<tr><td>")
                    .append(e.seq())
                    .append("</td><td>")
                    .append(ReportText.time(e.tsMs()))
                    .append("</td><td>")
                    .append(esc(ReportText.action(e.action())))
                    .append("</td><td>")
                    .append(esc(e.username()))
                    .append("</td><td>")
                    .append(esc(e.target()))
                    .append("</td></tr>");
        }
        return h.append("</table></body></html>").toString();
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
