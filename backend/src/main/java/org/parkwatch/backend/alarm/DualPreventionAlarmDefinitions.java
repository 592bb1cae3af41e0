package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.List;

/**
 * The ISA-18.2 alarms of dual prevention (issue 15), decided outside the sample path by the
 * dual-prevention capability: one per enterprise while any of its hidden dangers is past its
 * rectification deadline (medium: a reminder the enterprise must act on), and one of the park while
 * any major hidden danger (重大隐患) is past its deadline (high: the escalation to the park's control
 * room, which the enterprise users do not see).
 */
public final class DualPreventionAlarmDefinitions {
    /** The owner and id prefix of the park-level escalation alarm. */
    public static final String PARK = "PARK";

    private DualPreventionAlarmDefinitions() {}

    /**
     * @param enterpriseIds the park's enterprises (without the park itself)
     */
    public static List<AlarmDefinition> from(List<String> enterpriseIds) {
        List<AlarmDefinition> out = new ArrayList<>();
        for (String e : enterpriseIds) {
            out.add(external(overdueId(e), e, AlarmType.HIDDEN_DANGER_OVERDUE, Priority.MEDIUM));
        }
        out.add(
                external(
                        majorOverdueId(),
                        PARK,
                        AlarmType.MAJOR_HIDDEN_DANGER_OVERDUE,
                        Priority.HIGH));
        return out;
    }

    /** E.g. {@code E01.HD_OVERDUE}. */
    public static String overdueId(String enterpriseId) {
        return enterpriseId + "." + AlarmType.HIDDEN_DANGER_OVERDUE.suffix();
    }

    /** {@code PARK.HD_MAJOR_OVERDUE}. */
    public static String majorOverdueId() {
        return PARK + "." + AlarmType.MAJOR_HIDDEN_DANGER_OVERDUE.suffix();
    }

    private static AlarmDefinition external(
            String id, String enterpriseId, AlarmType type, Priority p) {
        return new AlarmDefinition(
                id, enterpriseId, null, null, type, p, 0, 0, 0, 0, 0, null, false, null);
    }
}
