package org.parkwatch.backend.workpermit;

/**
 * A permit breaks a rule.
 *
 * @param ruleId the rule's id
 * @param clause its clause of GB 30871-2022
 * @param field the permit field at fault (e.g. {@code level}, {@code gasAnalyses[0].atMs})
 * @param message what is wrong, in English with the rule's zh text
 */
public record RuleViolation(String ruleId, String clause, String field, String message) {}
