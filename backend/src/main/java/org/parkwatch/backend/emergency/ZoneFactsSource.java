package org.parkwatch.backend.emergency;

import java.util.Optional;

/**
 * The port through which emergency command reads what an incident's latest threat zones hold. The
 * composition root adapts the threat-zone capability's latest run ({@link ZoneFactsJson}).
 */
@FunctionalInterface
public interface ZoneFactsSource {
    /** The facts of the incident's latest threat-zone run; empty when none was computed yet. */
    Optional<ZoneFacts> latest(String incidentId);

    /**
     * What the zones hold.
     *
     * @param runId the threat-zone run these come from
     * @param peopleInErpg2 people in sensitive targets inside a toxic ERPG-2 zone (0 when no toxic
     *     outcome)
     * @param peopleInSevereZone people inside the most severe zone of any outcome
     * @param crossesFence a zone reaches beyond the park boundary
     * @param sensitiveTargets highly sensitive targets inside any zone
     * @param poolFireAreaM2 area of the most severe pool-fire zone, m²; NaN when no pool fire
     */
    record ZoneFacts(
            String runId,
            long computedMs,
            int peopleInErpg2,
            int peopleInSevereZone,
            boolean crossesFence,
            int sensitiveTargets,
            double poolFireAreaM2) {}
}
