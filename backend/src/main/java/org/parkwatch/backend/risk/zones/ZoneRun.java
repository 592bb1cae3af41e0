package org.parkwatch.backend.risk.zones;

import io.vertx.core.json.JsonObject;

/**
 * One threat-zone run of an incident.
 *
 * @param runId        unique id, e.g. {@code INC-3/2}
 * @param incidentId   the incident
 * @param enterpriseId the incident's owning enterprise (first involved), null when park-level; for tenancy scoping
 * @param trigger      {@code opened} (automatic), {@code wind} (wind changed materially) or {@code rerun} (operator)
 * @param computedMs   when it was computed, epoch ms
 * @param result       the {@link ThreatZoneJson} answer
 */
public record ZoneRun(String runId, String incidentId, String enterpriseId, String trigger, long computedMs,
                      JsonObject result) {

    /** The JSON of the API and the push message: the result plus the run's identity. */
    public JsonObject toJson() {
        return result.copy().put("run", new JsonObject().put("runId", runId).put("incidentId", incidentId)
                .put("enterpriseId", enterpriseId).put("trigger", trigger).put("computedMs", computedMs));
    }

    /**
     * The WebSocket message body ({@code {"type":"incident.zones",…}}): the run's identity at the top level, with
     * {@code enterpriseId} there so tenancy scoping of push messages applies, and the zones under {@code zones}.
     */
    public JsonObject pushMessage() {
        return new JsonObject().put("incidentId", incidentId).put("enterpriseId", enterpriseId).put("runId", runId)
                .put("trigger", trigger).put("computedMs", computedMs).put("zones", toJson());
    }
}
