package org.parkwatch.backend.logistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * The {@code logistics.*} keys, validated at start (a bad value names its key).
 *
 * @param enabled whether the JT/T 808 server listens
 * @param host address it binds
 * @param port TCP port (0 = any free port)
 * @param idleSeconds a connection silent this long is closed
 * @param enrolmentHours how long a provisioned terminal may register
 * @param pushMs interval of the coalesced position pushes to the map
 * @param demoFleet provision the park's demo trucks at start ({@code logistics.demoFleet}; the demo
 *     launcher sets it)
 */
public record LogisticsOptions(
        boolean enabled,
        String host,
        int port,
        int idleSeconds,
        int enrolmentHours,
        long pushMs,
        boolean demoFleet) {

    public static LogisticsOptions from(Function<String, String> props) {
        List<String> problems = new ArrayList<>();
        String enabled = props.apply("logistics.jt808.enabled");
        if (!"true".equals(enabled) && !"false".equals(enabled)) {
            problems.add("logistics.jt808.enabled='" + enabled + "': must be true or false");
        }
        String host = props.apply("logistics.jt808.host");
        if (host == null || host.isBlank()) problems.add("logistics.jt808.host is empty");
        int port = number(props, "logistics.jt808.port", 0, 65535, problems);
        int idle = number(props, "logistics.jt808.idleSeconds", 10, 3600, problems);
        int enrol = number(props, "logistics.jt808.enrolmentHours", 1, 24 * 30, problems);
        int pushMs = number(props, "logistics.pushMs", 100, 60_000, problems);
        String demo = props.apply("logistics.demoFleet");
        if (demo != null && !"true".equals(demo) && !"false".equals(demo)) {
            problems.add("logistics.demoFleet='" + demo + "': must be true or false");
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new LogisticsOptions(
                "true".equals(enabled),
                host.trim(),
                port,
                idle,
                enrol,
                pushMs,
                "true".equals(demo));
    }

    private static int number(
            Function<String, String> props, String key, int min, int max, List<String> problems) {
        String text = props.apply(key);
        try {
            int v = Integer.parseInt(text == null ? "" : text.trim());
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + "='" + text + "': must be a whole number from " + min + " to " + max);
        return min;
    }
}
