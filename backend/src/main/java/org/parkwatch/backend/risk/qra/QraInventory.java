package org.parkwatch.backend.risk.qra;

import java.util.List;

/**
 * The inventory a QRA run used for one installation, and its design inventory: what the
 * material-change check compares the live inventories against. Kilograms to 0.1 kg, as the run's
 * stored inputs hold them ({@link QraJson#inputs}), so a restored run compares exactly like a fresh
 * one.
 */
public record QraInventory(String installationId, double inventoryKg, double designInventoryKg) {

    /** The inventories of a run's installations. */
    public static List<QraInventory> of(List<QraInstallation> installations) {
        return installations.stream()
                .map(
                        i ->
                                new QraInventory(
                                        i.id(),
                                        tenths(i.inventoryKg()),
                                        tenths(i.designInventoryKg())))
                .toList();
    }

    private static double tenths(double kg) {
        return Math.round(kg * 10) / 10.0;
    }
}
