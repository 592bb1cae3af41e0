package org.parkwatch.backend.risk.qra;

import java.util.Objects;

/**
 * One installation the QRA releases from: a tank or a process unit's holdup of one chemical, placed
 * in park metres (EPSG:4547).
 *
 * @param id installation id (tank id, or unit id + ":" + chemical id for a unit's holdup)
 * @param enterpriseId owner, e.g. {@code E01}
 * @param eastM source easting (m)
 * @param northM source northing (m)
 * @param chemical what it holds
 * @param inventoryKg mass used by this run (kg): live from the level, else the design quantity
 * @param designInventoryKg design quantity (kg), for the "material change" rule
 * @param pressureVessel pressure-vessel frequencies (else atmospheric tank)
 * @param gaugePressurePa gauge pressure above the liquid (Pa), 0 for atmospheric tanks
 * @param liquidHeadM liquid height above a hole at the bottom (m)
 * @param bundAreaM2 area a liquid pool may cover (m²)
 */
public record QraInstallation(
        String id,
        String enterpriseId,
        double eastM,
        double northM,
        ChemicalProfile chemical,
        double inventoryKg,
        double designInventoryKg,
        boolean pressureVessel,
        double gaugePressurePa,
        double liquidHeadM,
        double bundAreaM2) {

    public QraInstallation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chemical, "chemical");
        if (!(inventoryKg >= 0) || !Double.isFinite(inventoryKg)) {
            throw new IllegalArgumentException(
                    "installation " + id + ": inventory must be >= 0 kg, got " + inventoryKg);
        }
    }

    /** The same installation holding another mass (kg). */
    public QraInstallation withInventoryKg(double kg) {
        return new QraInstallation(
                id,
                enterpriseId,
                eastM,
                northM,
                chemical,
                kg,
                designInventoryKg,
                pressureVessel,
                gaugePressurePa,
                liquidHeadM,
                bundAreaM2);
    }
}
