package org.parkwatch.backend.hazard;

import java.util.List;

/**
 * The identification and grading of one unit with every step shown (GB 18218-2018 clauses 4 and 5):
 * per chemical q, Q, q/Q, β, β·q/Q; S = Σ q/Q; α with the head count; R = α·Σ β·q/Q and the level.
 * R and level are null when the unit is not a major hazard installation (S &lt; 1).
 *
 * @param items one line per chemical, in input order
 * @param s S = Σ q/Q (dimensionless)
 * @param majorHazard S ≥ 1
 * @param alpha α of Table 5
 * @param exposedPeople people within 500 m of the unit boundary behind α
 * @param r R, or null when not a major hazard
 * @param level level 1 (most severe) … 4, or null when not a major hazard
 */
public record GradingResult(
        List<GradedItem> items,
        double s,
        boolean majorHazard,
        double alpha,
        int exposedPeople,
        Double r,
        Integer level) {

    public GradingResult {
        items = List.copyOf(items);
    }

    /** The arithmetic in Chinese, e.g. {@code S = 20/5 = 4 ≥ 1，构成重大危险源；R = 2 × (4×4) = 32 → 三级}. */
    public String arithmeticZh() {
        return GradingArithmetic.zh(this);
    }

    /** The arithmetic in English. */
    public String arithmeticEn() {
        return GradingArithmetic.en(this);
    }
}
