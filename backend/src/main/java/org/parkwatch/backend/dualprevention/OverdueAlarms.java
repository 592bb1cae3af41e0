package org.parkwatch.backend.dualprevention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parkwatch.backend.alarm.DualPreventionAlarmDefinitions;

/**
 * Decides the overdue alarms from the hidden dangers past their deadline: each enterprise's {@code
 * <E>.HD_OVERDUE} while it has one (value: how many), and the park's escalation {@code
 * PARK.HD_MAJOR_OVERDUE} while any 重大隐患 is overdue (value: how many; the note names the enterprises
 * and titles). Offers a condition only when it or its count changed, so the journal gets one entry
 * per change.
 */
final class OverdueAlarms {
    private final AlarmConditions alarms;
    private final Set<String> enterprises;
    private final Map<String, Integer> offered = new HashMap<>();

    OverdueAlarms(AlarmConditions alarms, Set<String> enterprises) {
        this.alarms = alarms;
        this.enterprises = enterprises;
    }

    synchronized void decide(List<HiddenDanger> overdue) {
        Map<String, List<HiddenDanger>> byEnt = new TreeMap<>();
        for (String e : enterprises) byEnt.put(e, new ArrayList<>());
        List<HiddenDanger> major = new ArrayList<>();
        for (HiddenDanger d : overdue) {
            byEnt.computeIfAbsent(d.enterpriseId(), k -> new ArrayList<>()).add(d);
            if (d.major()) major.add(d);
        }
        byEnt.forEach(
                (e, list) ->
                        offer(
                                DualPreventionAlarmDefinitions.overdueId(e),
                                list,
                                "隐患整改逾期 hidden dangers past their rectification deadline: "));
        offer(
                DualPreventionAlarmDefinitions.majorOverdueId(),
                major,
                "重大隐患整改逾期，升级至园区 major hidden dangers overdue, escalated to the park: ");
    }

    private void offer(String alarmId, List<HiddenDanger> list, String prefix) {
        Integer before = offered.get(alarmId);
        if (before != null && before == list.size()) return;
        offered.put(alarmId, list.size());
        StringBuilder note = new StringBuilder(prefix);
        for (int i = 0; i < list.size() && i < 10; i++) {
            if (i > 0) note.append("; ");
            note.append(list.get(i).enterpriseId()).append(' ').append(list.get(i).title());
        }
        alarms.offer(alarmId, !list.isEmpty(), list.size(), list.isEmpty() ? "" : note.toString());
    }
}
