package org.parkwatch.backend.emergency;

import java.util.List;
import org.parkwatch.model.emergency.ResponseLevel;

/**
 * The command record of one incident (issue 14): the decided plan and level, the explicit steps and
 * the moments the after-action intervals are measured at. Null times: the step has not happened.
 *
 * @param enterprises the incident's enterprises (who may read the record)
 * @param drill the incident is a drill (演练)
 * @param detectedMs when the incident opened
 * @param planId the decided plan, null before the decision
 * @param level the decided level, null before the decision
 * @param government escalated to the government level
 * @param casualties as reported by the commander
 * @param receptorReached an environmental receptor reached, as reported by the commander
 * @param confirmedMs the commander confirmed the incident (接警确认)
 * @param decidedMs the plan and level were decided
 */
public record CommandRecord(
        String incidentId,
        List<String> enterprises,
        String incidentKind,
        boolean drill,
        long detectedMs,
        String planId,
        ResponseLevel level,
        boolean government,
        int casualties,
        boolean receptorReached,
        Long confirmedMs,
        Long decidedMs,
        Long firstDispatchMs,
        Long evacuationMs,
        Long allClearMs) {

    public CommandRecord {
        enterprises = List.copyOf(enterprises);
    }

    /** The first enterprise, or null for a park-level incident. */
    public String enterpriseId() {
        return enterprises.isEmpty() ? null : enterprises.get(0);
    }

    public boolean closed() {
        return allClearMs != null;
    }

    CommandRecord withEnterprises(List<String> ids) {
        return new CommandRecord(
                incidentId,
                ids,
                incidentKind,
                drill,
                detectedMs,
                planId,
                level,
                government,
                casualties,
                receptorReached,
                confirmedMs,
                decidedMs,
                firstDispatchMs,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withConfirmed(long ms) {
        return copy(
                planId,
                level,
                government,
                casualties,
                receptorReached,
                ms,
                decidedMs,
                firstDispatchMs,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withDecision(String plan, ResponseLevel l, long ms) {
        return copy(
                plan,
                l,
                government,
                casualties,
                receptorReached,
                confirmedMs,
                ms,
                firstDispatchMs,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withLevel(ResponseLevel l) {
        return copy(
                planId,
                l,
                government,
                casualties,
                receptorReached,
                confirmedMs,
                decidedMs,
                firstDispatchMs,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withGovernment() {
        return copy(
                planId,
                level,
                true,
                casualties,
                receptorReached,
                confirmedMs,
                decidedMs,
                firstDispatchMs,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withFacts(int c, boolean receptor) {
        return copy(
                planId,
                level,
                government,
                c,
                receptor,
                confirmedMs,
                decidedMs,
                firstDispatchMs,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withFirstDispatch(long ms) {
        return copy(
                planId,
                level,
                government,
                casualties,
                receptorReached,
                confirmedMs,
                decidedMs,
                ms,
                evacuationMs,
                allClearMs);
    }

    CommandRecord withEvacuation(long ms) {
        return copy(
                planId,
                level,
                government,
                casualties,
                receptorReached,
                confirmedMs,
                decidedMs,
                firstDispatchMs,
                ms,
                allClearMs);
    }

    CommandRecord withAllClear(long ms) {
        return copy(
                planId,
                level,
                government,
                casualties,
                receptorReached,
                confirmedMs,
                decidedMs,
                firstDispatchMs,
                evacuationMs,
                ms);
    }

    private CommandRecord copy(
            String plan,
            ResponseLevel l,
            boolean gov,
            int c,
            boolean receptor,
            Long confirmed,
            Long decided,
            Long dispatched,
            Long evacuation,
            Long allClear) {
        return new CommandRecord(
                incidentId,
                enterprises,
                incidentKind,
                drill,
                detectedMs,
                plan,
                l,
                gov,
                c,
                receptor,
                confirmed,
                decided,
                dispatched,
                evacuation,
                allClear);
    }
}
