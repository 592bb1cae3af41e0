package org.parkwatch.backend.risk.zones;

import java.util.Map;

/** {@link ThreatZoneRepositoryContract} on the embedded H2GIS file database. */
class ThreatZoneRepositoryH2Test extends ThreatZoneRepositoryContract {
    @Override
    protected Map<String, String> database() {
        return Map.of("db.enabled", "true");
    }
}
