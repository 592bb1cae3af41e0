package org.parkwatch.bridge.config;

import java.util.List;

/** A bridge config that cannot be used; {@link #problems()} lists every bad key with its value. */
public class BridgeConfigException extends Exception {
    private final List<String> problems;

    public BridgeConfigException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
