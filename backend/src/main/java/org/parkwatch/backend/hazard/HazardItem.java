package org.parkwatch.backend.hazard;

import java.util.Objects;

/**
 * One chemical in a unit with its quantity q: the largest quantity that can be present (static
 * case) or the measured inventory (live case).
 *
 * @param chemical the resolved chemical
 * @param quantityT q in tonnes, finite and ≥ 0
 * @param sourceId where q comes from when not from the unit's tanks or design data, e.g. {@code
 *     chemical-lots} (the lot ledger, issue 16); null for tanks and design inventories
 */
public record HazardItem(ResolvedChemical chemical, double quantityT, String sourceId) {

    /** A quantity from the unit's tanks or design data. */
    public HazardItem(ResolvedChemical chemical, double quantityT) {
        this(chemical, quantityT, null);
    }

    public HazardItem {
        Objects.requireNonNull(chemical, "chemical");
        if (!Double.isFinite(quantityT) || quantityT < 0) {
            throw new IllegalArgumentException(
                    "quantity of "
                            + chemical.label()
                            + " must be a finite number >= 0 t, got "
                            + quantityT);
        }
    }
}
