package org.parkwatch.backend.alarm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The four hazmat-truck alarms of each enterprise (issue 16): a truck serving it left its permitted
 * route, is speeding, stands outside a permitted place, entered a road closed to hazardous goods.
 * Decided by the logistics capability on each position; the journal comment names the truck and the
 * facts. High priority for leaving the route and a closed road (a loaded tanker where the park did
 * not plan it), medium for speeding and a stop [U: the park's alarm philosophy to confirm].
 */
public final class TruckAlarmDefinitions {
    private TruckAlarmDefinitions() {}

    /** The id of an enterprise's truck alarm of this type: {@code <enterpriseId>.<suffix>}. */
    public static String id(String enterpriseId, AlarmType type) {
        return enterpriseId + "." + type.suffix();
    }

    public static List<AlarmDefinition> from(Collection<String> enterpriseIds) {
        List<AlarmDefinition> out = new ArrayList<>();
        for (String e : enterpriseIds) {
            out.add(def(e, AlarmType.TRUCK_OFF_ROUTE, Priority.HIGH));
            out.add(def(e, AlarmType.TRUCK_SPEEDING, Priority.MEDIUM));
            out.add(def(e, AlarmType.TRUCK_STOPPED, Priority.MEDIUM));
            out.add(def(e, AlarmType.TRUCK_CLOSED_ROAD, Priority.HIGH));
        }
        return out;
    }

    private static AlarmDefinition def(String enterpriseId, AlarmType type, Priority priority) {
        return new AlarmDefinition(
                id(enterpriseId, type),
                enterpriseId,
                null,
                null,
                type,
                priority,
                Double.NaN,
                0,
                0,
                0,
                0,
                null,
                false,
                null);
    }
}
