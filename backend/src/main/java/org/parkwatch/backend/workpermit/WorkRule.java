package org.parkwatch.backend.workpermit;

import java.util.Map;
import java.util.Set;

/**
 * One rule of GB 30871-2022 as data ({@code workpermit/gb30871-rules.json}).
 *
 * @param id e.g. {@code HOT-GAS-AGE}
 * @param clause the clause of the standard, with {@code [U]} while unverified
 * @param verified false while nobody checked clause and values against the standard
 * @param kinds the kinds it applies to; empty = all
 * @param params its numbers, by name
 */
public record WorkRule(
        String id,
        String clause,
        boolean verified,
        Set<WorkKind> kinds,
        String textZh,
        String textEn,
        Map<String, Object> params) {

    public boolean appliesTo(WorkKind k) {
        return kinds.isEmpty() || kinds.contains(k);
    }

    /**
     * @throws IllegalStateException naming the rule and the parameter when it is missing
     */
    public double number(String name) {
        Object v = params.get(name);
        if (!(v instanceof Number n))
            throw new IllegalStateException("rule " + id + ": parameter " + name + " is missing");
        return n.doubleValue();
    }
}
