package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * Which of the five monitoring signals the Henan plan asks for on a major hazard (task 18: level,
 * temperature, pressure, gas detection, SIS state) each unit has connected live. A unit's tags are
 * those whose featureId is the unit, one of its tanks, or a gas detector whose {@code
 * monitorsFeatureId} is the unit or one of its tanks. Level applies only to units with tanks. A
 * signal is live when at least one of its tags is live (the caller's test: a value, good quality,
 * not stale). Pure apart from that test.
 */
public final class MonitoringCoverage {

    /** The monitored signals, in display order. */
    public enum Signal {
        LEVEL("level"),
        TEMPERATURE("temperature"),
        PRESSURE("pressure"),
        GAS("gas"),
        SIS("sis");

        private final String id;

        Signal(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Signal of(TagKind kind) {
            return switch (kind) {
                case LEVEL -> LEVEL;
                case TEMPERATURE -> TEMPERATURE;
                case PRESSURE -> PRESSURE;
                case GAS_TOXIC, GAS_FLAMMABLE -> GAS;
                case SIS_TRIP, SIS_BYPASS -> SIS;
                default -> null;
            };
        }
    }

    /**
     * One signal of one unit: whether it applies, how many tags carry it, whether one of them is
     * live now.
     */
    public record SignalState(Signal signal, boolean applies, int tags, boolean live) {}

    /** A unit's coverage: its signals and the percentage of applicable signals that are live. */
    public record UnitCoverage(String unitId, List<SignalState> signals, int applicable, int live) {
        public double percent() {
            return applicable == 0 ? 0 : Math.round(1000.0 * live / applicable) / 10.0;
        }
    }

    private final Map<String, Map<Signal, List<String>>> tagsByUnit = new LinkedHashMap<>();
    private final Map<String, Boolean> hasTanks = new HashMap<>();

    /**
     * @param units the units with their tanks
     * @param tags every tag of the park
     * @param detectorTarget the feature each gas detector monitors, by detector id ({@link
     *     ParkLayers})
     */
    public MonitoringCoverage(
            List<UnitInfo> units, List<TagDefinition> tags, Map<String, String> detectorTarget) {
        Map<String, String> unitOfFeature = new HashMap<>();
        for (UnitInfo u : units) {
            unitOfFeature.put(u.id(), u.id());
            u.tankIds().forEach(t -> unitOfFeature.put(t, u.id()));
            hasTanks.put(u.id(), !u.tankIds().isEmpty());
            Map<Signal, List<String>> bySignal = new EnumMap<>(Signal.class);
            for (Signal s : Signal.values()) bySignal.put(s, new ArrayList<>());
            tagsByUnit.put(u.id(), bySignal);
        }
        for (TagDefinition t : tags) {
            Signal s = Signal.of(t.kind());
            if (s == null) continue;
            String feature = t.featureId();
            String unit = unitOfFeature.get(detectorTarget.getOrDefault(feature, feature));
            if (unit != null) tagsByUnit.get(unit).get(s).add(t.id());
        }
    }

    /** Every tag id that counts for the unit (for tests and the detail view). */
    public Set<String> tagIds(String unitId) {
        Set<String> out = new HashSet<>();
        tagsByUnit.getOrDefault(unitId, Map.of()).values().forEach(out::addAll);
        return out;
    }

    /**
     * @param isLive whether a tag (by id) is live now
     */
    public UnitCoverage of(String unitId, Predicate<String> isLive) {
        Map<Signal, List<String>> bySignal = tagsByUnit.get(unitId);
        if (bySignal == null) throw new IllegalArgumentException("no unit " + unitId);
        List<SignalState> states = new ArrayList<>();
        int applicable = 0;
        int live = 0;
        for (Signal s : Signal.values()) {
            boolean applies = s != Signal.LEVEL || hasTanks.get(unitId);
            List<String> ids = bySignal.get(s);
            boolean isOn = ids.stream().anyMatch(isLive);
            states.add(new SignalState(s, applies, ids.size(), isOn));
            if (applies) {
                applicable++;
                if (isOn) live++;
            }
        }
        return new UnitCoverage(unitId, states, applicable, live);
    }
}
