package org.parkwatch.model.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Relocation screening (docs/domain/risk.md "Henan plan uses", task 6): for every protection
 * target, the individual risk from all enterprises against its GB 36894 limit; for each violation,
 * every enterprise's contribution and whether the target would comply without it; and the
 * enterprises ranked by the excess they cause.
 */
public final class RelocationScreening {

    /**
     * One enterprise's share at a violated target.
     *
     * @param enterpriseId the enterprise
     * @param riskPerYear its contribution (/yr)
     * @param share contribution / total
     * @param compliesWithout true when the target meets its limit without this enterprise
     */
    public record Contribution(
            String enterpriseId, double riskPerYear, double share, boolean compliesWithout) {}

    /**
     * A target whose individual risk exceeds its limit.
     *
     * @param target the target
     * @param riskPerYear total IR (/yr)
     * @param limitPerYear the limit (/yr)
     * @param excessPerYear IR − limit (/yr)
     * @param contributions per enterprise, largest first
     */
    public record Violation(
            ProtectionTarget target,
            double riskPerYear,
            double limitPerYear,
            double excessPerYear,
            List<Contribution> contributions) {}

    /**
     * An enterprise to consider for relocation.
     *
     * @param enterpriseId the enterprise
     * @param violatedTargets targets it contributes to that break their limit
     * @param attributedExcess Σ over those targets of share × excess (/yr)
     * @param soleCauseTargets targets that would comply without it
     */
    public record Candidate(
            String enterpriseId,
            List<String> violatedTargets,
            double attributedExcess,
            List<String> soleCauseTargets) {}

    /**
     * The screening's outcome.
     *
     * @param violations targets over their limit
     * @param candidates enterprises ranked by attributed excess, largest first
     */
    public record Result(List<Violation> violations, List<Candidate> candidates) {}

    private RelocationScreening() {}

    /**
     * @param byEnterprise each enterprise's outcomes
     * @param weathers weather classes and wind roses
     * @param targets protection targets
     * @param newFacilities true to apply the limits for new facilities, false for facilities in
     *     service
     */
    public static Result screen(
            Map<String, List<RiskOutcome>> byEnterprise,
            List<WeatherCase> weathers,
            List<ProtectionTarget> targets,
            boolean newFacilities) {
        return screen(byEnterprise, weathers, targets, t -> newFacilities);
    }

    /**
     * Like {@link #screen(Map, List, List, boolean)} with the limits chosen per target.
     *
     * @param newFacility true for a target checked against the limits for new facilities, false for
     *     those in service
     */
    public static Result screen(
            Map<String, List<RiskOutcome>> byEnterprise,
            List<WeatherCase> weathers,
            List<ProtectionTarget> targets,
            Predicate<ProtectionTarget> newFacility) {
        List<Violation> violations = new ArrayList<>();
        Map<String, List<String>> violated = new LinkedHashMap<>();
        Map<String, List<String>> sole = new LinkedHashMap<>();
        Map<String, Double> excess = new LinkedHashMap<>();
        for (ProtectionTarget t : targets) {
            Map<String, Double> parts = new LinkedHashMap<>();
            double total = 0;
            for (Map.Entry<String, List<RiskOutcome>> e : byEnterprise.entrySet()) {
                double ir = PointRisk.at(e.getValue(), weathers, t.eastM(), t.northM());
                parts.put(e.getKey(), ir);
                total += ir;
            }
            double limit = RiskCriteria.individualRiskLimit(t.protection(), newFacility.test(t));
            if (total <= limit) {
                continue;
            }
            List<Contribution> contributions = new ArrayList<>();
            for (Map.Entry<String, Double> p : parts.entrySet()) {
                if (p.getValue() <= 0) {
                    continue;
                }
                boolean without = total - p.getValue() <= limit;
                contributions.add(
                        new Contribution(p.getKey(), p.getValue(), p.getValue() / total, without));
                violated.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(t.id());
                excess.merge(p.getKey(), p.getValue() / total * (total - limit), Double::sum);
                if (without) {
                    sole.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(t.id());
                }
            }
            contributions.sort(Comparator.comparingDouble(Contribution::riskPerYear).reversed());
            violations.add(
                    new Violation(t, total, limit, total - limit, List.copyOf(contributions)));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Double> e : excess.entrySet()) {
            candidates.add(
                    new Candidate(
                            e.getKey(),
                            List.copyOf(violated.get(e.getKey())),
                            e.getValue(),
                            List.copyOf(sole.getOrDefault(e.getKey(), List.of()))));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::attributedExcess).reversed());
        return new Result(List.copyOf(violations), List.copyOf(candidates));
    }
}
