package org.parkwatch.backend.hazard;

import java.util.List;
import java.util.Objects;

/**
 * A production or storage unit as GB 18218 grades it: its tanks and the people living within 500 m of its boundary.
 *
 * @param id            unit id (e.g. the tank farm id {@code E01-TF1})
 * @param tanks         tanks of the unit; tank ids unique across all units given to one tracker
 * @param exposedPeople people within 500 m of the unit boundary (α of Table 5), ≥ 0
 */
public record HazardUnit(String id, List<Tank> tanks, int exposedPeople) {

    public HazardUnit {
        Objects.requireNonNull(id, "id");
        tanks = List.copyOf(tanks);
        if (exposedPeople < 0) {
            throw new IllegalArgumentException("unit " + id + ": exposedPeople must be >= 0, got " + exposedPeople);
        }
    }
}
