package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Alarm activations per hour from the journal (the big screen's 24 h trend): each activation (A, D
 * or E → B, see {@link JournalEntry#isActivation()}) counted in the hour it happened, in total and
 * by priority. Hours are aligned to UTC hours, which are whole hours in China Standard Time too.
 */
public final class AlarmTrend {
    public static final long HOUR_MS = 3_600_000L;

    /**
     * One hour: its start (epoch ms), activations in total and per priority (every priority
     * present, 0 if none).
     */
    public record Bucket(long startMs, int total, Map<Priority, Integer> byPriority) {}

    private AlarmTrend() {}

    /** Start of the first of {@code hours} hours that end with the hour holding {@code toMs}. */
    public static long firstHourStart(long toMs, int hours) {
        return Math.floorDiv(toMs, HOUR_MS) * HOUR_MS - (hours - 1L) * HOUR_MS;
    }

    /**
     * @param definitions alarm definitions by id (an entry of an unknown alarm is not counted)
     * @param visible whether the caller may see an alarm of this enterprise id
     */
    public static List<Bucket> hourly(
            List<JournalEntry> entries,
            Function<String, AlarmDefinition> definitions,
            Predicate<String> visible,
            long toMs,
            int hours) {
        long first = firstHourStart(toMs, hours);
        int[][] counts = new int[hours][Priority.values().length];
        for (JournalEntry e : entries) {
            if (!e.isActivation() || e.timeMs() < first || e.timeMs() >= first + hours * HOUR_MS)
                continue;
            AlarmDefinition d = definitions.apply(e.alarmId());
            if (d == null || !visible.test(d.enterpriseId())) continue;
            counts[(int) ((e.timeMs() - first) / HOUR_MS)][d.priority().ordinal()]++;
        }
        List<Bucket> out = new ArrayList<>(hours);
        for (int h = 0; h < hours; h++) {
            Map<Priority, Integer> by = new EnumMap<>(Priority.class);
            int total = 0;
            for (Priority p : Priority.values()) {
                by.put(p, counts[h][p.ordinal()]);
                total += counts[h][p.ordinal()];
            }
            out.add(new Bucket(first + h * HOUR_MS, total, by));
        }
        return out;
    }
}
