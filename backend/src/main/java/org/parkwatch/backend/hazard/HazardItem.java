package org.parkwatch.backend.hazard;

import java.util.Objects;

/**
 * One chemical in a unit with its quantity q: the largest quantity that can be present (static
 * case) or the measured inventory (live case).
 *
 * @param chemical the resolved chemical
 * @param quantityT q in tonnes, finite and ≥ 0
 */
public record HazardItem(ResolvedChemical chemical, double quantityT) {

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
