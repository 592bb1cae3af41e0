package org.parkwatch.model.emergency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proposes a plan and a response level from an incident's live facts, and says why. The plan is the
 * most specific one that answers the incident's kind: the on-site plan of the incident's
 * enterprise, else a special plan, else the general plan. The level is the most severe one any of
 * whose criteria is met; a level without criteria (the plan's lowest) applies to every incident the
 * plan answers. Every criterion of every level is reported with the live number, so the commander
 * sees what was and was not met.
 */
public final class LevelProposer {
    private LevelProposer() {}

    /**
     * One criterion, checked.
     *
     * @param actual the live value, null when unknown
     */
    public record Check(
            ResponseLevel level, Fact fact, double atLeast, Double actual, boolean met) {}

    /**
     * The proposal.
     *
     * @param level null when the plan defines no level that applies (no criterion met and no
     *     unconditional level)
     */
    public record Proposal(String planId, ResponseLevel level, List<Check> checks, String basis) {}

    /** The plan to propose for the incident, if any plan answers its kind. */
    public static Optional<EmergencyPlan> choosePlan(
            List<EmergencyPlan> plans, IncidentFacts facts) {
        return plans.stream()
                .filter(p -> p.incidentKinds().contains(facts.incidentKind()))
                .filter(
                        p ->
                                p.kind() != EmergencyPlan.Kind.ONSITE
                                        || p.enterpriseId().equals(facts.enterpriseId()))
                .min(Comparator.comparingInt(p -> -p.kind().ordinal()));
    }

    /** The level of {@code plan} the facts call for, with every criterion checked. */
    public static Proposal propose(EmergencyPlan plan, IncidentFacts facts) {
        List<Check> checks = new ArrayList<>();
        ResponseLevel chosen = null;
        for (EmergencyPlan.Level l : plan.levels()) {
            boolean any = l.criteria().isEmpty();
            for (EmergencyPlan.Criterion c : l.criteria()) {
                Double actual = facts.value(c.fact()).orElse(null);
                boolean met = actual != null && actual >= c.atLeast();
                checks.add(new Check(l.level(), c.fact(), c.atLeast(), actual, met));
                any |= met;
            }
            if (any && (chosen == null || l.level().moreSevereThan(chosen))) chosen = l.level();
        }
        return new Proposal(plan.id(), chosen, checks, facts.basis());
    }
}
