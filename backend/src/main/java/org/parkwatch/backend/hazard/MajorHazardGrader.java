package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Identifies and grades one unit by GB 18218-2018: S = Σ q/Q, major hazard when S ≥ 1, then R = α·Σ
 * β·q/Q with α from Table 5 and the level from Table 6 ({@link GradeBands}). Pure and thread-safe.
 */
public final class MajorHazardGrader {

    /** S at or above which a unit is a major hazard installation (GB 18218-2018 clause 4.2.2). */
    public static final double MAJOR_HAZARD_MIN_S = 1.0;

    private final Gb18218Catalogue catalogue;

    public MajorHazardGrader(Gb18218Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Grades a unit.
     *
     * @param items the chemicals present with their quantities (chemicals that do not count are
     *     listed but ignored in the sums)
     * @param exposedPeople people living within 500 m of the unit boundary, ≥ 0
     * @throws IllegalArgumentException when the unit is a major hazard and a counted chemical has
     *     no known β
     */
    public GradingResult grade(List<HazardItem> items, int exposedPeople) {
        double alpha = catalogue.alphaBand(exposedPeople).alpha();
        double s = 0;
        for (HazardItem item : items) {
            if (item.chemical().counts()) {
                s += item.quantityT() / item.chemical().criticalQuantityT();
            }
        }
        boolean major = s >= MAJOR_HAZARD_MIN_S;
        List<GradedItem> lines = new ArrayList<>(items.size());
        double betaSum = 0;
        for (HazardItem item : items) {
            ResolvedChemical c = item.chemical();
            if (!c.counts()) {
                lines.add(new GradedItem(c, item.quantityT(), null, null, item.sourceId()));
                continue;
            }
            double ratio = item.quantityT() / c.criticalQuantityT();
            Double betaRatio = null;
            if (major) {
                if (c.beta() == null) {
                    throw new IllegalArgumentException(
                            "β unknown for "
                                    + c.label()
                                    + ": its GB 18218 Table 2 class is not known; give the class");
                }
                betaRatio = c.beta() * ratio;
                betaSum += betaRatio;
            } else if (c.beta() != null) {
                betaRatio = c.beta() * ratio;
            }
            lines.add(new GradedItem(c, item.quantityT(), ratio, betaRatio, item.sourceId()));
        }
        if (!major) {
            return new GradingResult(lines, s, false, alpha, exposedPeople, null, null);
        }
        double r = alpha * betaSum;
        return new GradingResult(lines, s, true, alpha, exposedPeople, r, GradeBands.level(r));
    }
}
