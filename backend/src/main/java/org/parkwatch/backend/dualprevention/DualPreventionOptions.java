package org.parkwatch.backend.dualprevention;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * The dual-prevention settings, read once at start.
 *
 * @param photoDir where photos are stored ({@code <data.dir>/dual-prevention-photos})
 * @param photoMaxBytes largest photo accepted, bytes
 * @param reminderMs how long before its deadline a rectification is flagged due soon, ms
 * @param checkMs interval of the overdue check, ms
 */
public record DualPreventionOptions(
        Path photoDir, long photoMaxBytes, long reminderMs, long checkMs) {
    public static final long DEFAULT_PHOTO_MAX_BYTES = 512 * 1024;

    /**
     * @param props configuration keys ({@code dualPrevention.*}, {@code http.maxBodyBytes})
     * @throws ConfigException naming every bad key and value
     */
    public static DualPreventionOptions from(Function<String, String> props, Path dataDir) {
        List<String> problems = new ArrayList<>();
        long maxBody = number(props, "http.maxBodyBytes", 1 << 20, 1, Long.MAX_VALUE, problems);
        long photo =
                number(
                        props,
                        "dualPrevention.photoMaxBytes",
                        DEFAULT_PHOTO_MAX_BYTES,
                        1024,
                        maxBody * 3 / 4 - 1024,
                        problems);
        long days = number(props, "dualPrevention.reminderDays", 3, 0, 365, problems);
        long check = number(props, "dualPrevention.checkSeconds", 60, 1, 86_400, problems);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        Path base = dataDir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dataDir;
        return new DualPreventionOptions(
                base.resolve("dual-prevention-photos"), photo, days * 86_400_000L, check * 1000L);
    }

    private static long number(
            Function<String, String> props,
            String key,
            long fallback,
            long min,
            long max,
            List<String> problems) {
        String v = props.apply(key);
        if (v == null || v.isBlank()) return fallback;
        try {
            long n = Long.parseLong(v.trim());
            if (n < min || n > max) {
                problems.add(key + " = " + v + ": must be " + min + "–" + max);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(key + " = " + v + ": not a whole number");
            return fallback;
        }
    }
}
