package org.parkwatch.bridge.sim.scenario;

import java.util.List;

/**
 * A kind of scenario that can be started by name: validates options and creates the {@link
 * Scenario}.
 *
 * @param name e.g. {@code gas-leak}
 * @param descriptionZh what it does, in Chinese
 * @param descriptionEn what it does, in English
 * @param options the option names it accepts
 * @param factory builds the scenario; throws {@link ScenarioOptionException} naming the bad option
 */
public record ScenarioType(
        String name,
        String descriptionZh,
        String descriptionEn,
        List<String> options,
        Factory factory) {

    @FunctionalInterface
    public interface Factory {
        Scenario create(ScenarioOptions options, ScenarioContext ctx);
    }
}
