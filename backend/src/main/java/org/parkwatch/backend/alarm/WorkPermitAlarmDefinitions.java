package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.List;

/**
 * The ISA-18.2 alarms of special work permits (issue 15), decided outside the sample path by the
 * work-permit capability, one of each per enterprise: a gas alarm near its active hot work or
 * confined-space work (critical: most Chinese park accidents of the last decade started in special
 * work near a leak), work outside its permit's window and hot or confined-space work without a
 * valid gas analysis (high).
 */
public final class WorkPermitAlarmDefinitions {
    private WorkPermitAlarmDefinitions() {}

    /**
     * @param enterpriseIds the park's enterprises
     */
    public static List<AlarmDefinition> from(List<String> enterpriseIds) {
        List<AlarmDefinition> out = new ArrayList<>();
        for (String e : enterpriseIds) {
            out.add(external(e, AlarmType.WORK_PERMIT_GAS_NEAR, Priority.CRITICAL));
            out.add(external(e, AlarmType.WORK_PERMIT_OUTSIDE_WINDOW, Priority.HIGH));
            out.add(external(e, AlarmType.WORK_PERMIT_NO_GAS_ANALYSIS, Priority.HIGH));
        }
        return out;
    }

    /** {@code <enterpriseId>.<suffix>}, e.g. {@code E04.WP_GAS_NEAR}. */
    public static String id(String enterpriseId, AlarmType type) {
        return enterpriseId + "." + type.suffix();
    }

    private static AlarmDefinition external(String enterpriseId, AlarmType type, Priority p) {
        return new AlarmDefinition(
                id(enterpriseId, type),
                enterpriseId,
                null,
                null,
                type,
                p,
                0,
                0,
                0,
                0,
                0,
                null,
                false,
                null);
    }
}
