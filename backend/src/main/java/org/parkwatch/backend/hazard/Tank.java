package org.parkwatch.backend.hazard;

import java.util.Objects;

/**
 * One tank or vessel of a unit: what it holds and how level maps to mass.
 *
 * @param id tank id, e.g. the level tag's installation
 * @param chemical the stored chemical
 * @param geometry inside geometry
 * @param densityKgPerM3 liquid density at storage conditions (kg/m³)
 * @param maxFillFraction design filling ratio of the capacity (0 &lt; f ≤ 1), used for the static
 *     quantity
 */
public record Tank(
        String id,
        ResolvedChemical chemical,
        TankGeometry geometry,
        double densityKgPerM3,
        double maxFillFraction) {

    public Tank {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chemical, "chemical");
        Objects.requireNonNull(geometry, "geometry");
        if (!(densityKgPerM3 > 0) || !Double.isFinite(densityKgPerM3)) {
            throw new IllegalArgumentException(
                    "tank " + id + ": density must be > 0 kg/m³, got " + densityKgPerM3);
        }
        if (!(maxFillFraction > 0) || maxFillFraction > 1) {
            throw new IllegalArgumentException(
                    "tank " + id + ": fill fraction must be in (0, 1], got " + maxFillFraction);
        }
    }
}
