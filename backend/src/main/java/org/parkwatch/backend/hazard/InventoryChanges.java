package org.parkwatch.backend.hazard;

import java.util.List;
import java.util.Map;

/**
 * Where a source of supplementary quantities ({@link InventorySupplement}, the toxic-chemical lot
 * ledger) tells the hazard service that its quantities at some locations changed: the units there
 * are regraded live at once (GB 18218-2018), and a unit crossing S = 1 or a grade edge is pushed
 * like a change of a tank level — not only at the next level's regrade. Call from any thread, after
 * the source answers with the new quantities.
 */
@FunctionalInterface
public interface InventoryChanges {
    /**
     * @param before per changed location (a unit or tank feature id), the source's quantities there
     *     just before the change (the baseline of a unit not yet graded live)
     */
    void changed(Map<String, List<InventorySupplement.Held>> before);

    /** Nobody listens. */
    InventoryChanges NONE = before -> {};
}
