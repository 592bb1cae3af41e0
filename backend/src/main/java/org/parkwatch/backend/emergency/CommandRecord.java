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
        Draft d = new Draft(this);
        d.enterprises = ids;
        return d.record();
    }

    CommandRecord withConfirmed(long ms) {
        Draft d = new Draft(this);
        d.confirmedMs = ms;
        return d.record();
    }

    CommandRecord withDecision(String plan, ResponseLevel l, long ms) {
        Draft d = new Draft(this);
        d.planId = plan;
        d.level = l;
        d.decidedMs = ms;
        return d.record();
    }

    CommandRecord withLevel(ResponseLevel l) {
        Draft d = new Draft(this);
        d.level = l;
        return d.record();
    }

    CommandRecord withGovernment() {
        Draft d = new Draft(this);
        d.government = true;
        return d.record();
    }

    CommandRecord withFacts(int c, boolean receptor) {
        Draft d = new Draft(this);
        d.casualties = c;
        d.receptorReached = receptor;
        return d.record();
    }

    CommandRecord withFirstDispatch(long ms) {
        Draft d = new Draft(this);
        d.firstDispatchMs = ms;
        return d.record();
    }

    CommandRecord withEvacuation(long ms) {
        Draft d = new Draft(this);
        d.evacuationMs = ms;
        return d.record();
    }

    CommandRecord withAllClear(long ms) {
        Draft d = new Draft(this);
        d.allClearMs = ms;
        return d.record();
    }

    /** A record being changed: the with-methods above set what changes, the rest is copied. */
    private static final class Draft {
        private final CommandRecord from;
        private List<String> enterprises;
        private String planId;
        private ResponseLevel level;
        private boolean government;
        private int casualties;
        private boolean receptorReached;
        private Long confirmedMs;
        private Long decidedMs;
        private Long firstDispatchMs;
        private Long evacuationMs;
        private Long allClearMs;

        private Draft(CommandRecord r) {
            from = r;
            enterprises = r.enterprises;
            planId = r.planId;
            level = r.level;
            government = r.government;
            casualties = r.casualties;
            receptorReached = r.receptorReached;
            confirmedMs = r.confirmedMs;
            decidedMs = r.decidedMs;
            firstDispatchMs = r.firstDispatchMs;
            evacuationMs = r.evacuationMs;
            allClearMs = r.allClearMs;
        }

        private CommandRecord record() {
            return new CommandRecord(
                    from.incidentId,
                    enterprises,
                    from.incidentKind,
                    from.drill,
                    from.detectedMs,
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
    }
}
