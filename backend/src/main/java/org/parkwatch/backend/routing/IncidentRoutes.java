package org.parkwatch.backend.routing;

import java.util.List;
import org.parkwatch.model.routing.ApproachPlan;
import org.parkwatch.model.routing.DangerZone;
import org.parkwatch.model.routing.EvacuationPlan;
import org.parkwatch.model.routing.TravelMode;

/**
 * The routes of one incident for one threat-zone run: evacuation of the people in the zones, the
 * approach of the park's responders and of the teams dispatched to it, with the places they name.
 *
 * @param zoneRunId the threat-zone run the routes were computed for
 * @param networkVersion the road graph's version (it changes when the roads layer is re-imported)
 * @param windFromDeg the wind of the run, degrees; null when unknown (approach from any side)
 * @param zones the zones as routing used them
 * @param approach the approach of the park's responders (the emergency-resources layer's bases)
 * @param layers the targets, shelters and responders the ids in the plans refer to
 * @param dispatchedTeams the teams dispatched to the incident when the routes were computed
 * @param dispatched the approach of each dispatched team, with a finding for each without one
 * @param computeMs how long the computation took, ms
 */
public record IncidentRoutes(
        String incidentId,
        String zoneRunId,
        List<String> enterpriseIds,
        long computedMs,
        int networkVersion,
        double sourceLon,
        double sourceLat,
        Double windFromDeg,
        TravelMode evacuationMode,
        List<DangerZone> zones,
        EvacuationPlan evacuation,
        ApproachPlan approach,
        RoutingLayers layers,
        List<ResponderPlace> dispatchedTeams,
        ApproachPlan dispatched,
        double computeMs) {
    public IncidentRoutes {
        enterpriseIds = List.copyOf(enterpriseIds);
        zones = List.copyOf(zones);
        dispatchedTeams = List.copyOf(dispatchedTeams);
    }
}
