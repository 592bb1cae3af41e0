package org.parkwatch.backend.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Rate-limits warnings per key (a bridge, a client address): at most {@code burst} lines per {@code
 * intervalMs}, then one line with the count of suppressed ones when the next interval starts. A
 * client hammering the endpoint with bad passwords must not flood the log. Not thread-safe: use it
 * on one context.
 */
final class WarnLimiter {
    /** Bound of the bookkeeping: garbage client ids or addresses must not grow it without end. */
    private static final int MAX_KEYS = 10_000;

    private final Logger log;
    private final long intervalMs;
    private final int burst;
    private final LongSupplier clockMs;
    private final Map<String, long[]> state =
            new HashMap<>(); // key → {interval start, lines, suppressed}

    WarnLimiter(Logger log, long intervalMs, int burst, LongSupplier clockMs) {
        this.log = log;
        this.intervalMs = intervalMs;
        this.burst = burst;
        this.clockMs = clockMs;
    }

    void warn(String key, String format, Object... args) {
        long now = clockMs.getAsLong();
        if (state.size() > MAX_KEYS) state.clear();
        long[] w = state.computeIfAbsent(key, k -> new long[] {Long.MIN_VALUE / 2, 0, 0});
        if (now - w[0] >= intervalMs) {
            if (w[2] > 0) log.warn("{}: {} similar messages suppressed", key, w[2]);
            w[0] = now;
            w[1] = 0;
            w[2] = 0;
        }
        if (w[1]++ < burst) log.warn(format, args);
        else w[2]++;
    }
}
