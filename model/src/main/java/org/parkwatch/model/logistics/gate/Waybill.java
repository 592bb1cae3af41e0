package org.parkwatch.model.logistics.gate;

import java.time.Instant;

/**
 * An electronic waybill (电子运单) for one trip to or from an enterprise in the park.
 *
 * @param id the waybill number
 * @param plate the vehicle
 * @param driverId the driver
 * @param cas CAS number of the chemical
 * @param unNumber UN number, e.g. UN1017 for chlorine
 * @param chemicalZh the chemical's Chinese name, as on the waybill
 * @param quantityT quantity, t
 * @param enterpriseId the enterprise in the park that loads or unloads
 * @param direction loading at or unloading to that enterprise
 * @param slotFrom start of the time slot
 * @param slotTo end of the time slot
 */
public record Waybill(
        String id,
        String plate,
        String driverId,
        String cas,
        String unNumber,
        String chemicalZh,
        double quantityT,
        String enterpriseId,
        Direction direction,
        Instant slotFrom,
        Instant slotTo) {
    /** What the truck does at the enterprise. */
    public enum Direction {
        LOAD,
        UNLOAD
    }

    boolean covers(Instant at) {
        return !at.isBefore(slotFrom) && !at.isAfter(slotTo);
    }
}
