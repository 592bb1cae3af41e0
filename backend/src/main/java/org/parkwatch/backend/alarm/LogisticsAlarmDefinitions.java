package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.List;

/**
 * The ISA-18.2 alarms of hazmat logistics (issue 16), decided outside the sample path by the
 * logistics capability: one overstay alarm per hazmat parking lot (park-level, medium priority: a
 * truck parked too long is a fire load to move, not an emergency) and one per enterprise for a
 * loading without the five pre-loading checks (high: Henan plan task 7 makes the check mandatory).
 */
public final class LogisticsAlarmDefinitions {
    private LogisticsAlarmDefinitions() {}

    /**
     * @param parkingLotIds the features of the hazmat parking lots ({@code park-facilities}, kind
     *     {@code parking})
     * @param enterpriseIds the park's enterprises
     */
    public static List<AlarmDefinition> from(
            List<String> parkingLotIds, List<String> enterpriseIds) {
        List<AlarmDefinition> out = new ArrayList<>();
        for (String lot : parkingLotIds) {
            out.add(
                    external(
                            overstayId(lot),
                            "PARK",
                            lot,
                            AlarmType.PARKING_OVERSTAY,
                            Priority.MEDIUM));
        }
        for (String e : enterpriseIds) {
            out.add(external(loadingId(e), e, null, AlarmType.LOADING_UNCHECKED, Priority.HIGH));
        }
        return out;
    }

    /**
     * One missing-commitment alarm per enterprise (issue 15, 安全承诺公告), low priority: the operator's
     * response is a phone call to the enterprise, not a plant action. [U] working value.
     */
    public static List<AlarmDefinition> commitments(List<String> enterpriseIds) {
        List<AlarmDefinition> out = new ArrayList<>();
        for (String e : enterpriseIds) {
            out.add(external(commitmentId(e), e, null, AlarmType.COMMITMENT_MISSING, Priority.LOW));
        }
        return out;
    }

    public static String commitmentId(String enterpriseId) {
        return enterpriseId + "." + AlarmType.COMMITMENT_MISSING.suffix();
    }

    public static String overstayId(String lotFeatureId) {
        return lotFeatureId + "." + AlarmType.PARKING_OVERSTAY.suffix();
    }

    public static String loadingId(String enterpriseId) {
        return enterpriseId + "." + AlarmType.LOADING_UNCHECKED.suffix();
    }

    private static AlarmDefinition external(
            String id, String enterpriseId, String featureId, AlarmType type, Priority p) {
        return new AlarmDefinition(
                id, enterpriseId, null, featureId, type, p, 0, 0, 0, 0, 0, null, false, null);
    }
}
