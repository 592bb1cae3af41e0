package org.parkwatch.bridge.sim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads {@code PARKWATCH_SIM_*} keys from system properties or the environment and collects errors
 * naming key and value.
 */
final class ConfigReader {
    private final Map<String, String> env;
    private final Properties sys;
    private final List<String> errors;

    ConfigReader(Map<String, String> env, Properties sys, List<String> errors) {
        this.env = env;
        this.sys = sys;
        this.errors = errors;
    }

    /**
     * {@code BASE_PORT} → system property {@code parkwatch.sim.base-port}, else env {@code
     * PARKWATCH_SIM_BASE_PORT}.
     */
    Optional<String> text(String key) {
        String prop = "parkwatch.sim." + key.toLowerCase(Locale.ROOT).replace('_', '-');
        String v = sys.getProperty(prop);
        if (v == null) v = env.get(SimulatorOptions.ENV_PREFIX + key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    Optional<Integer> integer(String key, int min, int max) {
        return text(key)
                .flatMap(
                        v -> {
                            try {
                                int i = Integer.parseInt(v);
                                if (i >= min && i <= max) return Optional.of(i);
                            } catch (NumberFormatException ignored) {
                                // reported below
                            }
                            errors.add(
                                    SimulatorOptions.ENV_PREFIX
                                            + key
                                            + "='"
                                            + v
                                            + "': expected an integer in "
                                            + min
                                            + ".."
                                            + max);
                            return Optional.empty();
                        });
    }

    Optional<Long> longValue(String key) {
        return text(key)
                .flatMap(
                        v -> {
                            try {
                                return Optional.of(Long.parseLong(v));
                            } catch (NumberFormatException e) {
                                errors.add(
                                        SimulatorOptions.ENV_PREFIX
                                                + key
                                                + "='"
                                                + v
                                                + "': expected an integer");
                                return Optional.empty();
                            }
                        });
    }

    Optional<Boolean> bool(String key) {
        return text(key)
                .flatMap(
                        v -> {
                            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))
                                return Optional.of(Boolean.parseBoolean(v));
                            errors.add(
                                    SimulatorOptions.ENV_PREFIX
                                            + key
                                            + "='"
                                            + v
                                            + "': expected true or false");
                            return Optional.empty();
                        });
    }
}
