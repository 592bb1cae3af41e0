package org.parkwatch.model.routing;

import java.util.List;

/**
 * Approach routes of responders, and for each responder without one the reason (en): off the
 * network, inside a no-entry zone, or no staging point reachable outside the no-entry zones.
 */
public record ApproachPlan(List<ApproachRoute> routes, List<NoApproach> findings) {
    public ApproachPlan {
        routes = List.copyOf(routes);
        findings = List.copyOf(findings);
    }

    /**
     * A responder that gets no approach route, with why.
     *
     * @param reason {@code in-no-entry-zone}, {@code off-network} or {@code no-staging-point}
     * @param detailEn the reason in words
     */
    public record NoApproach(String responderId, String reason, String detailEn) {}
}
