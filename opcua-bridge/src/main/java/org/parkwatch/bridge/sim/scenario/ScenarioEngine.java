package org.parkwatch.bridge.sim.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Owns the running scenarios: starts them by name with options, applies them on every simulation
 * tick and stops them by id or all at once. Thread-safe: the control API starts and stops while the
 * tick thread applies.
 */
public final class ScenarioEngine {

    /** A running scenario; {@code id} is {@code <name>-<n>}. */
    public record Active(String id, String name, Instant startedAt, Scenario scenario) {}

    private final ScenarioContext ctx;
    private final Map<String, ScenarioType> types = new LinkedHashMap<>();
    private final Map<String, Active> active = new LinkedHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    public ScenarioEngine(ScenarioContext ctx, List<ScenarioType> scenarioTypes) {
        this.ctx = ctx;
        scenarioTypes.forEach(t -> types.put(t.name(), t));
    }

    /**
     * tank-high, sis-trip, bypass-on, gas-leak, station-silent, voc-episode, wastewater-excursion.
     */
    public static List<ScenarioType> builtInTypes() {
        return List.of(
                TankHighScenario.type(),
                SisTripScenario.type(),
                BypassOnScenario.type(),
                GasLeakScenario.type(),
                StationSilentScenario.type(),
                VocEpisodeScenario.type(),
                WastewaterExcursionScenario.type(),
                WindScenario.type());
    }

    public List<ScenarioType> types() {
        return List.copyOf(types.values());
    }

    /**
     * Validates the options, starts the scenario and returns it.
     *
     * @throws ScenarioOptionException for an unknown name (option {@code name}) or a bad option,
     *     naming it
     */
    public Active start(String name, Map<String, String> options) {
        ScenarioType type = types.get(name);
        if (type == null) {
            throw new ScenarioOptionException(
                    "name", "unknown scenario '" + name + "'; expected one of " + types.keySet());
        }
        Scenario scenario = type.factory().create(new ScenarioOptions(name, options), ctx);
        scenario.start(ctx);
        Active a =
                new Active(
                        name + "-" + counter.incrementAndGet(), name, ctx.model().now(), scenario);
        synchronized (this) {
            active.put(a.id(), a);
        }
        return a;
    }

    /** Stops one scenario; false if no scenario has that id. */
    public boolean stop(String id) {
        Active a;
        synchronized (this) {
            a = active.remove(id);
        }
        if (a == null) return false;
        a.scenario().stop(ctx);
        return true;
    }

    /** Stops every running scenario and returns how many there were. */
    public int clear() {
        List<Active> all;
        synchronized (this) {
            all = new ArrayList<>(active.values());
            active.clear();
        }
        all.forEach(a -> a.scenario().stop(ctx));
        return all.size();
    }

    public synchronized List<Active> active() {
        return List.copyOf(active.values());
    }

    public synchronized Optional<Active> get(String id) {
        return Optional.ofNullable(active.get(id));
    }

    /** Applies every running scenario, oldest first, at model time {@code now}. */
    public synchronized void applyAll(Instant now) {
        for (Active a : active.values()) {
            a.scenario()
                    .apply(
                            ctx,
                            Math.max(
                                    0,
                                    (now.toEpochMilli() - a.startedAt().toEpochMilli()) / 1000.0));
        }
    }

    /** Tags no server may update now (station-silent in freeze mode). */
    public synchronized Set<String> silencedTags() {
        Set<String> s = new HashSet<>();
        active.values().forEach(a -> s.addAll(a.scenario().silencedTags()));
        return s;
    }
}
