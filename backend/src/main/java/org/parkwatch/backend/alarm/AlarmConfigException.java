package org.parkwatch.backend.alarm;

import java.util.List;

/**
 * An alarm or correlation config that cannot be used; {@link #problems()} names every bad entry and
 * field.
 */
public class AlarmConfigException extends RuntimeException {
    private final List<String> problems;

    public AlarmConfigException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem(s): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
