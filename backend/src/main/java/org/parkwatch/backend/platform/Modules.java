package org.parkwatch.backend.platform;

import org.parkwatch.backend.alarm.service.AlarmModule;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.hazard.HazardModule;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.risk.qra.RiskModule;
import org.parkwatch.backend.risk.zones.ThreatZoneModule;
import org.parkwatch.backend.publicdisplay.PublicDisplayModule;
import org.parkwatch.backend.publicdisplay.PublicDisplayService;

/**
 * Installs every capability module the way the running platform has them, so {@link Main} and the tests that walk
 * the whole route table (the authorisation matrix) see the same routes. A new module is added here.
 */
public final class Modules {
    /** The installed services, for callers that need them. */
    public record Installed(HazardService hazards, AlarmService alarms, PublicDisplayService publicDisplay) {
    }

    private Modules() {
    }

    /** Call before {@link ParkWatchBackend#start()}. */
    public static Installed installAll(ParkWatchBackend backend) {
        HazardService hazards = HazardModule.install(backend, HazardService.DEFAULT_REGRADE_MS);
        // duty contacts of the registry (一企一档) first, park.json's for enterprises without any
        AlarmService alarms = AlarmModule.install(backend, hazards.registry()::contactList);
        // threat zones of incidents follow the alarm service's incidents (issue 6)
        ThreatZoneModule.install(backend, alarms);
        RiskModule.install(backend, hazards);
        // the open-day display (/public) reads alarm counts and air quality through its own narrow snapshot
        PublicDisplayService publicDisplay = PublicDisplayModule.install(backend, alarms);
        return new Installed(hazards, alarms, publicDisplay);
    }
}
