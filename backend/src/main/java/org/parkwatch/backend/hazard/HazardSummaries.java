package org.parkwatch.backend.hazard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Builds the {@link UnitSummary} of each unit from the hazard service, most severe first. */
public final class HazardSummaries {

    /** Most severe first: level 1 … 4, then units that are not major hazards by falling S. */
    public static final Comparator<GradingResult> SEVERITY =
            Comparator.comparing(
                            (GradingResult g) -> g.level() == null ? Integer.MAX_VALUE : g.level())
                    .thenComparing(GradingResult::s, Comparator.reverseOrder());

    private final HazardService hazards;
    private final Map<String, String[]> enterpriseNames;

    /**
     * @param enterpriseNames zh and en name by enterprise id
     */
    public HazardSummaries(HazardService hazards, Map<String, String[]> enterpriseNames) {
        this.hazards = hazards;
        this.enterpriseNames = enterpriseNames;
    }

    /** Every unit's summary, most severe live grade first. */
    public List<UnitSummary> all(Predicate<String> tagLive) {
        return hazards.unitIds().stream()
                .sorted(
                        Comparator.comparing(hazards::liveGrade, SEVERITY)
                                .thenComparing(hazards::staticGrade, SEVERITY))
                .map(id -> of(id, tagLive))
                .toList();
    }

    /**
     * @throws java.util.NoSuchElementException when the park has no such unit
     */
    public UnitSummary of(String unitId, Predicate<String> tagLive) {
        UnitInfo u = hazards.unit(unitId).orElseThrow();
        String[] names =
                enterpriseNames.getOrDefault(
                        u.enterpriseId(), new String[] {u.enterpriseId(), u.enterpriseId()});
        return new UnitSummary(
                u,
                names[0],
                names[1],
                hazards.staticGrade(unitId),
                hazards.liveGrade(unitId),
                hazards.measuredLevels(unitId).size(),
                hazards.coverage().of(unitId, tagLive));
    }
}
