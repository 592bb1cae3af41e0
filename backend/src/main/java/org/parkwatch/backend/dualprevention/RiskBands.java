package org.parkwatch.backend.dualprevention;

import java.util.List;
import java.util.Set;

/**
 * The one place that holds the grading of risk points (issue 15): the factor values each method
 * accepts and the score bands of the four colours, each with its source and status. Status {@code
 * [U]}: the band limits are the ones commonly used in provincial dual-prevention guidance and
 * textbooks of the LEC (Graham–Kinney) and 5 × 5 matrix methods; no standard text was at hand to
 * verify them, so they are to be checked against the province's guideline before use.
 */
public final class RiskBands {
    /** One colour band: scores at or above {@code minScore} (and below the next band) get it. */
    public record Band(RiskGrade grade, double minScore, String source, String status) {}

    /** The bands of one method, most severe first; the last band's minimum is 0. */
    public record Table(GradingMethod method, List<Band> bands, String formula) {}

    private static final String LEC_SOURCE =
            "作业条件危险性评价法 LEC (Graham & Kinney 1976) as used in Chinese 双重预防 guidance:"
                    + " D ≥ 320 极其危险, 160–320 高度危险, 70–160 显著危险, < 70 一般/稍有危险";
    private static final String LS_SOURCE =
            "风险矩阵法 LS 5 × 5 as used in Chinese 双重预防 guidance: R 20–25 重大, 15–16 较大,"
                    + " 9–12 一般, ≤ 8 低";
    private static final String UNVERIFIED = "U";

    /** D = L × E × C; red ≥ 320, orange ≥ 160, yellow ≥ 70, blue below. [U] */
    public static final Table LEC =
            new Table(
                    GradingMethod.LEC,
                    List.of(
                            new Band(RiskGrade.RED, 320, LEC_SOURCE, UNVERIFIED),
                            new Band(RiskGrade.ORANGE, 160, LEC_SOURCE, UNVERIFIED),
                            new Band(RiskGrade.YELLOW, 70, LEC_SOURCE, UNVERIFIED),
                            new Band(RiskGrade.BLUE, 0, LEC_SOURCE, UNVERIFIED)),
                    "D = L × E × C");

    /** R = L × S; red ≥ 20, orange ≥ 15, yellow ≥ 9, blue below. [U] */
    public static final Table LS =
            new Table(
                    GradingMethod.LS,
                    List.of(
                            new Band(RiskGrade.RED, 20, LS_SOURCE, UNVERIFIED),
                            new Band(RiskGrade.ORANGE, 15, LS_SOURCE, UNVERIFIED),
                            new Band(RiskGrade.YELLOW, 9, LS_SOURCE, UNVERIFIED),
                            new Band(RiskGrade.BLUE, 0, LS_SOURCE, UNVERIFIED)),
                    "R = L × S");

    /** LEC likelihood L (事故发生的可能性), the Graham–Kinney scale. [U] */
    public static final Set<Double> LEC_L = Set.of(0.1, 0.2, 0.5, 1.0, 3.0, 6.0, 10.0);

    /** LEC exposure E (暴露于危险环境的频繁程度). [U] */
    public static final Set<Double> LEC_E = Set.of(0.5, 1.0, 2.0, 3.0, 6.0, 10.0);

    /** LEC consequence C (发生事故产生的后果). [U] */
    public static final Set<Double> LEC_C = Set.of(1.0, 3.0, 7.0, 15.0, 40.0, 100.0);

    /** LS likelihood and severity: whole numbers 1–5. */
    public static final int LS_MIN = 1;

    public static final int LS_MAX = 5;

    private RiskBands() {}

    public static Table of(GradingMethod m) {
        return m == GradingMethod.LEC ? LEC : LS;
    }

    /** The colour of {@code score} in {@code table}. */
    public static RiskGrade grade(Table table, double score) {
        for (Band b : table.bands()) if (score >= b.minScore()) return b.grade();
        return RiskGrade.BLUE;
    }
}
