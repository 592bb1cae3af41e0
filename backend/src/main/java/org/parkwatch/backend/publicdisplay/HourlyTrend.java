package org.parkwatch.backend.publicdisplay;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hourly means of park-wide pollutant concentrations over the last {@link #HOURS} hours, built from
 * the snapshots that crossed the public delay line (so the trend is as delayed as the rest). Hours
 * are aligned to UTC hours, which are whole hours in China Standard Time too. Kept in memory: after
 * a restart the trend fills up again.
 */
public final class HourlyTrend {
    public static final int HOURS = 24;
    public static final long HOUR_MS = 3_600_000L;

    private static final class Sum {
        double total;
        int count;
    }

    private final TreeMap<Long, Map<Pollutant, Sum>> buckets = new TreeMap<>();

    /** Adds one snapshot's park means (pollutants without a value are left out). */
    public void accept(long takenMs, Map<Pollutant, Double> parkMeans) {
        long hour = Math.floorDiv(takenMs, HOUR_MS) * HOUR_MS;
        Map<Pollutant, Sum> b = buckets.computeIfAbsent(hour, h -> new EnumMap<>(Pollutant.class));
        parkMeans.forEach(
                (p, v) -> {
                    if (v == null || v.isNaN()) return;
                    Sum s = b.computeIfAbsent(p, k -> new Sum());
                    s.total += v;
                    s.count++;
                });
        buckets.headMap(hour - HOURS * HOUR_MS, true).clear();
    }

    /**
     * Start of each of the {@link #HOURS} hours ending with the one that holds {@code asOfMs},
     * oldest first.
     */
    public List<Long> hours(long asOfMs) {
        long last = Math.floorDiv(asOfMs, HOUR_MS) * HOUR_MS;
        List<Long> out = new ArrayList<>(HOURS);
        for (int i = HOURS - 1; i >= 0; i--) out.add(last - i * HOUR_MS);
        return out;
    }

    /** The hourly means of {@code p} for {@link #hours(long)}; null for an hour without data. */
    public List<Double> series(Pollutant p, long asOfMs) {
        List<Double> out = new ArrayList<>(HOURS);
        for (long h : hours(asOfMs)) {
            Map<Pollutant, Sum> b = buckets.get(h);
            Sum s = b == null ? null : b.get(p);
            out.add(s == null || s.count == 0 ? null : s.total / s.count);
        }
        return out;
    }
}
