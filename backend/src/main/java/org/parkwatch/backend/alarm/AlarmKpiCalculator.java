package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes alarm performance KPIs (docs/domain/alarms.md, "Performance KPIs per operator position")
 * from journal entries: pure, per enterprise or per operator console (console = enterprise unless a
 * mapping says otherwise).
 */
public final class AlarmKpiCalculator {
    /** Length of the KPI interval. docs/domain/alarms.md §Performance KPIs [P]. */
    public static final long TEN_MINUTES_MS = 600_000L;

    public static final long DAY_MS = 86_400_000L;

    /**
     * Alarms per day: about 150 very likely acceptable, about 300 maximum manageable.
     * docs/domain/alarms.md §Performance KPIs [P].
     */
    public static final int TARGET_PER_DAY_ACCEPTABLE = 150;

    public static final int TARGET_PER_DAY_MAX = 300;

    /**
     * Alarms per 10 minutes: about 1 acceptable, about 2 maximum manageable. docs/domain/alarms.md
     * §Performance KPIs [P].
     */
    public static final double TARGET_PER_TEN_MIN_ACCEPTABLE = 1;

    public static final double TARGET_PER_TEN_MIN_MAX = 2;

    /**
     * 10-minute periods with more than 10 alarms: under about 1 %. docs/domain/alarms.md
     * §Performance KPIs [P].
     */
    public static final double TARGET_FLOOD_INTERVAL_PCT = 1.0;

    /**
     * Share of all alarms from the 10 most frequent: about 1 %, at most 5 %. docs/domain/alarms.md
     * §Performance KPIs [P].
     */
    public static final double TARGET_TOP10_SHARE_PCT = 1.0;

    public static final double TARGET_TOP10_SHARE_MAX_PCT = 5.0;

    /**
     * Stale alarms (active more than 24 h): fewer than 5 on any day. docs/domain/alarms.md
     * §Performance KPIs [P].
     */
    public static final long STALE_AFTER_MS = DAY_MS;

    public static final int TARGET_STALE_PER_DAY_BELOW = 5;

    /**
     * Priority distribution target high/medium/low, %. docs/domain/alarms.md §Good-practice knobs
     * [V, exida].
     */
    public static final double[] TARGET_HIGH_MEDIUM_LOW_PCT = {5, 15, 80};

    /**
     * Flood starts above 10 alarms in 10 minutes, ends below 5. docs/domain/alarms.md §Performance
     * KPIs, working definitions [U].
     */
    public static final int FLOOD_START_ABOVE = 10;

    public static final int FLOOD_END_BELOW = 5;

    /**
     * Chattering: the same alarm activating 3 or more times within 60 s. docs/domain/alarms.md
     * §Performance KPIs, working definitions [U].
     */
    public static final int CHATTER_ACTIVATIONS = 3;

    public static final long CHATTER_WINDOW_MS = 60_000L;

    /**
     * Fleeting: active shorter than this unless configured. [U] working value (issue 5 brief: "e.g.
     * 2 s").
     */
    public static final long DEFAULT_FLEETING_MS = 2_000L;

    private final Function<String, AlarmDefinition> definitions;
    private final Function<String, String> consoleOfEnterprise;
    private final long fleetingMs;

    /**
     * @param definitions alarm id → definition (for enterprise and priority); unknown ids are
     *     skipped
     * @param consoleOfEnterprise enterprise id → console id
     * @param fleetingMs activations shorter than this are fleeting
     */
    public AlarmKpiCalculator(
            Function<String, AlarmDefinition> definitions,
            Function<String, String> consoleOfEnterprise,
            long fleetingMs) {
        this.definitions = definitions;
        this.consoleOfEnterprise = consoleOfEnterprise;
        this.fleetingMs = fleetingMs;
    }

    /** Console = enterprise, default fleeting threshold. */
    public AlarmKpiCalculator(Function<String, AlarmDefinition> definitions) {
        this(definitions, Function.identity(), DEFAULT_FLEETING_MS);
    }

    public Map<String, AlarmKpis> byEnterprise(List<JournalEntry> journal, long fromMs, long toMs) {
        return grouped(journal, fromMs, toMs, Function.identity());
    }

    public Map<String, AlarmKpis> byConsole(List<JournalEntry> journal, long fromMs, long toMs) {
        return grouped(journal, fromMs, toMs, consoleOfEnterprise);
    }

    private Map<String, AlarmKpis> grouped(
            List<JournalEntry> journal,
            long fromMs,
            long toMs,
            Function<String, String> scopeOfEnterprise) {
        Map<String, List<JournalEntry>> groups = new TreeMap<>();
        for (JournalEntry e : journal) {
            AlarmDefinition d = definitions.apply(e.alarmId());
            if (d == null || e.timeMs() < fromMs || e.timeMs() > toMs) continue;
            groups.computeIfAbsent(
                            scopeOfEnterprise.apply(d.enterpriseId()), k -> new ArrayList<>())
                    .add(e);
        }
        Map<String, AlarmKpis> out = new LinkedHashMap<>();
        groups.forEach((scope, entries) -> out.put(scope, compute(scope, entries, fromMs, toMs)));
        return out;
    }

    /** KPIs of the given entries (already limited to one scope) over [fromMs, toMs]. */
    public AlarmKpis compute(String scope, List<JournalEntry> entries, long fromMs, long toMs) {
        List<JournalEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(JournalEntry::timeMs));
        Map<String, List<Long>> activationsById = new LinkedHashMap<>();
        Map<String, Long> openSince = new HashMap<>();
        List<String> fleeting = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) byPriority.put(p, 0);
        long[] times = new long[sorted.size()];
        int n = 0;
        for (JournalEntry e : sorted) {
            if (e.isActivation()) {
                times[n++] = e.timeMs();
                activationsById
                        .computeIfAbsent(e.alarmId(), k -> new ArrayList<>())
                        .add(e.timeMs());
                openSince.put(e.alarmId(), e.timeMs());
                AlarmDefinition d = definitions.apply(e.alarmId());
                if (d != null && d.priority() != null)
                    byPriority.merge(d.priority(), 1, Integer::sum);
            } else if (e.isClear() && openSince.containsKey(e.alarmId())) {
                long duration = e.timeMs() - openSince.remove(e.alarmId());
                if (duration < fleetingMs) addOnce(fleeting, e.alarmId());
                if (duration > STALE_AFTER_MS) addOnce(stale, e.alarmId());
            }
        }
        openSince.forEach(
                (id, since) -> {
                    if (toMs - since > STALE_AFTER_MS) addOnce(stale, id);
                });
        long[] t = Arrays.copyOf(times, n);
        double intervals = Math.max(1, Math.ceil((toMs - fromMs) / (double) TEN_MINUTES_MS));
        List<AlarmKpis.AlarmCount> top = top10(activationsById, n);
        double topShare = top.stream().mapToDouble(AlarmKpis.AlarmCount::sharePct).sum();
        int hi = byPriority.get(Priority.CRITICAL) + byPriority.get(Priority.HIGH);
        double[] hml =
                n == 0
                        ? new double[3]
                        : new double[] {
                            100.0 * hi / n,
                            100.0 * byPriority.get(Priority.MEDIUM) / n,
                            100.0 * byPriority.get(Priority.LOW) / n
                        };
        return new AlarmKpis(
                scope,
                fromMs,
                toMs,
                n,
                n / intervals,
                maxInWindow(t),
                n / Math.max((toMs - fromMs) / (double) DAY_MS, 1.0 / 144),
                floods(t, toMs),
                100.0 * floodIntervals(t, fromMs, (int) intervals) / intervals,
                chattering(activationsById),
                fleeting,
                stale,
                top,
                topShare,
                byPriority,
                hml);
    }

    /** Activations in the sliding window (t − 10 min, t]. */
    private static int countAt(long[] t, long at) {
        return upper(t, at) - upper(t, at - TEN_MINUTES_MS);
    }

    /** Number of elements ≤ v. */
    private static int upper(long[] t, long v) {
        int lo = 0;
        int hi = t.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int maxInWindow(long[] t) {
        int max = 0;
        for (long at : t) max = Math.max(max, countAt(t, at));
        return max;
    }

    private static List<AlarmKpis.FloodPeriod> floods(long[] t, long toMs) {
        long[] moments = new long[t.length * 2];
        for (int i = 0; i < t.length; i++) {
            moments[2 * i] = t[i];
            moments[2 * i + 1] = t[i] + TEN_MINUTES_MS; // t[i] leaves the window here
        }
        Arrays.sort(moments);
        List<AlarmKpis.FloodPeriod> out = new ArrayList<>();
        long start = -1;
        for (long m : moments) {
            int c = countAt(t, m);
            if (start < 0 && c > FLOOD_START_ABOVE) {
                start = m;
            } else if (start >= 0 && c < FLOOD_END_BELOW) {
                out.add(
                        new AlarmKpis.FloodPeriod(
                                start, m, upper(t, m) - upper(t, start - TEN_MINUTES_MS)));
                start = -1;
            }
        }
        if (start >= 0)
            out.add(
                    new AlarmKpis.FloodPeriod(
                            start, toMs, upper(t, toMs) - upper(t, start - TEN_MINUTES_MS)));
        return out;
    }

    private static int floodIntervals(long[] t, long fromMs, int intervals) {
        int[] counts = new int[intervals];
        for (long at : t) {
            int i = (int) ((at - fromMs) / TEN_MINUTES_MS);
            if (i >= 0 && i < intervals) counts[i]++;
        }
        return (int) Arrays.stream(counts).filter(c -> c > FLOOD_START_ABOVE).count();
    }

    private static List<String> chattering(Map<String, List<Long>> activationsById) {
        List<String> out = new ArrayList<>();
        activationsById.forEach(
                (id, times) -> {
                    for (int i = 0; i + CHATTER_ACTIVATIONS - 1 < times.size(); i++) {
                        if (times.get(i + CHATTER_ACTIVATIONS - 1) - times.get(i)
                                <= CHATTER_WINDOW_MS) {
                            out.add(id);
                            return;
                        }
                    }
                });
        return out;
    }

    private static List<AlarmKpis.AlarmCount> top10(
            Map<String, List<Long>> activationsById, int total) {
        return activationsById.entrySet().stream()
                .sorted(
                        Comparator.<Map.Entry<String, List<Long>>>comparingInt(
                                        e -> -e.getValue().size())
                                .thenComparing(Map.Entry::getKey))
                .limit(10)
                .map(
                        e ->
                                new AlarmKpis.AlarmCount(
                                        e.getKey(),
                                        e.getValue().size(),
                                        100.0 * e.getValue().size() / total))
                .toList();
    }

    private static void addOnce(List<String> list, String id) {
        if (!list.contains(id)) list.add(id);
    }
}
