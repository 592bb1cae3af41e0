package org.parkwatch.backend.logistics;

import java.util.ArrayList;
import java.util.List;

/**
 * One pre-loading check (充装前查验): the five results an enterprise records before a truck is loaded
 * (Henan plan task 7: 车、人、证、罐、单).
 *
 * @param vehicleOk 车: the vehicle's condition and equipment
 * @param driverOk 人: driver and escort present and the ones on the waybill
 * @param documentsOk 证: permits and qualifications valid
 * @param tankOk 罐: the tank's inspection, valves, residue
 * @param waybillOk 单: the electronic waybill matches the load
 */
record LoadingCheck(
        long tsMs,
        String enterpriseId,
        String plate,
        String waybillId,
        boolean vehicleOk,
        boolean driverOk,
        boolean documentsOk,
        boolean tankOk,
        boolean waybillOk,
        String note,
        String checkedBy) {

    /** The five checks' keys, in the order 车、人、证、罐、单. */
    static final List<String> KEYS = List.of("vehicle", "driver", "documents", "tank", "waybill");

    /** The keys of the checks that failed; empty when all five passed. */
    List<String> failed() {
        boolean[] ok = {vehicleOk, driverOk, documentsOk, tankOk, waybillOk};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ok.length; i++) if (!ok[i]) out.add(KEYS.get(i));
        return out;
    }
}
