package org.parkwatch.backend.ingest;

import java.util.function.Function;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.uplink.Sample;

/**
 * The plausibility check of every sample (issue 19, D3): a source time more than {@code
 * maxFutureSkewMs} ahead of the park's clock or more than {@code maxPastMs} behind it cannot be
 * placed in time, and an analogue value outside the tag's instrument range widened by {@code
 * rangeMultiple} spans on either side is no measurement. Such samples are quarantined instead of
 * applied, so one bad sample can never pin a live value (a year-2100 timestamp made every later
 * real sample "older" and froze the tag). Pure.
 *
 * @param maxFutureSkewMs how far a source time may be ahead of the park's clock, ms ({@code
 *     ingest.maxFutureSkewMs})
 * @param maxPastMs how old a source time may be, ms ({@code ingest.maxPastHours}); a spool replay
 *     after a long outage is older than the outage, so this is days, not minutes
 * @param rangeMultiple spans of the instrument range allowed beyond either end ({@code
 *     ingest.rangeMultiple})
 */
public record Plausibility(long maxFutureSkewMs, long maxPastMs, double rangeMultiple) {
    /**
     * OPC UA StatusCode Bad_OutOfRange (OPC 10000-4, 7.34): what a quarantined value is shown with.
     */
    public static final long BAD_OUT_OF_RANGE = 0x803C0000L;

    /** Configuration keys. */
    public static final String FUTURE_KEY = "ingest.maxFutureSkewMs";

    public static final String PAST_KEY = "ingest.maxPastHours";
    public static final String RANGE_KEY = "ingest.rangeMultiple";

    /** Why a sample was quarantined. */
    public enum Problem {
        FUTURE_TIME,
        PAST_TIME,
        OUT_OF_RANGE
    }

    /**
     * Loose limits for tests and tools that build a pipeline without configuration: one day, 30
     * days, 10 spans.
     */
    public static final Plausibility DEFAULT = new Plausibility(86_400_000L, 30 * 86_400_000L, 10);

    /** From configuration; @throws IllegalArgumentException naming the key and the value */
    public static Plausibility from(Function<String, String> config) {
        double future = positive(config, FUTURE_KEY);
        double pastH = positive(config, PAST_KEY);
        double range = positive(config, RANGE_KEY);
        return new Plausibility((long) future, (long) (pastH * 3_600_000), range);
    }

    private static double positive(Function<String, String> config, String key) {
        String v = config.apply(key);
        try {
            double d = Double.parseDouble(v == null ? "" : v.trim());
            if (d > 0 && Double.isFinite(d)) return d;
        } catch (NumberFormatException e) {
            // reported below with the key and value
        }
        throw new IllegalArgumentException(key + "='" + v + "' must be a positive number");
    }

    /** Null when the sample is plausible at {@code nowMs}, else why not. */
    public Problem check(TagDefinition def, Sample s, long nowMs) {
        long t = s.sourceTimeMs();
        if (t > nowMs + maxFutureSkewMs) return Problem.FUTURE_TIME;
        if (t < nowMs - maxPastMs) return Problem.PAST_TIME;
        if (s.value() instanceof Double v && !def.kind().isDiscrete()) {
            double span = def.max() - def.min();
            if (span > 0
                    && (v < def.min() - rangeMultiple * span
                            || v > def.max() + rangeMultiple * span)) {
                return Problem.OUT_OF_RANGE;
            }
        }
        return null;
    }
}
