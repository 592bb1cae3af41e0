package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.backend.linkage.LinkagePackage;

/**
 * {@link IncidentZones} as an incident listener, without Vert.x (runs compute synchronously): zones
 * exist as soon as {@code opened} returns, follow the wind while the incident is open, stop when it
 * closes, and an incident without a chemical gets them when an update brings one.
 */
class IncidentZonesListenerTest {
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    private final AtomicReference<LiveWeather.Reading> wind = new AtomicReference<>(reading(270));
    private final List<JsonObject> pushed = new ArrayList<>();
    private final AtomicReference<LinkagePackage> linkage = new AtomicReference<>(chlorineAtTank());
    private final IncidentZones zones;

    IncidentZonesListenerTest() {
        LinkageFeatures park = ThreatZoneServiceTest.park(List.of());
        ChemicalProperties chemicals = ChemicalProperties.loadDefault();
        zones =
                new IncidentZones(
                        new ThreatZoneService(park, () -> null, chemicals),
                        new IncidentReleases(park, chemicals, id -> linkage.get()),
                        wind::get,
                        clock::get,
                        (type, owners, payload, view) -> pushed.add(payload.put("type", type)));
    }

    private LiveWeather.Reading reading(double fromDeg) {
        return new LiveWeather.Reading(
                fromDeg, 3.0, 15.0, 8.0, clock == null ? 0 : clock.get(), "PARK-WS1", List.of());
    }

    private static LinkagePackage withChemicals(List<LinkagePackage.Chemical> chemicals) {
        return new LinkagePackage(
                new LinkagePackage.Place(
                        "T-CL2",
                        "tanks",
                        "",
                        "",
                        ThreatZoneServiceTest.LON,
                        ThreatZoneServiceTest.LAT),
                chemicals,
                List.of(),
                List.of(),
                500,
                List.of(),
                List.of());
    }

    private static LinkagePackage chlorineAtTank() {
        return withChemicals(
                List.of(new LinkagePackage.Chemical("7782-50-5", null, null, List.of("T-CL2"))));
    }

    private static Incident incident(Incident.State state) {
        return incident(Incident.Kind.LEAK, state);
    }

    private static Incident incident(Incident.Kind kind, Incident.State state) {
        return new Incident(
                "INC-1",
                kind,
                Priority.HIGH,
                List.of("A1", "A2"),
                ThreatZoneServiceTest.LON,
                ThreatZoneServiceTest.LAT,
                List.of("E01"),
                null,
                0,
                0,
                state);
    }

    private String kindOfLatest() {
        return new JsonObject(zones.latest("INC-1").orElseThrow().resultJson()).getString("kind");
    }

    @Test
    void aConfirmedLeakGetsConfirmedZones() {
        zones.opened(incident(Incident.State.OPEN));
        assertEquals(IncidentReleases.CONFIRMED, kindOfLatest());
    }

    @Test
    void anSisTripDrawsNoZonesAndOffersAWhatIfOfTheUnitsWorstRelease() {
        Incident trip = incident(Incident.Kind.SIS_TRIP, Incident.State.OPEN);
        zones.opened(trip);
        zones.updated(trip);
        assertTrue(zones.latest("INC-1").isEmpty(), "a trip is a protective action, not a release");
        assertTrue(pushed.isEmpty());
        ZoneRequest offer = zones.whatIf(trip).orElseThrow();
        assertEquals("T-CL2", offer.featureId());
        // the operator runs the what-if: drawn, and marked as a what-if
        zones.rerun(trip, ZoneRequestJson.parseOverrides(new JsonObject())).result();
        assertEquals(IncidentReleases.WHAT_IF, kindOfLatest());
        // a declared release (a rate) makes it a confirmed one
        zones.rerun(
                        trip,
                        ZoneRequestJson.parseOverrides(
                                new JsonObject().put("releaseRateKgPerS", 2)))
                .result();
        assertEquals(IncidentReleases.CONFIRMED, kindOfLatest());
        // a process upset (domino) likewise draws nothing by itself
        assertTrue(
                new IncidentReleases(
                                ThreatZoneServiceTest.park(List.of()),
                                ChemicalProperties.loadDefault(),
                                id -> chlorineAtTank())
                        .defaults(incident(Incident.Kind.DOMINO, Incident.State.OPEN))
                        .isEmpty());
    }

    @Test
    void openedIncidentHasZonesWhenTheCallReturns() {
        zones.opened(incident(Incident.State.OPEN));
        ZoneRun run = zones.latest("INC-1").orElseThrow();
        assertEquals("opened", run.trigger());
        assertEquals("T-CL2", run.inputs().featureId());
        assertEquals(1, pushed.size());
        assertEquals(IncidentZones.PUSH_TYPE, pushed.get(0).getString("type"));
        assertTrue(zones.following("INC-1").wind());
    }

    @Test
    void windTurnRecomputesWhileOpenAndNotAfterClosing() {
        zones.opened(incident(Incident.State.OPEN));
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(320));
        zones.followWind();
        assertEquals("wind", zones.latest("INC-1").orElseThrow().trigger());
        assertEquals(320.0, zones.latest("INC-1").orElseThrow().inputs().windFromDeg());

        zones.closed(incident(Incident.State.CLOSED));
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(40));
        zones.followWind();
        assertEquals(2, zones.history("INC-1").size());
        WindFollowing following = zones.following("INC-1");
        assertFalse(following.wind());
        assertEquals("incident closed", following.reason());
    }

    @Test
    void windWithinThresholdsOrTooSoonGivesNoRun() {
        zones.opened(incident(Incident.State.OPEN));
        wind.set(reading(320));
        zones.followWind(); // turned, but within MIN_RERUN_MS of the first run
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(280));
        zones.followWind(); // 10°: below the threshold
        assertEquals(1, zones.history("INC-1").size());
    }

    @Test
    void updateBringingTheFirstChemicalStartsZones() {
        linkage.set(withChemicals(List.of()));
        zones.opened(incident(Incident.State.OPEN));
        assertTrue(zones.latest("INC-1").isEmpty());
        assertNull(zones.following("INC-1"));
        linkage.set(chlorineAtTank());
        zones.updated(incident(Incident.State.OPEN));
        assertEquals("opened", zones.latest("INC-1").orElseThrow().trigger());
        zones.updated(incident(Incident.State.OPEN)); // later updates do not recompute
        assertEquals(1, zones.history("INC-1").size());
    }

    @Test
    void operatorRerunWithFixedWindStopsFollowing() {
        zones.opened(incident(Incident.State.OPEN));
        zones.rerun(
                        incident(Incident.State.OPEN),
                        ZoneRequestJson.parseOverrides(
                                new JsonObject().put("windFromDeg", 180).put("windSpeedMPerS", 2)))
                .result();
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(90));
        zones.followWind();
        assertEquals("rerun", zones.latest("INC-1").orElseThrow().trigger());
        assertFalse(zones.following("INC-1").wind());
    }

    @Test
    void storedRunRepeatsPlaceChemicalAndTypicalLeakWithLiveWind() {
        zones.opened(incident(Incident.State.OPEN));
        ZoneRunInputs inputs = zones.latest("INC-1").orElseThrow().inputs();
        ZoneRequest again = ZoneRequest.repeating(inputs);
        assertEquals("T-CL2", again.featureId());
        assertEquals("7782-50-5", again.chemical());
        assertTrue(
                Double.isNaN(again.releaseRateKgPerS()),
                "typical leak worked out again, not fixed");
        assertTrue(again.followsLiveWind());
        ZoneRequest fixed =
                ZoneRequest.repeating(
                        new ZoneRunInputs(
                                inputs.lon(),
                                inputs.lat(),
                                inputs.featureId(),
                                inputs.chemical(),
                                "given",
                                inputs.releaseRateKgPerS(),
                                inputs.massKg(),
                                inputs.releaseHeightM(),
                                inputs.outcomes(),
                                inputs.terrain(),
                                inputs.windFromDeg(),
                                inputs.windSpeedMPerS(),
                                "manual"));
        assertEquals(270.0, fixed.windFromDeg());
        assertEquals(inputs.releaseRateKgPerS(), fixed.releaseRateKgPerS());
        assertFalse(fixed.followsLiveWind());
    }

    @Test
    void aStoredRunReadsBackTheInputsAndHeadCountOfTheFreshOne() {
        zones.opened(incident(Incident.State.OPEN));
        ZoneRun fresh = zones.latest("INC-1").orElseThrow();
        ZoneRun stored =
                ThreatZoneJson.run(
                        fresh.runId(),
                        fresh.incidentId(),
                        fresh.enterpriseId(),
                        fresh.trigger(),
                        fresh.computedMs(),
                        new JsonObject(
                                fresh.resultJson())); // what ThreatZoneRepository does on load
        assertEquals(fresh, stored);
        assertEquals(270.0, stored.inputs().windFromDeg());
        assertEquals("7782-50-5", stored.inputs().chemical());
        assertEquals(
                new JsonObject(fresh.resultJson())
                        .getJsonObject("exposure")
                        .getInteger("population"),
                stored.population());
    }
}
