package org.parkwatch.model.logistics.gate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exit rule for a hazmat truck at a checkpoint (closed-park management: entries and exits are
 * both recorded and checked). The exit is refused — the truck held at the barrier, the control room
 * told why — when
 *
 * <ol>
 *   <li>the gate's records hold no entry of the truck that it has not left by (it came in past the
 *       checkpoint, or its entry was refused and it came in anyway), or
 *   <li>its trip loaded at an enterprise (a {@link Waybill.Direction#LOAD} waybill) and the five
 *       pre-loading checks (充装前查验, 车、人、证、罐、单, Henan plan task 7) were not all recorded as passed.
 * </ol>
 *
 * Every check runs and every failure is reported, as at the entry.
 */
public final class GateExitCheck {
    /** The five pre-loading checks' keys (backend {@code LoadingCheck.KEYS}) and their zh names. */
    static final Map<String, String> CHECKS_ZH =
            Map.of("vehicle", "车", "driver", "人", "documents", "证", "tank", "罐", "waybill", "单");

    /**
     * @param entered whether the site's records hold an entry of {@code plate} not yet left by
     * @param waybill the trip's waybill (the day's, chosen as at the entry), or null for none
     * @param loadingChecksMissing the keys of the pre-loading checks that were not recorded as
     *     passed (empty when all five were); read only for a loading trip
     */
    public GateDecision check(
            String plate, boolean entered, Waybill waybill, List<String> loadingChecksMissing) {
        List<GateFinding> out = new ArrayList<>();
        if (!entered) {
            out.add(new GateFinding(GateFinding.Code.NO_ENTRY_RECORD, Map.of("plate", plate)));
        }
        if (waybill != null
                && waybill.direction() == Waybill.Direction.LOAD
                && !loadingChecksMissing.isEmpty()) {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("plate", plate);
            facts.put("enterprise", waybill.enterpriseId());
            facts.put("waybill", waybill.id());
            facts.put("missingEn", String.join(", ", loadingChecksMissing));
            facts.put(
                    "missingZh",
                    String.join(
                            "、",
                            loadingChecksMissing.stream()
                                    .map(k -> CHECKS_ZH.getOrDefault(k, k))
                                    .toList()));
            out.add(new GateFinding(GateFinding.Code.LOADING_UNCHECKED, facts));
        }
        return new GateDecision(out, waybill);
    }
}
