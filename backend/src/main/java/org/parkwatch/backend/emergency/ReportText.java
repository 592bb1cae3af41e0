package org.parkwatch.backend.emergency;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The words and number formats shared by the HTML and DOCX after-action reports: times in the
 * park's zone (Asia/Shanghai, 24-hour, ISO date order), minutes to two decimals, log actions in
 * Chinese with English.
 */
final class ReportText {
    static final ZoneId PARK_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PARK_ZONE);

    private static final Map<String, String> ACTIONS =
            Map.ofEntries(
                    Map.entry("incident.detected", "发现事件 / detected"),
                    Map.entry("level.proposed", "系统建议级别 / level proposed"),
                    Map.entry("incident.confirmed", "接警确认 / confirmed"),
                    Map.entry("level.decided", "确定响应级别 / level decided"),
                    Map.entry("level.changed", "调整响应级别 / level changed"),
                    Map.entry("escalated.government", "提升至政府层面 / escalated to government"),
                    Map.entry("facts.reported", "报告现场情况 / facts reported"),
                    Map.entry("task.created", "生成任务 / task created"),
                    Map.entry("task.doing", "任务进行中 / task in progress"),
                    Map.entry("task.done", "任务完成 / task done"),
                    Map.entry("resource.dispatched", "调派资源 / resource dispatched"),
                    Map.entry("resource.released", "资源归队 / resource released"),
                    Map.entry("material.issued", "物资出库 / material issued"),
                    Map.entry("evacuation.started", "开始疏散 / evacuation started"),
                    Map.entry("all-clear", "解除警报 / all clear"),
                    Map.entry("incident.updated", "涉及企业变化 / enterprises changed"),
                    Map.entry("incident.closed", "报警侧关闭事件 / incident closed by alarms"),
                    Map.entry("note", "备注 / note"));

    private ReportText() {}

    static String time(Long ms) {
        return ms == null ? "—" : TIME.format(Instant.ofEpochMilli(ms));
    }

    static String minutes(Double m) {
        return m == null ? "—" : String.format(Locale.ROOT, "%.2f", m);
    }

    static String target(Integer t) {
        return t == null ? "—" : String.valueOf(t);
    }

    static String met(Boolean b) {
        return b == null ? "—" : b ? "达标 / met" : "超时 / missed";
    }

    static String action(String a) {
        return ACTIONS.getOrDefault(a, a);
    }

    static String title(AfterActionReport r) {
        return (r.record().drill()
                        ? "演练复盘报告 / Drill after-action report"
                        : "事件复盘报告 / After-action report")
                + " — "
                + r.record().incidentId();
    }
}
