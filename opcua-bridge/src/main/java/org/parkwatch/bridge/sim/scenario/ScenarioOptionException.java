package org.parkwatch.bridge.sim.scenario;

/**
 * A scenario cannot start because of a bad name or option; the message names the option and what
 * was expected.
 */
public class ScenarioOptionException extends RuntimeException {
    private final String option;

    public ScenarioOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    /** The offending option's name, or {@code "name"} for an unknown scenario. */
    public String option() {
        return option;
    }
}
