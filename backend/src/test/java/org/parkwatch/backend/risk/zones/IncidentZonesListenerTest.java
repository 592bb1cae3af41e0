package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
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

/**
 * {@link IncidentZones} as an incident listener, without Vert.x (runs compute synchronously): zones exist as soon as
 * {@code opened} returns, follow the wind while the incident is open, stop when it closes, and an incident without a
 * chemical gets them when an update brings one.
 */
class IncidentZonesListenerTest {
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    private final AtomicReference<LiveWeather.Reading> wind = new AtomicReference<>(reading(270));
    private final List<JsonObject> pushed = new ArrayList<>();
    private final AtomicReference<JsonObject> linkage = new AtomicReference<>(chlorineAtTank());
    private final IncidentZones zones;

    IncidentZonesListenerTest() {
        LinkageFeatures park = ThreatZoneServiceTest.park(List.of());
        ChemicalProperties chemicals = ChemicalProperties.loadDefault();
        zones = new IncidentZones(new ThreatZoneService(park, () -> null, chemicals),
                new IncidentReleases(park, chemicals, id -> linkage.get()), wind::get, clock::get,
                (type, payload) -> pushed.add(payload.put("type", type)));
    }

    private LiveWeather.Reading reading(double fromDeg) {
        return new LiveWeather.Reading(fromDeg, 3.0, 15.0, 8.0, clock == null ? 0 : clock.get(), "PARK-WS1",
                List.of());
    }

    private static JsonObject chlorineAtTank() {
        return new JsonObject().put("chemicals", new JsonArray().add(new JsonObject().put("cas", "7782-50-5")
                .put("atFeatures", new JsonArray().add("T-CL2"))));
    }

    private static Incident incident(Incident.State state) {
        return incident(Incident.Kind.LEAK, state);
    }

    private static Incident incident(Incident.Kind kind, Incident.State state) {
        return new Incident("INC-1", kind, Priority.HIGH, List.of("A1", "A2"),
                ThreatZoneServiceTest.LON, ThreatZoneServiceTest.LAT, List.of("E01"), null, 0, 0, state);
    }

    @Test
    void aConfirmedLeakGetsConfirmedZones() {
        zones.opened(incident(Incident.State.OPEN));
        assertEquals(IncidentReleases.CONFIRMED, zones.latest("INC-1").orElseThrow().result().getString("kind"));
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
        zones.rerun(trip, ZoneRequest.parseOverrides(new JsonObject())).result();
        assertEquals(IncidentReleases.WHAT_IF, zones.latest("INC-1").orElseThrow().result().getString("kind"));
        // a declared release (a rate) makes it a confirmed one
        zones.rerun(trip, ZoneRequest.parseOverrides(new JsonObject().put("releaseRateKgPerS", 2))).result();
        assertEquals(IncidentReleases.CONFIRMED, zones.latest("INC-1").orElseThrow().result().getString("kind"));
        // a process upset (domino) likewise draws nothing by itself
        assertTrue(new IncidentReleases(ThreatZoneServiceTest.park(List.of()), ChemicalProperties.loadDefault(),
                id -> chlorineAtTank()).defaults(incident(Incident.Kind.DOMINO, Incident.State.OPEN)).isEmpty());
    }

    @Test
    void openedIncidentHasZonesWhenTheCallReturns() {
        zones.opened(incident(Incident.State.OPEN));
        ZoneRun run = zones.latest("INC-1").orElseThrow();
        assertEquals("opened", run.trigger());
        assertEquals("T-CL2", run.result().getJsonObject("inputs").getString("featureId"));
        assertEquals(1, pushed.size());
        assertEquals(IncidentZones.PUSH_TYPE, pushed.get(0).getString("type"));
        assertEquals(Boolean.TRUE, zones.following("INC-1").getBoolean("wind"));
    }

    @Test
    void windTurnRecomputesWhileOpenAndNotAfterClosing() {
        zones.opened(incident(Incident.State.OPEN));
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(320));
        zones.followWind();
        assertEquals("wind", zones.latest("INC-1").orElseThrow().trigger());
        assertEquals(320.0, zones.latest("INC-1").orElseThrow().result().getJsonObject("inputs")
                .getDouble("windFromDeg"));

        zones.closed(incident(Incident.State.CLOSED));
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(40));
        zones.followWind();
        assertEquals(2, zones.history("INC-1").size());
        JsonObject following = zones.following("INC-1");
        assertFalse(following.getBoolean("wind"));
        assertEquals("incident closed", following.getString("reason"));
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
        linkage.set(new JsonObject().put("chemicals", new JsonArray()));
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
        zones.rerun(incident(Incident.State.OPEN), ZoneRequest.parseOverrides(new JsonObject()
                .put("windFromDeg", 180).put("windSpeedMPerS", 2))).result();
        clock.addAndGet(IncidentZones.MIN_RERUN_MS + 1);
        wind.set(reading(90));
        zones.followWind();
        assertEquals("rerun", zones.latest("INC-1").orElseThrow().trigger());
        assertFalse(zones.following("INC-1").getBoolean("wind"));
    }

    @Test
    void storedRunRepeatsPlaceChemicalAndTypicalLeakWithLiveWind() {
        zones.opened(incident(Incident.State.OPEN));
        JsonObject inputs = zones.latest("INC-1").orElseThrow().result().getJsonObject("inputs");
        ZoneRequest again = ZoneRequest.repeating(inputs);
        assertEquals("T-CL2", again.featureId());
        assertEquals("7782-50-5", again.chemical());
        assertTrue(Double.isNaN(again.releaseRateKgPerS()), "typical leak worked out again, not fixed");
        assertTrue(again.followsLiveWind());
        ZoneRequest fixed = ZoneRequest.repeating(inputs.copy().put("weatherSource", "manual")
                .put("rateBasisEn", "given"));
        assertEquals(270.0, fixed.windFromDeg());
        assertEquals(inputs.getDouble("releaseRateKgPerS"), fixed.releaseRateKgPerS());
        assertFalse(fixed.followsLiveWind());
    }
}
