package org.parkwatch.model.logistics.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tonnage per chemical: sums the loads of waybills by CAS number and ranks the chemicals, heaviest
 * first (ties by CAS number, so the order is stable).
 */
public final class MovingTonnage {
    private MovingTonnage() {}

    /** One load: a waybill's chemical and quantity. */
    public record Load(String cas, String unNumber, String chemicalZh, double quantityT) {}

    /** One chemical's total. */
    public record ChemicalTonnes(
            String cas, String unNumber, String chemicalZh, double tonnes, int trucks) {}

    /** The totals by chemical, heaviest first; loads with a blank CAS or no tonnes are skipped. */
    public static List<ChemicalTonnes> byChemical(List<Load> loads) {
        Map<String, ChemicalTonnes> by = new LinkedHashMap<>();
        for (Load l : loads) {
            if (l.cas() == null || l.cas().isBlank() || !(l.quantityT() > 0)) continue;
            ChemicalTonnes held = by.get(l.cas());
            by.put(
                    l.cas(),
                    held == null
                            ? new ChemicalTonnes(
                                    l.cas(), l.unNumber(), l.chemicalZh(), l.quantityT(), 1)
                            : new ChemicalTonnes(
                                    held.cas(),
                                    held.unNumber(),
                                    held.chemicalZh(),
                                    held.tonnes() + l.quantityT(),
                                    held.trucks() + 1));
        }
        List<ChemicalTonnes> out = new ArrayList<>(by.values());
        out.sort(
                Comparator.comparingDouble(ChemicalTonnes::tonnes)
                        .reversed()
                        .thenComparing(ChemicalTonnes::cas));
        return out;
    }

    /** The first {@code n} of {@link #byChemical}. */
    public static List<ChemicalTonnes> top(List<Load> loads, int n) {
        List<ChemicalTonnes> all = byChemical(loads);
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }
}
