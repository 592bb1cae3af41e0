package org.parkwatch.model.risk;

/**
 * The two F–N criterion lines F(N) = F1·N^slope that split the chart into unacceptable (above the
 * upper line), ALARP (between) and acceptable (below the lower line). Configuration data, because
 * the boundary lines of GB 36894-2018 Figure 1 are not yet verified (docs/domain/risk.md §Criteria
 * [U]).
 *
 * @param upperFAtN1 upper line's F at N = 1 (/yr)
 * @param lowerFAtN1 lower line's F at N = 1 (/yr)
 * @param slope log–log slope of both lines (negative)
 */
public record SocietalRiskLines(double upperFAtN1, double lowerFAtN1, double slope) {

    public SocietalRiskLines {
        if (!(upperFAtN1 > lowerFAtN1 && lowerFAtN1 > 0 && slope < 0)) {
            throw new IllegalArgumentException(
                    "societal risk lines need upper > lower > 0 and slope < 0 but were "
                            + upperFAtN1
                            + ", "
                            + lowerFAtN1
                            + ", "
                            + slope);
        }
    }

    public double upperF(double n) {
        return upperFAtN1 * Math.pow(n, slope);
    }

    public double lowerF(double n) {
        return lowerFAtN1 * Math.pow(n, slope);
    }
}
