package org.parkwatch.model.logistics.gate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entry rule for a hazmat truck (车、人、证、单 at the gate): every check runs and every failure is
 * reported, so a guard sees all that is wrong at once rather than one reason per attempt.
 *
 * <ol>
 *   <li>the vehicle is registered and its transport permit is valid on the day of entry;
 *   <li>the driver is registered and qualified on that day;
 *   <li>a waybill of that vehicle covers the moment of entry (its time slot) — among the vehicle's
 *       waybills of the day the one whose slot covers it, else the nearest, is judged;
 *   <li>the driver is the waybill's driver;
 *   <li>the waybill's enterprise is in the park, and handles the chemical (it holds it in a tank of
 *       the park's layers);
 *   <li>the quantity does not exceed the tank's rated load.
 * </ol>
 */
public final class GateEntryCheck {
    private final Map<String, Set<String>> casByEnterprise;
    private final Set<String> parkEnterprises;
    private final ZoneId zone;

    /**
     * @param casByEnterprise the CAS numbers each enterprise handles
     * @param parkEnterprises the enterprises inside the fence
     * @param zone the park's time zone (the day of a permit's validity)
     */
    public GateEntryCheck(
            Map<String, Set<String>> casByEnterprise, Set<String> parkEnterprises, ZoneId zone) {
        this.casByEnterprise = Map.copyOf(casByEnterprise);
        this.parkEnterprises = Set.copyOf(parkEnterprises);
        this.zone = zone;
    }

    public GateDecision check(
            String plate,
            String driverId,
            Instant at,
            Optional<VehicleDocs> vehicle,
            Optional<DriverDocs> driver,
            List<Waybill> waybillsOfVehicle) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        List<GateFinding> out = new ArrayList<>();
        if (vehicle.isEmpty()) {
            out.add(finding(GateFinding.Code.UNKNOWN_VEHICLE, "plate", plate));
        } else if (vehicle.get().permitValidUntil().isBefore(day)) {
            out.add(
                    finding(
                            GateFinding.Code.VEHICLE_PERMIT_EXPIRED,
                            "plate",
                            plate,
                            "validUntil",
                            vehicle.get().permitValidUntil().toString()));
        }
        if (driver.isEmpty()) {
            out.add(finding(GateFinding.Code.UNKNOWN_DRIVER, "driver", driverId));
        } else if (driver.get().qualificationValidUntil().isBefore(day)) {
            out.add(
                    finding(
                            GateFinding.Code.DRIVER_QUALIFICATION_EXPIRED,
                            "driver",
                            driver.get().name(),
                            "validUntil",
                            driver.get().qualificationValidUntil().toString()));
        }
        Optional<Waybill> judged = judged(waybillsOfVehicle, at);
        if (judged.isEmpty()) {
            out.add(finding(GateFinding.Code.NO_WAYBILL, "plate", plate, "day", day.toString()));
            return new GateDecision(out, null);
        }
        Waybill w = judged.get();
        if (!w.covers(at)) {
            out.add(
                    finding(
                            GateFinding.Code.OUTSIDE_TIME_SLOT,
                            "waybill",
                            w.id(),
                            "from",
                            w.slotFrom().toString(),
                            "to",
                            w.slotTo().toString()));
        }
        if (!w.driverId().equals(driverId)) {
            out.add(
                    finding(
                            GateFinding.Code.DRIVER_NOT_ON_WAYBILL,
                            "waybill",
                            w.id(),
                            "driver",
                            driverId));
        }
        if (!parkEnterprises.contains(w.enterpriseId())) {
            out.add(
                    finding(
                            GateFinding.Code.ENTERPRISE_NOT_IN_PARK,
                            "enterprise",
                            w.enterpriseId()));
        } else if (!casByEnterprise.getOrDefault(w.enterpriseId(), Set.of()).contains(w.cas())) {
            out.add(
                    finding(
                            GateFinding.Code.CHEMICAL_NOT_HANDLED,
                            "enterprise",
                            w.enterpriseId(),
                            "cas",
                            w.cas(),
                            "chemical",
                            w.chemicalZh()));
        }
        if (vehicle.isPresent() && w.quantityT() > vehicle.get().capacityT()) {
            out.add(
                    finding(
                            GateFinding.Code.OVER_CAPACITY,
                            "quantityT",
                            String.valueOf(w.quantityT()),
                            "capacityT",
                            String.valueOf(vehicle.get().capacityT())));
        }
        return new GateDecision(out, w);
    }

    /**
     * The waybill whose slot covers {@code at}, else the one whose slot is nearest on the same day.
     */
    private Optional<Waybill> judged(List<Waybill> waybills, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return waybills.stream()
                .filter(
                        w ->
                                !LocalDate.ofInstant(w.slotFrom(), zone).isAfter(day)
                                        && !LocalDate.ofInstant(w.slotTo(), zone).isBefore(day))
                .min(Comparator.comparingLong(w -> distanceMs(w, at)));
    }

    private static long distanceMs(Waybill w, Instant at) {
        if (w.covers(at)) return 0;
        return Math.min(
                Math.abs(at.toEpochMilli() - w.slotFrom().toEpochMilli()),
                Math.abs(at.toEpochMilli() - w.slotTo().toEpochMilli()));
    }

    private static GateFinding finding(GateFinding.Code code, String... kv) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2)
            facts.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        return new GateFinding(code, facts);
    }
}
