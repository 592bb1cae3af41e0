package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the live GB 18218 grade of each unit as tank levels arrive and reports a {@link
 * GradeChange} when a unit crosses S = 1 or a grade edge. A tank without a reading yet counts with
 * its static design quantity (capacity × density × filling ratio), the conservative value the
 * standard uses; the first grading is taken from these design quantities. Plain Java, not
 * thread-safe: feed it from one thread (e.g. one verticle).
 */
public final class LiveGradingTracker {

    private final MajorHazardGrader grader;
    private final Map<String, HazardUnit> units = new LinkedHashMap<>();
    private final Map<String, String> unitOfTank = new HashMap<>();
    private final Map<String, Double> tankMassT = new HashMap<>();
    private final Map<String, GradingResult> current = new HashMap<>();

    /**
     * @throws IllegalArgumentException when two units share an id or a tank id
     */
    public LiveGradingTracker(MajorHazardGrader grader, List<HazardUnit> units) {
        this.grader = grader;
        for (HazardUnit u : units) {
            if (this.units.put(u.id(), u) != null) {
                throw new IllegalArgumentException("duplicate unit id " + u.id());
            }
            for (Tank t : u.tanks()) {
                if (unitOfTank.put(t.id(), u.id()) != null) {
                    throw new IllegalArgumentException(
                            "tank " + t.id() + " is in more than one unit");
                }
                tankMassT.put(t.id(), InventoryCalculator.staticMassT(t));
            }
            current.put(u.id(), grade(u));
        }
    }

    /**
     * Records a level reading and regrades the tank's unit.
     *
     * @return the change, if the unit crossed S = 1 or a grade edge; empty otherwise and for tanks
     *     it does not know
     * @throws IllegalArgumentException naming the tank when the level is outside the tank; the
     *     state is unchanged
     */
    public Optional<GradeChange> onLevel(String tankId, double levelM) {
        String unitId = unitOfTank.get(tankId);
        if (unitId == null) {
            return Optional.empty();
        }
        HazardUnit unit = units.get(unitId);
        Tank tank =
                unit.tanks().stream().filter(t -> t.id().equals(tankId)).findFirst().orElseThrow();
        tankMassT.put(tankId, InventoryCalculator.massT(tank, levelM));
        GradingResult after = grade(unit);
        GradingResult before = current.put(unitId, after);
        return GradeChange.between(before, after);
    }

    /** The unit's latest grading. */
    public Optional<GradingResult> current(String unitId) {
        return Optional.ofNullable(current.get(unitId));
    }

    /** Every unit's latest grading, in the order the units were given. */
    public Map<String, GradingResult> all() {
        Map<String, GradingResult> out = new LinkedHashMap<>();
        units.keySet().forEach(id -> out.put(id, current.get(id)));
        return out;
    }

    private GradingResult grade(HazardUnit unit) {
        List<ResolvedChemical> chemicals = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        for (Tank t : unit.tanks()) {
            add(chemicals, sums, t.chemical(), tankMassT.get(t.id()));
        }
        for (HazardItem fixed : unit.fixedItems()) {
            add(chemicals, sums, fixed.chemical(), fixed.quantityT());
        }
        List<HazardItem> items = new ArrayList<>();
        for (int i = 0; i < chemicals.size(); i++) {
            items.add(new HazardItem(chemicals.get(i), sums.get(i)));
        }
        return grader.grade(items, unit.exposedPeople());
    }

    private static void add(
            List<ResolvedChemical> chemicals, List<Double> sums, ResolvedChemical c, double t) {
        int i = chemicals.indexOf(c);
        if (i < 0) {
            chemicals.add(c);
            sums.add(t);
        } else {
            sums.set(i, sums.get(i) + t);
        }
    }
}
