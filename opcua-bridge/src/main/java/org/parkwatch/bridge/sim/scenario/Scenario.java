package org.parkwatch.bridge.sim.scenario;

import java.util.Map;
import java.util.Set;

/**
 * A forced event in the simulated park (a tank overfilling, a SIS trip, a gas leak…). The {@link
 * ScenarioEngine} calls {@link #start} once, {@link #apply} on every simulation tick after the
 * undisturbed values were computed, and {@link #stop} when the scenario is stopped or cleared.
 * Implementations are created by a {@link ScenarioType} that has already validated the options.
 */
public interface Scenario {

    /** The scenario type's name, e.g. {@code tank-high}. */
    String name();

    /** The resolved options (what the scenario actually acts on), for listings. */
    Map<String, Object> options();

    default void start(ScenarioContext ctx) {}

    /**
     * Overwrites model values for this tick.
     *
     * @param elapsedS seconds since the scenario started
     */
    void apply(ScenarioContext ctx, double elapsedS);

    default void stop(ScenarioContext ctx) {}

    /** Tags whose values the OPC UA servers must stop updating while this scenario runs. */
    default Set<String> silencedTags() {
        return Set.of();
    }
}
