package org.parkwatch.backend.risk.zones;

import java.util.List;
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
 */
public record OutcomeZones(
        ReleaseOutcome outcome,
        String model,
        double criterion,
        List<ThreatZone> zones,
        List<Warning> warnings,
        List<String[]> assumptions) {}
