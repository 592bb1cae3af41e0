package org.parkwatch.backend.hazard;

import java.util.List;

/**
 * Quantities held at park locations that no tank level measures, from a source beside the tanks
 * (the toxic-chemical lot ledger, issue 16): a port the hazard service reads, installed by the
 * composition root. Implementations answer from memory (called on the event loop).
 */
@FunctionalInterface
public interface InventorySupplement {

    /** Quantities whose location is {@code locationId} (a unit or tank feature id). */
    List<Held> at(String locationId);

    /**
     * One held quantity.
     *
     * @param sourceId the source, e.g. {@code chemical-lots}
     * @param itemId the item of that source, e.g. the lot's label id
     * @param quantityT tonnes, ≥ 0
     */
    record Held(String sourceId, String itemId, String cas, double quantityT, String locationId) {}

    /** No supplement. */
    InventorySupplement NONE = locationId -> List.of();
}
