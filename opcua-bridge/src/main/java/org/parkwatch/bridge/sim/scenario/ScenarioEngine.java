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
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Owns the running scenarios: starts them by name with options, applies them on every simulation
 * tick and stops them by id or all at once. Thread-safe: the control API starts and stops while the
 * tick thread applies.
 */
public final class ScenarioEngine {

    /**
     * A running scenario; {@code id} is {@code <name>-<n>}.
     *
     * @param drill it runs as a drill (演练): the park's drill-state tags read true meanwhile
     */
    public record Active(
            String id, String name, Instant startedAt, Scenario scenario, boolean drill) {}

    /**
     * The option every scenario takes: {@code drill=true} runs it as a drill (issue 14) — the
     * park's {@link TagKind#DRILL_STATE} tags read true while any drill runs, and the platform
     * flags what it sees meanwhile as a drill.
     */
    public static final String DRILL_OPTION = "drill";

    private final ScenarioContext ctx;
    private final Map<String, ScenarioType> types = new LinkedHashMap<>();
    private final Map<String, Active> active = new LinkedHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    public ScenarioEngine(ScenarioContext ctx, List<ScenarioType> scenarioTypes) {
        this.ctx = ctx;
        scenarioTypes.forEach(t -> types.put(t.name(), t));
    }

    /**
     * tank-high, sis-trip, bypass-on, gas-leak, hot-work-leak, station-silent, voc-episode,
     * wastewater-excursion.
     */
    public static List<ScenarioType> builtInTypes() {
        return List.of(
                TankHighScenario.type(),
                SisTripScenario.type(),
                BypassOnScenario.type(),
                GasLeakScenario.type(),
                HotWorkLeakScenario.type(),
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
        Map<String, String> rest = new LinkedHashMap<>(options);
        boolean drill = drill(name, rest.remove(DRILL_OPTION));
        Scenario scenario = type.factory().create(new ScenarioOptions(name, rest), ctx);
        scenario.start(ctx);
        Active a =
                new Active(
                        name + "-" + counter.incrementAndGet(),
                        name,
                        ctx.model().now(),
                        scenario,
                        drill);
        synchronized (this) {
            active.put(a.id(), a);
            signalDrill();
        }
        return a;
    }

    private boolean drill(String scenario, String value) {
        if (value == null || value.isBlank() || value.trim().equals("false")) return false;
        if (!value.trim().equals("true"))
            throw new ScenarioOptionException(
                    DRILL_OPTION,
                    "option 'drill' of scenario '"
                            + scenario
                            + "' must be true or false, got '"
                            + value
                            + "'");
        if (ctx.model().tagsOfKind(TagKind.DRILL_STATE).isEmpty())
            throw new ScenarioOptionException(
                    DRILL_OPTION,
                    "the park has no drill-state tag to announce a drill; add one (kind"
                            + " drill-state) to the park's tags");
        return true;
    }

    /** Sets the drill-state tags: true while any running scenario is a drill. */
    private void signalDrill() {
        boolean on = active.values().stream().anyMatch(Active::drill);
        for (TagDefinition t : ctx.model().tagsOfKind(TagKind.DRILL_STATE))
            ctx.model().set(t.id(), on);
    }

    /** Stops one scenario; false if no scenario has that id. */
    public boolean stop(String id) {
        Active a;
        synchronized (this) {
            a = active.remove(id);
        }
        if (a == null) return false;
        a.scenario().stop(ctx);
        synchronized (this) {
            signalDrill();
        }
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
        synchronized (this) {
            signalDrill();
        }
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
        signalDrill(); // after the tags' own behaviour, like the scenarios
    }

    /** Tags no server may update now (station-silent in freeze mode). */
    public synchronized Set<String> silencedTags() {
        Set<String> s = new HashSet<>();
        active.values().forEach(a -> s.addAll(a.scenario().silencedTags()));
        return s;
    }
}
