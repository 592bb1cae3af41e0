package org.parkwatch.model.environment.backtrace;

import java.util.Set;
import org.parkwatch.model.environment.Pollutant;

/**
 * A place that could have released the pollutant: a tank, unit, outfall or enterprise centroid.
 *
 * @param id candidate id (e.g. a tank feature id)
 * @param enterpriseId the enterprise it belongs to (confidences are also summed per enterprise)
 * @param xM metres east of the park origin
 * @param yM metres north of the park origin
 * @param releaseHeightM effective release height (m, ≥ 0)
 * @param holds pollutants held there; only candidates holding the traced pollutant are ranked
 */
public record CandidateSource(
        String id,
        String enterpriseId,
        double xM,
        double yM,
        double releaseHeightM,
        Set<Pollutant> holds) {
    public CandidateSource {
        if (!(releaseHeightM >= 0)) {
            throw new IllegalArgumentException(
                    "candidate " + id + ": releaseHeightM must be >= 0 but was " + releaseHeightM);
        }
        holds = Set.copyOf(holds);
    }
}
