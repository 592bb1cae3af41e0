package org.parkwatch.backend.risk.zones;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The port through which other capabilities follow the threat zones of incidents: the latest zones
 * of an incident, and every new run (opened, wind change, operator re-run) as it happens. The
 * threat-zone capability provides it ({@link ThreatZoneCapability#threats}).
 */
public interface IncidentThreats {
    /** The incident's latest zones; empty when it has none (no chemical, no place, unknown). */
    Optional<IncidentThreat> current(String incidentId);

    /**
     * The incident's zones as they stood at {@code atMs}: its run computed last at or before then
     * (of the last {@link IncidentZones#HISTORY_MAX} runs); empty before the first (replay).
     */
    Optional<IncidentThreat> at(String incidentId, long atMs);

    /** Adds a listener called on the ingest context after each new run of any incident. */
    void addThreatListener(Consumer<IncidentThreat> listener);
}
