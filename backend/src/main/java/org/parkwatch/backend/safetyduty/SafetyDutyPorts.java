package org.parkwatch.backend.safetyduty;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the safety-duty capability needs from the others, handed in by the composition root. */
public final class SafetyDutyPorts {
    private SafetyDutyPorts() {}

    /** A hazard unit's owner and names. */
    public record HazardUnitRef(String unitId, String enterpriseId, String nameZh, String nameEn) {}

    /** The hazard capability's units and live GB 18218 grading. */
    public interface MajorHazards {
        /** Unit ids that are major hazard installations now (static or live grading). */
        Set<String> majorHazardIds();

        /** A park unit by id (tank farm, process unit, warehouse), empty when unknown. */
        Optional<HazardUnitRef> unit(String unitId);
    }

    /** The alarm service's externally decided conditions (the missing-commitment alarm). */
    @FunctionalInterface
    public interface ConditionOffer {
        void offer(String alarmId, boolean active, double value, String note);
    }

    /** The alarm service's suppression by design of a filing (a unit shut down). */
    @FunctionalInterface
    public interface FiledSuppression {
        /**
         * @param key the filing
         * @param tagPrefixes the unit's tag prefixes; empty ends the suppression
         * @param reason what the alarm journal records
         */
        void offer(String key, List<String> tagPrefixes, String reason);
    }
}
