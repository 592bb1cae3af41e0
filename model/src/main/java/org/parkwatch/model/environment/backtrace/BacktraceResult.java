package org.parkwatch.model.environment.backtrace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.consequence.Warning;
import org.parkwatch.model.environment.Pollutant;

/**
 * A ranking of candidate sources for one pollutant over one window.
 *
 * @param pollutant the traced pollutant
 * @param ranking candidates holding it, best first
 * @param samplesUsed station readings that entered the fit
 * @param stepsSkipped time steps left out (calm wind)
 * @param warnings conditions that limit the result (calm steps, no signal, no candidate)
 */
public record BacktraceResult(
        Pollutant pollutant,
        List<SourceRank> ranking,
        int samplesUsed,
        int stepsSkipped,
        List<Warning> warnings) {

    public BacktraceResult {
        ranking = List.copyOf(ranking);
        warnings = List.copyOf(warnings);
    }

    /** Confidence summed per enterprise, in the order of each enterprise's best candidate. */
    public Map<String, Double> confidenceByEnterprise() {
        Map<String, Double> sums = new LinkedHashMap<>();
        for (SourceRank r : ranking) {
            sums.merge(r.source().enterpriseId(), r.confidence(), Double::sum);
        }
        return sums;
    }
}
