package org.parkwatch.backend.publicdisplay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * Settings of the public display, read once at start and validated (a bad value names its key).
 *
 * @param delayMs how old a snapshot must be before the public sees it, ms ({@code
 *     public.delaySeconds})
 * @param snapshotMs how often a snapshot is taken, ms ({@code public.snapshotMs})
 * @param kioskPort port of the separate kiosk listener ({@code public.http.port}); -1 = none, 0 =
 *     any free port
 * @param kioskHost its interface ({@code public.http.host}); empty = the main listener's {@code
 *     http.host}
 */
public record PublicDisplayOptions(long delayMs, long snapshotMs, int kioskPort, String kioskHost) {
    /**
     * 15 minutes: long enough that the public view cannot steer anyone to an unfolding incident
     * (issue 7).
     */
    public static final int DEFAULT_DELAY_SECONDS = 900;

    /** One day: the longest delay that still leaves a 24 h trend worth showing. */
    public static final int MAX_DELAY_SECONDS = 86_400;

    public static final long DEFAULT_SNAPSHOT_MS = 30_000;

    /**
     * Bounds of the snapshot period: at least 1 s (the delay line then holds at most 86,400 small
     * records).
     */
    public static final long MIN_SNAPSHOT_MS = 1_000;

    public static final long MAX_SNAPSHOT_MS = 3_600_000;

    /** No kiosk listener. */
    public static final int NO_KIOSK = -1;

    /**
     * Reads {@code public.delaySeconds}, {@code public.snapshotMs}, {@code public.http.port} and
     * {@code public.http.host} (missing or blank → default).
     */
    public static PublicDisplayOptions from(Function<String, String> props) {
        List<String> problems = new ArrayList<>();
        long delayS =
                number(
                        props,
                        "public.delaySeconds",
                        DEFAULT_DELAY_SECONDS,
                        0,
                        MAX_DELAY_SECONDS,
                        problems);
        long snapshotMs =
                number(
                        props,
                        "public.snapshotMs",
                        DEFAULT_SNAPSHOT_MS,
                        MIN_SNAPSHOT_MS,
                        MAX_SNAPSHOT_MS,
                        problems);
        long kioskPort = number(props, "public.http.port", NO_KIOSK, 0, 65_535, problems);
        String host = props.apply("public.http.host");
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new PublicDisplayOptions(
                delayS * 1000, snapshotMs, (int) kioskPort, host == null ? "" : host.trim());
    }

    private static long number(
            Function<String, String> props,
            String key,
            long dflt,
            long min,
            long max,
            List<String> problems) {
        String raw = props.apply(key);
        if (raw == null || raw.isBlank()) return dflt;
        try {
            long v = Long.parseLong(raw.trim());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        problems.add(key + "=" + raw + ": must be a whole number from " + min + " to " + max);
        return dflt;
    }
}
