package org.parkwatch.backend.dualprevention;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * Checks what a caller files before anything is written: the enterprise (a park enterprise, the
 * caller's own for an enterprise user), texts and their lengths, the grading factors, the
 * inspection frequencies, and what a hidden danger's state needs (level from assessed on, deadline
 * and person from assigned on). Each refusal names the field (and the row of a sync) and the rule.
 */
final class DualPreventionChecks {
    static final int MAX_TEXT = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_NOTE = 500;
    static final int MAX_MEASURES = 30;

    private final TenantScope tenancy;

    DualPreventionChecks(TenantScope tenancy) {
        this.tenancy = tenancy;
    }

    RiskPoint checkRiskPoint(Principal p, Inputs.RiskPointIn in, long nowMs, String where) {
        String enterprise = checkEnterprise(p, in.enterpriseId(), where);
        String name = text(where + "name", in.name(), MAX_TEXT, true);
        String external = text(where + "externalId", in.externalId(), 100, false);
        RiskAssessment a;
        try {
            a =
                    RiskGrading.grade(
                            GradingMethod.parse(in.method()),
                            in.likelihood(),
                            in.exposure(),
                            in.consequence());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
        List<String> measures = new ArrayList<>();
        if (in.measures().size() > MAX_MEASURES) {
            throw new IllegalArgumentException(where + "measures: at most " + MAX_MEASURES);
        }
        for (int i = 0; i < in.measures().size(); i++) {
            measures.add(text(where + "measures[" + i + "]", in.measures().get(i), MAX_NOTE, true));
        }
        for (int i = 0; i < in.tasks().size(); i++) {
            Inputs.Task t = in.tasks().get(i);
            text(where + "tasks[" + i + "].content", t.content(), MAX_NOTE, true);
            try {
                InspectionFrequency.parse(t.frequency());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "tasks[" + i + "]." + e.getMessage(), e);
            }
        }
        if (in.geometryJson() == null) {
            throw new IllegalArgumentException(where + "geometry: missing");
        }
        return new RiskPoint(
                newId(),
                enterprise,
                external,
                name,
                text(where + "unitId", in.unitId(), 64, false),
                in.geometryJson(),
                a,
                List.copyOf(measures),
                List.of(),
                nowMs,
                nowMs);
    }

    HiddenDanger checkDanger(
            Principal p, Inputs.DangerIn in, long nowMs, String where, DangerState state) {
        String enterprise = checkEnterprise(p, in.enterpriseId(), where);
        String title = text(where + "title", in.title(), MAX_TEXT, true);
        String description = text(where + "description", in.description(), MAX_DESCRIPTION, false);
        if (in.geometryJson() == null)
            throw new IllegalArgumentException(where + "geometry: missing");
        DangerLevel level = in.level() == null ? null : parseLevel(where, in.level());
        Long deadline = in.deadlineMs();
        String person = text(where + "responsible", in.responsible(), 100, false);
        if (state.ordinal() >= DangerState.ASSESSED.ordinal() && level == null) {
            throw new IllegalArgumentException(
                    where
                            + "level: required from assessed on; "
                            + DangerLifecycle.ASSESS_FIRST.message());
        }
        if (state.ordinal() >= DangerState.ASSIGNED.ordinal()
                && (deadline == null || person == null)) {
            throw new IllegalArgumentException(
                    where
                            + "deadlineMs and responsible: required from assigned on; "
                            + DangerLifecycle.ASSIGN_FIRST.message());
        }
        if (deadline != null && deadline <= 0) {
            throw new IllegalArgumentException(where + "deadlineMs: " + deadline + " is no time");
        }
        return new HiddenDanger(
                newId(),
                enterprise,
                text(where + "externalId", in.externalId(), 100, false),
                text(where + "riskPointId", in.riskPointId(), 40, false),
                title,
                description == null ? "" : description,
                in.geometryJson(),
                state,
                level,
                deadline,
                person,
                nowMs,
                p.username(),
                nowMs);
    }

    static DangerState parse(String where, String state) {
        try {
            return DangerState.parse(state);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static DangerLevel parseLevel(String where, String level) {
        try {
            return DangerLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    static long checkDeadline(Long deadlineMs, long nowMs, String field) {
        if (deadlineMs == null) throw new IllegalArgumentException(field + ": required to assign");
        if (deadlineMs <= nowMs) {
            throw new IllegalArgumentException(
                    field + ": the rectification deadline must be in the future");
        }
        return deadlineMs;
    }

    String checkEnterprise(Principal p, String enterpriseId, String where) {
        String e =
                enterpriseId == null && p.enterpriseId() != null ? p.enterpriseId() : enterpriseId;
        if (e == null || TenantScope.PARK_ID.equals(e) || !tenancy.isEnterprise(e)) {
            throw new IllegalArgumentException(
                    where + "enterpriseId: '" + e + "' is not an enterprise of the park");
        }
        if (p.scoped() && !p.sees(e)) {
            throw new SecurityException(
                    "an enterprise files its own risk points and hidden dangers only");
        }
        return e;
    }

    static Inputs.RiskPointIn withEnterprise(Inputs.RiskPointIn in, String e) {
        return new Inputs.RiskPointIn(
                e,
                in.externalId(),
                in.name(),
                in.unitId(),
                in.geometryJson(),
                in.method(),
                in.likelihood(),
                in.exposure(),
                in.consequence(),
                in.measures(),
                in.tasks());
    }

    static Inputs.DangerIn withEnterprise(Inputs.DangerIn in, String e) {
        return new Inputs.DangerIn(
                e,
                in.externalId(),
                in.riskPointId(),
                in.title(),
                in.description(),
                in.geometryJson(),
                in.state(),
                in.level(),
                in.deadlineMs(),
                in.responsible());
    }

    /** Trimmed text, null when blank and optional. */
    static String text(String field, String value, int max, boolean required) {
        String v = value == null ? null : value.trim();
        if (v == null || v.isEmpty()) {
            if (required) throw new IllegalArgumentException(field + ": required");
            return null;
        }
        if (v.length() > max) {
            throw new IllegalArgumentException(field + ": longer than " + max + " characters");
        }
        return v;
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
