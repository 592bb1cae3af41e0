package org.parkwatch.backend.dualprevention;

/**
 * A risk point's grading: the method, its factors, the score and the colour it falls in.
 *
 * @param likelihood L of both methods
 * @param exposure E of LEC; null for LS
 * @param consequence C of LEC, or S (severity) of LS
 * @param score D = L × E × C, or R = L × S
 */
public record RiskAssessment(
        GradingMethod method,
        double likelihood,
        Double exposure,
        double consequence,
        double score,
        RiskGrade grade) {}
