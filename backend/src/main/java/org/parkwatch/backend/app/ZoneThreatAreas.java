package org.parkwatch.backend.app;

import java.util.Optional;
import org.parkwatch.backend.logistics.ThreatAreas;
import org.parkwatch.backend.risk.zones.IncidentThreat;
import org.parkwatch.backend.risk.zones.ThreatZoneCapability;

/**
 * Logistics' {@link ThreatAreas} from the threat-zone capability: an incident's current zones as
 * the people-in-zones count reads them (issue 16).
 */
final class ZoneThreatAreas implements ThreatAreas {
    private final ThreatZoneCapability zones;

    ZoneThreatAreas(ThreatZoneCapability zones) {
        this.zones = zones;
    }

    @Override
    public Optional<Zones> latest(String incidentId) {
        return zones.threats().current(incidentId).map(ZoneThreatAreas::zonesOf);
    }

    private static Zones zonesOf(IncidentThreat t) {
        return new Zones(
                t.enterpriseIds(),
                t.areas().stream()
                        .map(
                                a ->
                                        new Area(
                                                a.outcome(),
                                                a.thresholdId(),
                                                a.textZh(),
                                                a.textEn(),
                                                a.area()))
                        .toList());
    }
}
