package org.parkwatch.backend.tracker;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.platform.report.TableReport;

/**
 * The quarterly progress report on the Henan plan's tasks as titled tables in one language (zh-CN
 * default, or English), the one shape the printable HTML and the DOCX both render: the tasks with
 * lead department, deadline, status, progress and overdue flag; the platform's figures per task
 * ("no figure on the platform" where it has none); the quarter's progress entries; the day's safety
 * figures.
 */
public final class QuarterlyReport {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private QuarterlyReport() {}

    public static TableReport.Document of(TrackerOverview o, boolean en) {
        ZoneId zone = ZoneId.of(o.zone());
        String title =
                en
                        ? "Henan hazardous-chemical governance plan: park progress report "
                                + o.quarter().year()
                                + " Q"
                                + o.quarter().quarter()
                        : "危险化学品安全综合治理任务园区进展季度报告 "
                                + o.quarter().year()
                                + " 年第 "
                                + o.quarter().quarter()
                                + " 季度";
        String subtitle =
                en
                        ? "Period "
                                + o.quarter().first()
                                + " to "
                                + o.quarter().end().minusDays(1)
                                + "; generated "
                                + time(o.generatedMs(), zone)
                                + " (park time)"
                        : "统计时段 "
                                + o.quarter().first()
                                + " 至 "
                                + o.quarter().end().minusDays(1)
                                + "；生成时间 "
                                + time(o.generatedMs(), zone)
                                + "（园区当地时间）";
        List<TableReport.Section> sections = new ArrayList<>();
        sections.add(tasks(o, en));
        sections.add(figures(o, en));
        sections.add(entries(o, en, zone));
        sections.add(
                DailySafetySection.of(
                        o.dailySafety(),
                        en ? DailySafetySection.Lang.EN : DailySafetySection.Lang.ZH));
        return new TableReport.Document(title, subtitle, sections);
    }

    private static TableReport.Section tasks(TrackerOverview o, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        boolean unverified = false;
        for (TaskView v : o.tasks()) {
            PlanTask t = v.task();
            unverified |= !t.verified();
            String u = t.verified() ? "" : " [U]";
            rows.add(
                    List.of(
                            t.id(),
                            en ? t.titleEn() : t.titleZh(),
                            (en ? t.leadEn() : t.leadZh()) + u,
                            t.deadline() + u,
                            en ? v.status().nameEn() : v.status().nameZh(),
                            Integer.toString(v.percent()),
                            v.overdue() ? (en ? "overdue" : "逾期") : ""));
        }
        String note =
                en
                        ? "Tasks and targets: Henan 2017 hazardous-chemical governance plan, the tasks a park platform carries (T1–T4: plan-wide targets)."
                        : "任务与目标：河南省危险化学品安全综合治理实施方案（2017）中由园区平台承载的任务（T1–T4 为全省目标）。";
        if (unverified)
            note +=
                    en
                            ? " [U]: lead department and deadline not yet checked against the plan's text."
                            : " [U]：牵头部门和完成期限尚未与方案原文核对。";
        return new TableReport.Section(
                en ? "Task progress" : "任务进展",
                en
                        ? List.of(
                                "No.",
                                "Task",
                                "Lead department",
                                "Deadline",
                                "Status",
                                "Progress (%)",
                                "Overdue")
                        : List.of("编号", "任务", "牵头部门", "完成期限", "状态", "进度（%）", "逾期"),
                rows,
                note);
    }

    private static TableReport.Section figures(TrackerOverview o, boolean en) {
        List<List<String>> rows = new ArrayList<>();
        for (TaskView v : o.tasks()) {
            if (v.figures().isEmpty()) {
                rows.add(
                        List.of(
                                v.task().id(),
                                "—",
                                en ? FigureCatalog.NO_FIGURE_EN : FigureCatalog.NO_FIGURE_ZH,
                                "—"));
                continue;
            }
            for (PlatformFigure f : v.figures()) {
                rows.add(
                        List.of(
                                v.task().id(),
                                en ? f.labelEn() : f.labelZh(),
                                en ? f.textEn() : f.textZh(),
                                en ? f.sourceEn() : f.sourceZh()));
            }
        }
        return new TableReport.Section(
                en ? "The platform's own figures" : "平台实时数据",
                en ? List.of("No.", "Figure", "Value", "Source") : List.of("编号", "指标", "数值", "来源"),
                rows,
                en
                        ? "Read live from the platform when the report was generated; quarter figures count "
                                + o.quarter().first()
                                + " to "
                                + o.quarter().end().minusDays(1)
                                + "."
                        : "报告生成时从平台实时读取；季度数据统计 "
                                + o.quarter().first()
                                + " 至 "
                                + o.quarter().end().minusDays(1)
                                + "。");
    }

    private static TableReport.Section entries(TrackerOverview o, boolean en, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        for (ProgressEntry e : o.entriesInQuarter()) {
            rows.add(
                    List.of(
                            e.taskId(),
                            time(e.tsMs(), zone),
                            e.author(),
                            Integer.toString(e.percent()),
                            e.text()));
        }
        return new TableReport.Section(
                en ? "Progress entries this quarter" : "本季度进展记录",
                en
                        ? List.of("No.", "Time", "By", "Progress (%)", "Entry")
                        : List.of("编号", "时间", "填报人", "进度（%）", "进展说明"),
                rows,
                rows.isEmpty() ? (en ? "No entry this quarter." : "本季度无进展记录。") : null);
    }

    static String time(long ms, ZoneId zone) {
        return MINUTE.format(Instant.ofEpochMilli(ms).atZone(zone));
    }
}
