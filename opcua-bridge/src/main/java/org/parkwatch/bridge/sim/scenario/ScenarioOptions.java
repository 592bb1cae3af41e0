package org.parkwatch.bridge.sim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options a scenario was started with (text values, from JSON or {@code key=value} arguments),
 * with checks.
 */
public final class ScenarioOptions {
    private final String scenario;
    private final Map<String, String> values;

    public ScenarioOptions(String scenario, Map<String, String> values) {
        this.scenario = scenario;
        this.values = new LinkedHashMap<>(values);
    }

    /** Fails on the first option the scenario does not know. */
    public ScenarioOptions allowOnly(List<String> names) {
        for (String key : values.keySet()) {
            if (!names.contains(key)) {
                throw new ScenarioOptionException(
                        key,
                        "unknown option '"
                                + key
                                + "' for scenario '"
                                + scenario
                                + "'; expected "
                                + (names.isEmpty() ? "no options" : "one of " + names));
            }
        }
        return this;
    }

    public Optional<String> text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public String required(String name, String what) {
        return text(name)
                .orElseThrow(
                        () ->
                                new ScenarioOptionException(
                                        name,
                                        "scenario '"
                                                + scenario
                                                + "' needs option '"
                                                + name
                                                + "' ("
                                                + what
                                                + ")"));
    }

    /** A number in (0, max], or the default when absent. */
    public double positive(String name, double defaultValue, double max) {
        Optional<String> v = text(name);
        if (v.isEmpty()) return defaultValue;
        try {
            double d = Double.parseDouble(v.get());
            if (d > 0 && d <= max) return d;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ScenarioOptionException(
                name,
                "option '"
                        + name
                        + "' of scenario '"
                        + scenario
                        + "' must be a number greater than 0 and at most "
                        + max
                        + ", got '"
                        + v.get()
                        + "'");
    }

    public ScenarioOptionException invalid(String name, String message) {
        return new ScenarioOptionException(
                name, "option '" + name + "' of scenario '" + scenario + "': " + message);
    }
}
