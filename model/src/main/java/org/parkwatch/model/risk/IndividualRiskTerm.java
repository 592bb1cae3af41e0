package org.parkwatch.model.risk;

/**
 * One term of the individual-risk sum at a place (docs/domain/risk.md "Individual risk"): f_s ·
 * P_weather · P_direction · P_outcome · P_death.
 *
 * @param scenarioFrequencyPerYear f_s (/yr)
 * @param weatherProbability share of the weather class
 * @param directionProbability wind-rose share of the sector carrying the effect to the place
 * @param outcomeProbability event-tree branch probability
 * @param deathProbability probability of death at the place
 */
public record IndividualRiskTerm(
        double scenarioFrequencyPerYear,
        double weatherProbability,
        double directionProbability,
        double outcomeProbability,
        double deathProbability) {

    /** The term's contribution (/yr). */
    public double riskPerYear() {
        return scenarioFrequencyPerYear
                * weatherProbability
                * directionProbability
                * outcomeProbability
                * deathProbability;
    }

    /** Σ of the terms (/yr). */
    public static double sum(Iterable<IndividualRiskTerm> terms) {
        double s = 0;
        for (IndividualRiskTerm t : terms) {
            s += t.riskPerYear();
        }
        return s;
    }
}
