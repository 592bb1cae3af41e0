package org.parkwatch.backend.emergency;

import java.util.ArrayList;
import java.util.List;
import org.parkwatch.backend.security.AuditRecord;
import org.parkwatch.model.emergency.EmergencyPlan;

/**
 * What an after-action report (复盘报告) holds, for a drill or a real incident: the measured intervals
 * from detection to confirmation, level decision, first dispatch, evacuation start and all clear
 * against the plan's targets, the tasks, the dispatches and the incident log as the timeline.
 * Rendered by {@link ReportHtml} and {@link ReportDocx}.
 *
 * @param plan the decided plan, null when none was decided
 * @param chainOk the incident log's hash chain verified
 */
public record AfterActionReport(
        CommandRecord record,
        EmergencyPlan plan,
        List<Interval> intervals,
        List<Task> tasks,
        List<Dispatch> dispatches,
        List<AuditRecord> timeline,
        boolean chainOk,
        long generatedMs) {

    /**
     * One measured interval from detection.
     *
     * @param key {@code confirm}, {@code level}, {@code dispatch}, {@code evacuation}, {@code
     *     allClear}
     * @param atMs when the step happened, null when it has not
     * @param minutes minutes from detection, null when the step has not happened
     * @param targetMin the plan's target, null when it sets none
     * @param met null when there is nothing to compare
     */
    public record Interval(
            String key,
            String nameZh,
            String nameEn,
            Long atMs,
            Double minutes,
            Integer targetMin,
            Boolean met) {}

    /** The intervals of {@code r} against {@code plan}'s targets (plan may be null). */
    public static List<Interval> intervals(CommandRecord r, EmergencyPlan plan) {
        EmergencyPlan.Targets t =
                plan == null ? new EmergencyPlan.Targets(null, null, null, null) : plan.targets();
        List<Interval> out = new ArrayList<>();
        out.add(interval(r, "confirm", "接警确认", "confirmed", r.confirmedMs(), t.confirmMin()));
        out.add(interval(r, "level", "响应级别确定", "level decided", r.decidedMs(), t.levelMin()));
        out.add(
                interval(
                        r,
                        "dispatch",
                        "首个资源调派",
                        "first resource dispatched",
                        r.firstDispatchMs(),
                        t.dispatchMin()));
        out.add(
                interval(
                        r,
                        "evacuation",
                        "疏散开始",
                        "evacuation started",
                        r.evacuationMs(),
                        t.evacuationMin()));
        out.add(interval(r, "allClear", "解除警报", "all clear", r.allClearMs(), null));
        return out;
    }

    private static Interval interval(
            CommandRecord r, String key, String zh, String en, Long at, Integer target) {
        Double min = at == null ? null : (at - r.detectedMs()) / 60_000.0;
        Boolean met = min == null || target == null ? null : min <= target;
        return new Interval(key, zh, en, at, min, target, met);
    }
}
