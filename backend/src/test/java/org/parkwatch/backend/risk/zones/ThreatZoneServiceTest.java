package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.linkage.LinkageFeatures;

/**
 * The threat-zone service on a small test park: a chlorine tank at (113.95, 35.25), a village the
 * test places downwind and one upwind, a fire station; expected membership is computed here with
 * JTS from the returned polygons.
 */
class ThreatZoneServiceTest {
    static final double LON = 113.95;
    static final double LAT = 35.25;

    /**
     * Degrees of longitude per metre at 35.25° N (spherical approximation, enough for placing test
     * features).
     */
    static final double DEG_LON_PER_M = 1 / (111_320 * Math.cos(Math.toRadians(LAT)));

    static final double DEG_LAT_PER_M = 1 / 110_574.0;
    private static final GeometryFactory GF = new GeometryFactory();
    private static final ChemicalProperties CHEMICALS = ChemicalProperties.loadDefault();

    static LinkageFeatures park(List<FeatureRecord> extra) {
        List<FeatureRecord> all = new ArrayList<>(extra);
        all.add(
                new FeatureRecord(
                        "T-CL2",
                        "tanks",
                        "tank",
                        "液氯储罐",
                        "chlorine tank",
                        "E01",
                        "{\"kind\":\"tank\",\"chemicalCas\":\"7782-50-5\",\"designPressureKPa\":1620,\"heightM\":2.8,"
                                + "\"liquidDensityKgM3\":1410}",
                        GF.createPoint(new Coordinate(LON, LAT))));
        all.add(
                new FeatureRecord(
                        "FS-EAST",
                        "emergency-resources",
                        "fire-station",
                        "东消防站",
                        "east fire station",
                        null,
                        "{\"kind\":\"fire-station\"}",
                        point(1500, 0)));
        all.add(
                new FeatureRecord(
                        "FS-WEST",
                        "emergency-resources",
                        "fire-station",
                        "西消防站",
                        "west fire station",
                        null,
                        "{\"kind\":\"fire-station\"}",
                        point(-2500, 0)));
        return new LinkageFeatures(all);
    }

    static FeatureRecord village(
            String id, double eastM, double northM, double halfM, int population) {
        Geometry square =
                GF.createPolygon(
                        new Coordinate[] {
                            c(eastM - halfM, northM - halfM),
                            c(eastM + halfM, northM - halfM),
                            c(eastM + halfM, northM + halfM),
                            c(eastM - halfM, northM + halfM),
                            c(eastM - halfM, northM - halfM)
                        });
        return new FeatureRecord(
                id,
                "sensitive-targets",
                "village",
                id,
                id,
                null,
                "{\"kind\":\"village\",\"population\":" + population + "}",
                square);
    }

    static Geometry point(double eastM, double northM) {
        return GF.createPoint(c(eastM, northM));
    }

    static Coordinate c(double eastM, double northM) {
        return new Coordinate(LON + eastM * DEG_LON_PER_M, LAT + northM * DEG_LAT_PER_M);
    }

    static ThreatZoneService service(LinkageFeatures f) {
        return new ThreatZoneService(f, () -> null, CHEMICALS);
    }

    /** The service's answer as the API writes it. */
    static JsonObject answer(
            ThreatZoneService service, ZoneRequest req, LiveWeather.Reading live, long nowMs) {
        return ThreatZoneJson.of(service.compute(req, live, nowMs));
    }

    static ZoneRequest request(String json) {
        return ZoneRequestJson.parse(new JsonObject(json));
    }

    static final String CL2_WEST_WIND =
            "{\"featureId\":\"T-CL2\",\"releaseRateKgPerS\":2,\"windFromDeg\":270,"
                    + "\"windSpeedMPerS\":3,\"stability\":\"D\",\"outcome\":\"toxic\"}";

    static List<JsonObject> zones(JsonObject result, String outcome) {
        List<JsonObject> out = new ArrayList<>();
        for (Object o : result.getJsonArray("features")) {
            JsonObject f = (JsonObject) o;
            if (f.getJsonObject("properties").getString("outcome").equals(outcome)) out.add(f);
        }
        return out;
    }

    static Geometry geometry(JsonObject feature) throws Exception {
        return new GeoJsonReader().read(feature.getJsonObject("geometry").encode());
    }

    @Test
    void toxicZonesNestOutermostFirstAndAreValidPolygons() throws Exception {
        JsonObject r = answer(service(park(List.of())), request(CL2_WEST_WIND), null, 0);
        List<JsonObject> toxic = zones(r, "toxic");
        assertEquals(
                List.of("ERPG-1", "ERPG-2", "ERPG-3"),
                toxic.stream()
                        .map(f -> f.getJsonObject("properties").getString("threshold"))
                        .toList());
        for (int k = 0; k < toxic.size(); k++) {
            assertEquals(k + 1, toxic.get(k).getJsonObject("properties").getInteger("level"));
            Geometry g = geometry(toxic.get(k));
            assertTrue(g.isValid(), "zone " + k + " valid");
            assertFalse(g.isEmpty());
            if (k > 0) {
                Geometry outer = geometry(toxic.get(k - 1));
                assertTrue(outer.buffer(1e-7).covers(g), "level " + (k + 1) + " inside level " + k);
                assertTrue(outer.getArea() > g.getArea());
            }
        }
        assertEquals(
                "britter-mcquaid",
                r.getJsonArray("outcomes").getJsonObject(0).getString("model"),
                "chlorine at 2 kg/s in 3 m/s wind is a dense gas");
        assertEquals("manual", r.getJsonObject("inputs").getString("weatherSource"));
    }

    @Test
    void villageDownwindIsCountedAndVillageUpwindIsNot() throws Exception {
        LinkageFeatures park =
                park(
                        List.of(
                                village("V-DOWN", 1200, 0, 100, 500),
                                village("V-UP", -1200, 0, 100, 700),
                                village("V-ASIDE", 0, 3000, 100, 90)));
        JsonObject r = answer(service(park), request(CL2_WEST_WIND), null, 0);
        Geometry outermost = geometry(zones(r, "toxic").get(0));
        int expected = 0;
        List<String> inside = new ArrayList<>();
        for (String id : List.of("V-DOWN", "V-UP", "V-ASIDE")) {
            Geometry v = park.feature(id).orElseThrow().geometry();
            if (outermost.intersects(v)) {
                expected += park.props(id).integer("population", 0);
                inside.add(id);
            }
        }
        assertEquals(List.of("V-DOWN"), inside, "only the downwind village lies in the zone");
        JsonObject exposure = r.getJsonObject("exposure");
        assertEquals(expected, exposure.getInteger("population"));
        assertEquals(500, exposure.getInteger("population"));
        JsonArray targets = exposure.getJsonArray("targets");
        assertEquals(1, targets.size());
        assertEquals("V-DOWN", targets.getJsonObject(0).getString("id"));
    }

    @Test
    void windFromTheNorthPutsTheZoneSouthOfTheSource() throws Exception {
        JsonObject r =
                answer(
                        service(park(List.of())),
                        request(CL2_WEST_WIND.replace("270", "0")),
                        null,
                        0);
        Geometry g = geometry(zones(r, "toxic").get(0));
        for (Coordinate c : g.getCoordinates())
            assertTrue(c.y <= LAT + 1e-6, "no part north of the source: " + c);
        assertTrue(
                g.getEnvelopeInternal().getMinY() < LAT - 1000 * DEG_LAT_PER_M,
                "reaches > 1 km south");
        assertTrue(
                g.getEnvelopeInternal().getWidth()
                        < g.getEnvelopeInternal().getHeight() * DEG_LAT_PER_M / DEG_LON_PER_M,
                "longer north-south than wide");
    }

    @Test
    void nearestFireStationOutsideTheZonesIsReportedNotTheOneInside() {
        JsonObject r = answer(service(park(List.of())), request(CL2_WEST_WIND), null, 0);
        JsonArray resources = r.getJsonObject("exposure").getJsonArray("resources");
        assertEquals(1, resources.size());
        assertEquals(
                "FS-WEST", resources.getJsonObject(0).getString("id"), "FS-EAST lies in the plume");
        assertEquals(2500, resources.getJsonObject(0).getDouble("distanceM"), 25);
        assertEquals(
                "FS-EAST",
                r.getJsonObject("exposure")
                        .getJsonArray("resourcesInside")
                        .getJsonObject(0)
                        .getString("id"));
    }

    @Test
    void missingWindWithoutLiveWeatherIsABadRequestNamingTheField() {
        ZoneInputException e =
                assertThrows(
                        ZoneInputException.class,
                        () ->
                                service(park(List.of()))
                                        .compute(
                                                request(
                                                        "{\"featureId\":\"T-CL2\",\"releaseRateKgPerS\":2,\"windSpeedMPerS\":3}"),
                                                null,
                                                0));
        assertEquals("windFromDeg", e.field());
    }

    @Test
    void staleLiveWindSaysSoAndManualWindStillWorks() {
        LiveWeather.Reading stale =
                new LiveWeather.Reading(
                        null,
                        null,
                        18.0,
                        null,
                        0,
                        "PARK-WS1",
                        List.of(
                                "PARK.WS1.WD (wind direction) is stale",
                                "PARK.WS1.WS (wind speed) is stale"));
        ZoneInputException e =
                assertThrows(
                        ZoneInputException.class,
                        () ->
                                service(park(List.of()))
                                        .compute(
                                                request(
                                                        "{\"featureId\":\"T-CL2\",\"releaseRateKgPerS\":2}"),
                                                stale,
                                                0));
        assertEquals("windFromDeg", e.field());
        assertTrue(e.getMessage().contains("stale"), e.getMessage());
        JsonObject r = answer(service(park(List.of())), request(CL2_WEST_WIND), stale, 0);
        assertEquals(
                18.0,
                r.getJsonObject("inputs").getDouble("airTemperatureC"),
                1e-9,
                "live temperature used");
    }

    @Test
    void liveWindIsUsedAndNamedAsTheWeatherSource() {
        LiveWeather.Reading live =
                new LiveWeather.Reading(
                        90.0, 4.0, 20.0, 8.0, 1_700_000_000_000L, "PARK-WS1", List.of());
        JsonObject r =
                answer(
                        service(park(List.of())),
                        request("{\"featureId\":\"T-CL2\",\"releaseRateKgPerS\":2}"),
                        live,
                        0);
        JsonObject in = r.getJsonObject("inputs");
        assertTrue(
                in.getString("weatherSource").startsWith("live PARK-WS1 at 2023-11-14T22:13:20Z"),
                in.getString("weatherSource"));
        assertEquals(90.0, in.getDouble("windFromDeg"));
        assertEquals("D", in.getString("stability"), "overcast (8 oktas) is always D");
        Geometry g;
        try {
            g = geometry(zones(r, "toxic").get(0));
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
        assertTrue(
                g.getEnvelopeInternal().getMaxX() <= LON + 1e-6,
                "wind from the east: zone lies west");
    }

    @Test
    void tankWithoutRateGetsTheTypicalTenMillimetreLeak() {
        JsonObject r =
                answer(
                        service(park(List.of())),
                        request(
                                "{\"featureId\":\"T-CL2\",\"windFromDeg\":270,\"windSpeedMPerS\":3}"),
                        null,
                        0);
        JsonObject in = r.getJsonObject("inputs");
        // Bernoulli, Cd 0.65, 10 mm hole, 6.8 bar abs vapour pressure, 1.4 m head, 1410 kg/m3
        double area = Math.PI * 0.01 * 0.01 / 4;
        double expected =
                0.65 * area * 1410 * Math.sqrt(2 * (6.8e5 - 101_325) / 1410 + 2 * 9.80665 * 1.4);
        assertEquals(expected, in.getDouble("releaseRateKgPerS"), 0.001);
        assertTrue(in.getString("rateBasisEn").contains("10 mm hole"), in.getString("rateBasisEn"));
        assertEquals(
                List.of("toxic"),
                in.getJsonArray("outcomes").getList(),
                "chlorine: toxic gas, not flammable");
    }

    @Test
    void flammableGasGetsFireballAndExplosionZonesAndALiquidAPoolFire() {
        LinkageFeatures park = park(List.of());
        JsonObject lpg =
                answer(
                        service(park),
                        request(
                                "{\"lon\":113.95,\"lat\":35.25,\"chemical\":\"液化石油气\","
                                        + "\"massKg\":5000,\"windFromDeg\":0,\"windSpeedMPerS\":2}"),
                        null,
                        0);
        assertEquals(
                List.of("fireball", "vce", "vce-tno"),
                lpg.getJsonObject("inputs").getJsonArray("outcomes").getList());
        assertEquals(5, zones(lpg, "fireball").size());
        assertTrue(
                zones(lpg, "vce").stream()
                        .anyMatch(f -> f.getJsonObject("properties").getBoolean("reached")));
        // the propane VCE by TNO multi-energy: its own zones, its model and warning named
        assertTrue(
                zones(lpg, "vce-tno").stream()
                        .anyMatch(f -> f.getJsonObject("properties").getBoolean("reached")));
        JsonObject tno = outcome(lpg, "vce-tno");
        assertEquals("tno-multi-energy", tno.getString("model"));
        assertTrue(
                tno.getJsonArray("warnings").stream()
                        .anyMatch(
                                w ->
                                        "MULTI_ENERGY_CURVES"
                                                .equals(((JsonObject) w).getString("code"))),
                tno.encode());
        assertTrue(
                tno.getJsonArray("assumptions")
                        .getJsonObject(0)
                        .getString("en")
                        .contains("blast strength 7"));
        JsonObject petrol =
                answer(
                        service(park),
                        request(
                                "{\"lon\":113.95,\"lat\":35.25,\"chemical\":\"gasoline\","
                                        + "\"releaseRateKgPerS\":5,\"windFromDeg\":0,\"windSpeedMPerS\":2}"),
                        null,
                        0);
        assertEquals(
                List.of("poolfire"),
                petrol.getJsonObject("inputs").getJsonArray("outcomes").getList());
    }

    @Test
    void drainingAmmoniaSphereGivesZonesFromAFallingRateWithTheSourceChainNamed() {
        FeatureRecord sphere =
                new FeatureRecord(
                        "T-NH3",
                        "tanks",
                        "tank",
                        "液氨球罐",
                        "ammonia sphere",
                        "E02",
                        "{\"kind\":\"tank\",\"chemicalCas\":\"7664-41-7\",\"designPressureKPa\":2160,"
                                + "\"heightM\":12.3,\"diameterM\":12.3,\"capacityM3\":974,\"liquidDensityKgM3\":682}",
                        point(0, 300));
        JsonObject r =
                answer(
                        service(park(List.of(sphere))),
                        request(
                                "{\"featureId\":\"T-NH3\",\"windFromDeg\":270,\"windSpeedMPerS\":3}"),
                        null,
                        0);
        JsonObject in = r.getJsonObject("inputs");
        String basis = in.getString("rateBasisEn");
        assertTrue(basis.contains("the tank drains through a 10 mm hole"), basis);
        // Bernoulli at the start: 8.6 bar abs vapour pressure, 6.15 m head, 682 kg/m3, Cd 0.65
        double area = Math.PI * 0.01 * 0.01 / 4;
        double initial =
                0.65 * area * 682 * Math.sqrt(2 * (8.6e5 - 101_325) / 682 + 2 * 9.80665 * 6.15);
        double rate = in.getDouble("releaseRateKgPerS");
        assertTrue(rate <= initial && rate > 0.99 * initial, rate + " vs " + initial);
        JsonObject toxic = outcome(r, "toxic");
        assertTrue(
                toxic.getJsonArray("assumptions")
                        .getJsonObject(0)
                        .getString("en")
                        .contains("flashing liquefied gas"),
                toxic.encode());
        assertTrue(
                zones(r, "toxic").stream()
                        .anyMatch(f -> f.getJsonObject("properties").getBoolean("reached")));
        assertTrue(!toxic.getJsonArray("spans").isEmpty(), "names which model drew which part");
    }

    @Test
    void unknownChemicalAndUnknownFeatureNameTheirFields() {
        ThreatZoneService s = service(park(List.of()));
        assertEquals(
                "chemical",
                assertThrows(
                                ZoneInputException.class,
                                () ->
                                        s.compute(
                                                request(
                                                        "{\"lon\":113.95,\"lat\":35.25,\"chemical\":\"unobtainium\",\"releaseRateKgPerS\":1,"
                                                                + "\"windFromDeg\":0,\"windSpeedMPerS\":2}"),
                                                null,
                                                0))
                        .field());
        assertEquals(
                "featureId",
                assertThrows(
                                ZoneInputException.class,
                                () ->
                                        s.compute(
                                                request(
                                                        "{\"featureId\":\"NOPE\",\"windFromDeg\":0,\"windSpeedMPerS\":2}"),
                                                null,
                                                0))
                        .field());
        assertEquals(
                "releaseRateKgPerS",
                assertThrows(
                                ZoneInputException.class,
                                () ->
                                        s.compute(
                                                request(
                                                        "{\"lon\":113.95,\"lat\":35.25,\"chemical\":\"gasoline\",\"windFromDeg\":0,\"windSpeedMPerS\":2}"),
                                                null,
                                                0))
                        .field());
    }

    @Test
    void liquefiedGasAtAPointGetsTheEquipmentLeakWithoutHead() {
        JsonObject r =
                answer(
                        service(park(List.of())),
                        request(
                                "{\"lon\":113.95,\"lat\":35.25,\"chemical\":\"氯\",\"windFromDeg\":0,\"windSpeedMPerS\":2}"),
                        null,
                        0);
        double area = Math.PI * 0.01 * 0.01 / 4;
        double expected = 0.65 * area * 1410 * Math.sqrt(2 * (6.8e5 - 101_325) / 1410);
        assertEquals(expected, r.getJsonObject("inputs").getDouble("releaseRateKgPerS"), 0.001);
    }

    static JsonObject outcome(JsonObject answer, String outcome) {
        return answer.getJsonArray("outcomes").stream()
                .map(JsonObject.class::cast)
                .filter(o -> outcome.equals(o.getString("outcome")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + outcome));
    }
}
