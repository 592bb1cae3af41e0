package org.parkwatch.model.emergency;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The live facts of one incident that plans test, each with where it came from. A fact that is not
 * known (no threat zones computed yet) is absent, and a criterion on it is reported as unknown, not
 * as "not met".
 *
 * @param incidentKind {@code LEAK}, {@code SIS_TRIP} or {@code DOMINO}
 * @param enterpriseId the first enterprise involved, or null
 * @param values the known facts
 * @param basis where the zone facts came from, e.g. the threat-zone run id; null when none
 */
public record IncidentFacts(
        String incidentKind, String enterpriseId, Map<Fact, Double> values, String basis) {

    public IncidentFacts {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
    }

    public Optional<Double> value(Fact f) {
        return Optional.ofNullable(values.get(f));
    }
}
