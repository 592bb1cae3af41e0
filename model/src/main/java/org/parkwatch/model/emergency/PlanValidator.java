package org.parkwatch.model.emergency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a set of plans before any of them is stored: ids unique, each level once, actions naming a
 * group of their plan, parents that exist, on-site plans with an enterprise, known incident kinds.
 * Every problem names the plan and, where there is one, the action.
 */
public final class PlanValidator {
    /** The incident kinds of the alarm correlation (issue 5). */
    public static final Set<String> INCIDENT_KINDS = Set.of("LEAK", "SIS_TRIP", "DOMINO");

    private PlanValidator() {}

    /**
     * One problem.
     *
     * @param planId the plan, or null when the plan has no id
     * @param actionId the action, or null when the problem is not an action's
     */
    public record Problem(String planId, String actionId, String message) {
        @Override
        public String toString() {
            return "plan "
                    + (planId == null ? "(no id)" : planId)
                    + (actionId == null ? "" : ", action " + actionId)
                    + ": "
                    + message;
        }
    }

    /**
     * @param plans the plans to check together
     * @param otherPlanIds ids of plans already stored that parents may name
     * @param enterpriseIds the park's enterprises
     */
    public static List<Problem> check(
            List<EmergencyPlan> plans, Set<String> otherPlanIds, Set<String> enterpriseIds) {
        List<Problem> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (EmergencyPlan p : plans) {
            if (p.id() != null && !ids.add(p.id())) {
                out.add(new Problem(p.id(), null, "the id is used by two plans"));
            }
        }
        Set<String> known = new HashSet<>(otherPlanIds);
        known.addAll(ids);
        for (EmergencyPlan p : plans) checkOne(p, known, enterpriseIds, out);
        return out;
    }

    private static void checkOne(
            EmergencyPlan p, Set<String> known, Set<String> enterpriseIds, List<Problem> out) {
        String id = p.id();
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            out.add(new Problem(id, null, "id must be 1–64 letters, digits, - or _"));
        }
        if (blank(p.titleZh())) out.add(new Problem(id, null, "titleZh is missing"));
        if (p.parent() != null && (!known.contains(p.parent()) || p.parent().equals(id))) {
            out.add(new Problem(id, null, "parent '" + p.parent() + "' is not a known plan"));
        }
        if (p.kind() == EmergencyPlan.Kind.ONSITE
                && (p.enterpriseId() == null || !enterpriseIds.contains(p.enterpriseId()))) {
            out.add(
                    new Problem(
                            id,
                            null,
                            "an on-site plan needs the id of a park enterprise but has '"
                                    + p.enterpriseId()
                                    + "'"));
        }
        for (String k : p.incidentKinds()) {
            if (!INCIDENT_KINDS.contains(k)) {
                out.add(
                        new Problem(
                                id,
                                null,
                                "incident kind '" + k + "' is not one of " + INCIDENT_KINDS));
            }
        }
        Set<String> groups = new HashSet<>();
        for (EmergencyPlan.Group g : p.groups()) {
            if (blank(g.id()) || !groups.add(g.id())) {
                out.add(new Problem(id, null, "group id '" + g.id() + "' is blank or repeated"));
            }
            if (blank(g.nameZh()))
                out.add(new Problem(id, null, "group " + g.id() + " has no nameZh"));
        }
        if (p.levels().isEmpty()) out.add(new Problem(id, null, "no response level is defined"));
        Set<ResponseLevel> levels = new HashSet<>();
        Set<String> actions = new HashSet<>();
        for (EmergencyPlan.Level l : p.levels()) {
            if (!levels.add(l.level())) {
                out.add(new Problem(id, null, "level " + l.level() + " is defined twice"));
            }
            for (EmergencyPlan.Criterion c : l.criteria()) {
                if (!(c.atLeast() >= 0)) {
                    out.add(
                            new Problem(
                                    id,
                                    null,
                                    "level "
                                            + l.level()
                                            + ": criterion "
                                            + c.fact().id()
                                            + " needs atLeast ≥ 0"));
                }
            }
            for (EmergencyPlan.Action a : l.actions()) {
                if (blank(a.id()) || !actions.add(a.id())) {
                    out.add(new Problem(id, a.id(), "action id is blank or repeated"));
                }
                if (!groups.contains(a.group())) {
                    out.add(
                            new Problem(
                                    id,
                                    a.id(),
                                    "group '"
                                            + a.group()
                                            + "' is not in the plan's command structure "
                                            + groups));
                }
                if (blank(a.textZh())) out.add(new Problem(id, a.id(), "textZh is missing"));
                if (a.withinMin() != null && a.withinMin() < 0) {
                    out.add(new Problem(id, a.id(), "withinMin must be ≥ 0"));
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
