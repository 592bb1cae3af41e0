package org.parkwatch.backend.workpermit;

import java.util.List;

/** A permit refused by the rules (HTTP 422); nothing was stored. */
public final class RuleViolationException extends RuntimeException {
    private final transient List<RuleViolation> violations;

    public RuleViolationException(List<RuleViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    private static String summary(List<RuleViolation> vs) {
        StringBuilder b = new StringBuilder();
        for (RuleViolation v : vs) {
            if (b.length() > 0) b.append("; ");
            b.append("rule ")
                    .append(v.ruleId())
                    .append(" (GB 30871-2022 ")
                    .append(v.clause())
                    .append("), ")
                    .append(v.field())
                    .append(": ")
                    .append(v.message());
        }
        return b.toString();
    }
}
