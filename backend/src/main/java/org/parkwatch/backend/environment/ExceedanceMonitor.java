package org.parkwatch.backend.environment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.parkwatch.backend.history.Trend;
import org.parkwatch.model.environment.AveragedValue;
import org.parkwatch.model.environment.AveragingPeriod;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.ExceedanceChecks;

/**
 * Judges every environmental check ({@link ExceedanceChecks}) on its averaging period and hands the
 * verdicts to the alarm machinery: 1-hour and 8-hour checks once per completed clock hour, the
 * 24-hour checks once per completed calendar day (both from the history's minute means, with the GB
 * 3095-2012 validity rules — a mean without enough valid data judges nothing and leaves the alarm
 * as it is), grab checks on every run from the live value. Only changes are handed on, each with a
 * note naming the limit, its standard and clause, and the value. Blocking (reads history): run on a
 * worker thread, one run at a time.
 */
final class ExceedanceMonitor {

    /** Receives a verdict: alarm id, condition, value in the limit's unit, the journal note. */
    @FunctionalInterface
    interface Sink {
        void offer(String alarmId, boolean active, double value, String note);
    }

    static final long MINUTE_MS = 60_000;

    private final List<ExceedanceChecks.Check> checks;
    private final BacktraceService.TrendSource history;
    private final ToDoubleFunction<String> live;
    private final Sink sink;
    private final ZoneId zone;
    private final Map<String, Boolean> offered = new HashMap<>();
    private final Map<String, Long> judgedWindowEnd = new HashMap<>();

    ExceedanceMonitor(
            List<ExceedanceChecks.Check> checks,
            BacktraceService.TrendSource history,
            ToDoubleFunction<String> live,
            Sink sink,
            ZoneId zone) {
        this.checks = List.copyOf(checks);
        this.history = history;
        this.live = live;
        this.sink = sink;
        this.zone = zone;
    }

    /** One run at {@code nowMs}; returns how many verdicts were handed on. */
    synchronized int run(long nowMs) throws Exception {
        long hourEnd = nowMs - Math.floorMod(nowMs, 3_600_000L);
        long dayEnd =
                LocalDate.ofInstant(Instant.ofEpochMilli(nowMs), zone)
                        .atStartOfDay(zone)
                        .toInstant()
                        .toEpochMilli();
        int handed = 0;
        for (ExceedanceChecks.Check c : checks) {
            EnvLimit l = c.limit();
            AveragedValue v;
            if (l.averaging() == AveragingPeriod.GRAB) {
                double x = live.applyAsDouble(c.tag().id());
                v = ExceedanceChecks.value(l, new double[] {x});
            } else {
                long end = l.averaging() == AveragingPeriod.HOUR_24 ? dayEnd : hourEnd;
                Long judged = judgedWindowEnd.get(c.alarmId());
                if (judged != null && judged == end) continue;
                judgedWindowEnd.put(c.alarmId(), end);
                int minutes = ExceedanceChecks.windowMinutes(l);
                v =
                        ExceedanceChecks.value(
                                l, minutes(c.tag().id(), end - minutes * MINUTE_MS, minutes));
            }
            if (!v.valid()) continue;
            double inLimitUnit = ExceedanceChecks.inLimitUnit(v.value(), c.tag().unit(), l.unit());
            if (Double.isNaN(inLimitUnit)) continue;
            boolean active = l.exceededBy(inLimitUnit);
            Boolean before = offered.put(c.alarmId(), active);
            if (before == null ? active : before != active) {
                sink.offer(c.alarmId(), active, inLimitUnit, note(l, inLimitUnit, active));
                handed++;
            }
        }
        return handed;
    }

    /** "GB 3095-2012 表1 二级：二氧化硫 1h 限值 500 μg/m³，测得 612.3 μg/m³（amb-so2-1h）超标". */
    static String note(EnvLimit l, double value, boolean exceeded) {
        String bound =
                Double.isNaN(l.max())
                        ? "≥ " + l.min()
                        : Double.isNaN(l.min())
                                ? "≤ " + fmt(l.max())
                                : l.min() + "–" + fmt(l.max());
        return l.standard()
                + " "
                + l.clause()
                + "："
                + l.pollutant().nameZh()
                + " "
                + l.averaging().key()
                + " 限值 "
                + bound
                + " "
                + l.unit()
                + "，测得 "
                + fmt(value)
                + " "
                + l.unit()
                + "（"
                + l.id()
                + "）"
                + (exceeded ? "超标" : "恢复达标");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** One mean per minute of [from, from + n min), NaN where the history holds no sample. */
    private double[] minutes(String tagId, long from, int n) throws Exception {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        Trend trend = history.trend(tagId, from, from + n * MINUTE_MS, n);
        for (Trend.Point p : trend.points()) {
            int i = (int) ((p.t() - from) / trend.bucketMs());
            if (i >= 0 && i < n) out[i] = p.avg();
        }
        return out;
    }
}
