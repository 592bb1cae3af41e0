package org.parkwatch.model.risk;

import java.util.List;

/**
 * Risk criteria and contour levels. Source: docs/domain/risk.md "Criteria — GB 36894-2018".
 * Individual-risk limits [P: numbers confirmed in the 2014 trial version, mapping onto the 2018
 * class names to be checked against Table 1]; societal-risk lines [U: defaults, slope −1 through
 * 1e-3 and 1e-5 at N = 1].
 */
public final class RiskCriteria {

    private RiskCriteria() {}

    /** IR contour levels (/yr) drawn on the map. */
    public static final List<Double> CONTOUR_LEVELS_PER_YEAR = List.of(3e-7, 3e-6, 1e-5, 3e-5);

    /** Default societal-risk lines [U]. */
    public static final SocietalRiskLines DEFAULT_SOCIETAL_LINES =
            new SocietalRiskLines(1e-3, 1e-5, -1.0);

    /**
     * Individual-risk limit (/yr) for a protection class, for a new facility or one in service [P].
     */
    public static double individualRiskLimit(ProtectionClass target, boolean newFacility) {
        return switch (target) {
            case HIGHLY_SENSITIVE, IMPORTANT, GENERAL_1 -> newFacility ? 3e-7 : 3e-6;
            case GENERAL_2 -> newFacility ? 3e-6 : 1e-5;
            case GENERAL_3 -> newFacility ? 1e-5 : 3e-5;
        };
    }
}
