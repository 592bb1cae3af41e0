package org.parkwatch.backend.app;

import java.util.ConcurrentModificationException;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.backend.hazard.HazardService;
import org.parkwatch.backend.safetyduty.SafetyDutyPorts;

/**
 * The hazard service as the safety-duty capability sees it: units and the major hazard
 * installations of the live GB 18218 grading. The service lives on the ingest context; a read that
 * meets a regrading under way is taken again.
 */
final class SafetyDutyHazards implements SafetyDutyPorts.MajorHazards {
    private final HazardService hazards;

    SafetyDutyHazards(HazardService hazards) {
        this.hazards = hazards;
    }

    @Override
    public Set<String> majorHazardIds() {
        for (int attempt = 0; ; attempt++) {
            try {
                return hazards.majorHazardIds();
            } catch (ConcurrentModificationException e) {
                if (attempt >= 10) throw e;
            }
        }
    }

    @Override
    public Optional<SafetyDutyPorts.HazardUnitRef> unit(String unitId) {
        return hazards.unit(unitId)
                .map(
                        u ->
                                new SafetyDutyPorts.HazardUnitRef(
                                        u.id(), u.enterpriseId(), u.nameZh(), u.nameEn()));
    }
}
