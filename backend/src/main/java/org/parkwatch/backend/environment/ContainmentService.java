package org.parkwatch.backend.environment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.parkwatch.model.environment.RiverTravel;

/**
 * Three-tier containment (三级防控) for an incident with firewater or spills at one enterprise: the
 * steps of each tier as tasks — tier 1, the unit: keep the spill inside its tank farms' dikes; tier
 * 2, the enterprise: close its rainwater outfall shut-off valves and divert to its accident pool;
 * tier 3, the park: close the park's stormwater outfall valve and use the emergency pond — each
 * valve task done when its live open-position switch reads closed, and the time for a release
 * escaping through the park's stormwater outfall to reach the drinking-water intake ({@link
 * RiverTravel}).
 */
final class ContainmentService {

    /** A valve's live state: open, closed, or unknown (no usable value). */
    enum ValveState {
        OPEN,
        CLOSED,
        UNKNOWN
    }

    /**
     * One task.
     *
     * @param tier 1 unit, 2 enterprise, 3 park
     * @param action what to do: {@code CONTAIN_IN_DIKE}, {@code CLOSE_RAIN_VALVE}, {@code
     *     DIVERT_TO_ACCIDENT_POOL}, {@code CLOSE_PARK_OUTFALL_VALVE}, {@code USE_EMERGENCY_POND}
     * @param place where
     * @param valve the valve's live state, null for a task without a valve
     * @param done true when a valve task's valve reads closed (null: decided by people)
     */
    record Step(
            int tier,
            String action,
            ContainmentReader.Place place,
            ValveState valve,
            Boolean done) {}

    /** The plan, with the river travel estimate from the park's stormwater outfall (or null). */
    record Plan(
            String enterpriseId,
            List<Step> steps,
            double containedM3,
            ContainmentReader.Place riverEntry,
            RiverTravel.Estimate travel,
            String travelProblem) {}

    private final ContainmentReader.Network network;

    ContainmentService(ContainmentReader.Network network) {
        this.network = network;
    }

    /**
     * @param valveOpen a valve tag's live value: true open, false closed, null unknown
     */
    Plan plan(String enterpriseId, Function<String, Boolean> valveOpen) {
        List<Step> steps = new ArrayList<>();
        double contained = 0;
        for (ContainmentReader.Place d : of(network.dikes(), enterpriseId)) {
            steps.add(new Step(1, "CONTAIN_IN_DIKE", d, null, null));
            contained += d.capacityM3();
        }
        for (ContainmentReader.Place o : of(network.rainOutfalls(), enterpriseId)) {
            steps.add(valveStep(2, "CLOSE_RAIN_VALVE", o, valveOpen));
        }
        for (ContainmentReader.Place p : of(network.accidentPools(), enterpriseId)) {
            steps.add(new Step(2, "DIVERT_TO_ACCIDENT_POOL", p, null, null));
            contained += p.capacityM3();
        }
        for (ContainmentReader.Place o : network.parkOutfalls()) {
            steps.add(valveStep(3, "CLOSE_PARK_OUTFALL_VALVE", o, valveOpen));
        }
        for (ContainmentReader.Place p : network.emergencyPonds()) {
            steps.add(new Step(3, "USE_EMERGENCY_POND", p, null, null));
            contained += p.capacityM3();
        }
        ContainmentReader.Place entry = network.parkOutfalls().stream().findFirst().orElse(null);
        RiverTravel.Estimate travel = null;
        String problem = null;
        ContainmentReader.River r = network.river();
        if (entry == null || network.intake() == null || r.line().size() < 2) {
            problem = "the park layers name no stormwater outfall, river or drinking-water intake";
        } else {
            try {
                travel =
                        RiverTravel.estimate(
                                r.line(),
                                entry.xy(),
                                network.intake().xy(),
                                r.flowM3PerS(),
                                r.widthM(),
                                r.depthM());
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        return new Plan(enterpriseId, steps, contained, entry, travel, problem);
    }

    ContainmentReader.Place intake() {
        return network.intake();
    }

    /** The enterprises with at least one tier-1 or tier-2 place. */
    List<String> enterprises() {
        List<String> out = new ArrayList<>();
        for (List<ContainmentReader.Place> l :
                List.of(network.dikes(), network.rainOutfalls(), network.accidentPools())) {
            l.stream()
                    .map(ContainmentReader.Place::enterpriseId)
                    .filter(e -> !out.contains(e))
                    .forEach(out::add);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static Step valveStep(
            int tier,
            String action,
            ContainmentReader.Place place,
            Function<String, Boolean> open) {
        Boolean v = place.valveTagId() == null ? null : open.apply(place.valveTagId());
        ValveState state = v == null ? ValveState.UNKNOWN : v ? ValveState.OPEN : ValveState.CLOSED;
        return new Step(tier, action, place, state, state == ValveState.CLOSED);
    }

    private static List<ContainmentReader.Place> of(
            List<ContainmentReader.Place> places, String enterpriseId) {
        return places.stream().filter(p -> p.enterpriseId().equals(enterpriseId)).toList();
    }
}
