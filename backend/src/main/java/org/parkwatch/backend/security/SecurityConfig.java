package org.parkwatch.backend.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The security settings ({@code security.*} keys), read once at start and validated.
 *
 * @param adminPasswordEnv name of the environment variable that may hold the first administrator's
 *     password
 * @param lockoutFailures failed logins in a row that lock an account
 * @param lockoutMs how long a locked account stays locked, ms
 * @param loginAttemptsPerMinute login attempts one source address may make per minute before 429
 * @param sessionIdleMs a browser session ends after this long without a request, ms
 * @param sessionAbsoluteMs a browser session ends this long after login whatever happens, ms
 * @param tokenMs lifetime of a bearer token, ms
 * @param metricsTokenEnv name of the environment variable that may hold the Prometheus scrape token
 */
public record SecurityConfig(
        String adminPasswordEnv,
        int lockoutFailures,
        long lockoutMs,
        int loginAttemptsPerMinute,
        long sessionIdleMs,
        long sessionAbsoluteMs,
        long tokenMs,
        String metricsTokenEnv) {
    private static final long MINUTE_MS = 60_000;

    /** From configuration values (keys already validated as present by the loader). */
    public static SecurityConfig from(Function<String, String> value) {
        List<String> problems = new ArrayList<>();
        String env = value.apply("security.adminPasswordEnv");
        if (env == null || !env.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(
                    "security.adminPasswordEnv='" + env + "' is not an environment variable name");
        }
        String metricsEnv = value.apply("security.metricsTokenEnv");
        if (metricsEnv == null || !metricsEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            problems.add(
                    "security.metricsTokenEnv='"
                            + metricsEnv
                            + "' is not an environment variable name");
        }
        int failures = positive(value, "security.lockoutFailures", problems);
        int lockMin = positive(value, "security.lockoutMinutes", problems);
        int perMinute = positive(value, "security.loginAttemptsPerMinute", problems);
        int idleMin = positive(value, "security.sessionIdleMinutes", problems);
        int absH = positive(value, "security.sessionAbsoluteHours", problems);
        int tokenH = positive(value, "security.tokenHours", problems);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        return new SecurityConfig(
                env,
                failures,
                lockMin * MINUTE_MS,
                perMinute,
                idleMin * MINUTE_MS,
                absH * 60 * MINUTE_MS,
                tokenH * 60 * MINUTE_MS,
                metricsEnv);
    }

    private static int positive(Function<String, String> value, String key, List<String> problems) {
        String v = value.apply(key);
        try {
            int n = Integer.parseInt(v == null ? "" : v.trim());
            if (n > 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below with the key and the value
        }
        problems.add(key + "='" + v + "' is not a positive whole number");
        return 1;
    }
}
