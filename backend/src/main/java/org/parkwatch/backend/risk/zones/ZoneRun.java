package org.parkwatch.backend.risk.zones;

/**
 * One threat-zone run of an incident. What later runs read from it is typed ({@code inputs}, {@code
 * population}); the answer itself is kept as the JSON text the API serves and the database stores
 * ({@link ThreatZoneJson}).
 *
 * @param runId unique id, e.g. {@code INC-3/2}
 * @param incidentId the incident
 * @param enterpriseId the incident's owning enterprise (first involved), null when park-level; for
 *     tenancy scoping
 * @param trigger {@code opened} (automatic), {@code wind} (wind changed materially) or {@code
 *     rerun} (operator)
 * @param computedMs when it was computed, epoch ms
 * @param inputs what the run used; null when its stored answer records none
 * @param population people inside the zones, null when the stored answer records none
 * @param resultJson the {@link ThreatZoneJson} answer, encoded
 */
public record ZoneRun(
        String runId,
        String incidentId,
        String enterpriseId,
        String trigger,
        long computedMs,
        ZoneRunInputs inputs,
        Integer population,
        String resultJson) {}
