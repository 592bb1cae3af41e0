package org.parkwatch.model.logistics.gate;

import java.util.Map;

/**
 * One reason a truck may not enter (or leave, {@link GateExitCheck}), with the facts a guard and
 * the control room need (plate, dates, the waybill, the chemical). {@code code} is stable for
 * translation and statistics.
 */
public record GateFinding(Code code, Map<String, String> facts) {
    /** The refusal reasons, each one check of the entry rule. */
    public enum Code {
        UNKNOWN_VEHICLE,
        VEHICLE_PERMIT_EXPIRED,
        UNKNOWN_DRIVER,
        DRIVER_QUALIFICATION_EXPIRED,
        NO_WAYBILL,
        OUTSIDE_TIME_SLOT,
        DRIVER_NOT_ON_WAYBILL,
        ENTERPRISE_NOT_IN_PARK,
        CHEMICAL_NOT_HANDLED,
        OVER_CAPACITY,
        /** On exit: the gate's records hold no entry of the truck (it did not pass a gate in). */
        NO_ENTRY_RECORD,
        /** On exit: the truck loaded without the five pre-loading checks recorded. */
        LOADING_UNCHECKED
    }

    public GateFinding {
        facts = Map.copyOf(facts);
    }
}
