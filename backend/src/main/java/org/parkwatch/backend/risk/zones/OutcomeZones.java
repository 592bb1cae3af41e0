package org.parkwatch.backend.risk.zones;

import java.util.List;
import org.parkwatch.model.consequence.DensePassivePlume;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.Warning;

/**
 * The zones of one outcome on the park's metric plane (EPSG:4547 metres).
 *
 * @param outcome what was modelled
 * @param model the model used, e.g. {@code britter-mcquaid}, {@code gaussian-plume}, {@code
 *     pool-fire}
 * @param criterion the dense-gas criterion for toxic outcomes (dense when ≥ 0.15), else NaN
 * @param zones one per threshold, most severe first (they nest: each lies inside the next)
 * @param warnings validity warnings of this outcome
 * @param assumptions what was assumed, in words (zh | en pairs), e.g. the pool radius
 * @param spans which model drew which part of a toxic footprint (a dense cloud hands over to a
 *     passive one), downwind from the source; one span for a single model
 */
public record OutcomeZones(
        ReleaseOutcome outcome,
        String model,
        double criterion,
        List<ThreatZone> zones,
        List<Warning> warnings,
        List<String[]> assumptions,
        List<DensePassivePlume.Span> spans) {

    public OutcomeZones {
        zones = List.copyOf(zones);
        warnings = List.copyOf(warnings);
        assumptions = List.copyOf(assumptions);
        spans = List.copyOf(spans);
    }

    /** Zones drawn by one model throughout. */
    public static List<DensePassivePlume.Span> single(String model) {
        return List.of(new DensePassivePlume.Span(model, 0, Double.POSITIVE_INFINITY));
    }
}
