package org.parkwatch.backend.hazard;

import java.util.List;
import java.util.Objects;

/**
 * A production or storage unit as GB 18218 grades it: its tanks (inventory from level or design),
 * fixed design inventories (process holdup, warehouse stock) and the people living within 500 m of
 * its boundary.
 *
 * @param id unit id (e.g. the tank farm id {@code E01-TF1})
 * @param tanks tanks of the unit; tank ids unique across all units given to one tracker
 * @param fixedItems quantities that do not come from tank levels (design inventory of a process
 *     unit or warehouse), counted as given
 * @param exposedPeople people within 500 m of the unit boundary (α of Table 5), ≥ 0
 */
public record HazardUnit(
        String id, List<Tank> tanks, List<HazardItem> fixedItems, int exposedPeople) {

    public HazardUnit {
        Objects.requireNonNull(id, "id");
        tanks = List.copyOf(tanks);
        fixedItems = List.copyOf(fixedItems);
        if (exposedPeople < 0) {
            throw new IllegalArgumentException(
                    "unit " + id + ": exposedPeople must be >= 0, got " + exposedPeople);
        }
    }

    /** A unit made of tanks only. */
    public HazardUnit(String id, List<Tank> tanks, int exposedPeople) {
        this(id, tanks, List.of(), exposedPeople);
    }

    /** The same unit with another head count (after the population layer changed). */
    public HazardUnit withExposedPeople(int people) {
        return new HazardUnit(id, tanks, fixedItems, people);
    }
}
