package org.parkwatch.backend.platform.config;

import java.util.List;

/** A configuration that cannot be used; the message names every bad key and value, one per line. */
public class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(
                "invalid configuration ("
                        + problems.size()
                        + " problem"
                        + (problems.size() == 1 ? "" : "s")
                        + "):\n  "
                        + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
