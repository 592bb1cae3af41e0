package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quantities q per chemical of a unit: live from measured levels (volume from the tank geometry ×
 * density) or static from design capacity × density × filling ratio. Mass t = volume m³ × density
 * kg/m³ / 1000. Pure.
 */
public final class InventoryCalculator {

    private InventoryCalculator() {}

    /** Mass (t) of liquid in a tank at a measured level (m). */
    public static double massT(Tank tank, double levelM) {
        try {
            return tank.geometry().liquidVolumeM3(levelM) * tank.densityKgPerM3() / 1000.0;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tank " + tank.id() + ": " + e.getMessage(), e);
        }
    }

    /** Largest design quantity (t) of a tank: capacity × density × filling ratio. */
    public static double staticMassT(Tank tank) {
        return tank.geometry().capacityM3()
                * tank.densityKgPerM3()
                * tank.maxFillFraction()
                / 1000.0;
    }

    /**
     * q per chemical from live levels: the tanks' masses summed per chemical, in first-seen order.
     *
     * @param levelsM level (m) per tank id; every tank must have one
     * @throws IllegalArgumentException naming the tank when a level is missing or out of range
     */
    public static List<HazardItem> liveQuantities(List<Tank> tanks, Map<String, Double> levelsM) {
        List<ResolvedChemical> chemicals = new ArrayList<>(tanks.size());
        double[] sums = new double[tanks.size()];
        for (Tank t : tanks) {
            Double level = levelsM.get(t.id());
            if (level == null) {
                throw new IllegalArgumentException("tank " + t.id() + ": no level reading");
            }
            add(chemicals, sums, t.chemical(), massT(t, level));
        }
        return items(chemicals, sums);
    }

    /** q per chemical for the static case: Σ capacity × density × filling ratio. */
    public static List<HazardItem> staticQuantities(List<Tank> tanks) {
        List<ResolvedChemical> chemicals = new ArrayList<>(tanks.size());
        double[] sums = new double[tanks.size()];
        for (Tank t : tanks) {
            add(chemicals, sums, t.chemical(), staticMassT(t));
        }
        return items(chemicals, sums);
    }

    /**
     * Adds a mass to its chemical's running sum; a unit holds few chemicals, so a linear scan beats
     * hashing.
     */
    private static void add(
            List<ResolvedChemical> chemicals, double[] sums, ResolvedChemical c, double massT) {
        for (int i = 0; i < chemicals.size(); i++) {
            ResolvedChemical known = chemicals.get(i);
            if (known == c || known.equals(c)) {
                sums[i] += massT;
                return;
            }
        }
        sums[chemicals.size()] = massT;
        chemicals.add(c);
    }

    private static List<HazardItem> items(List<ResolvedChemical> chemicals, double[] sums) {
        List<HazardItem> out = new ArrayList<>(chemicals.size());
        for (int i = 0; i < chemicals.size(); i++) {
            out.add(new HazardItem(chemicals.get(i), sums[i]));
        }
        return out;
    }
}
