package org.parkwatch.model.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.calc.models.CalcModels;

class CalcModelsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, CalcModel> models =
            CalcModels.all().stream().collect(Collectors.toMap(CalcModel::name, m -> m));

    private JsonNode run(String model, String json) throws Exception {
        // round trip through text, as the CLI and the HTTP route do
        JsonNode out = models.get(model).compute(mapper.readTree(json));
        return mapper.readTree(mapper.writeValueAsString(out));
    }

    private CalcInputException bad(String model, String json) {
        return assertThrows(
                CalcInputException.class, () -> models.get(model).compute(mapper.readTree(json)));
    }

    private static void close(double expected, JsonNode node, double rel) {
        assertTrue(node != null && node.isNumber(), "missing number, got " + node);
        assertEquals(expected, node.asDouble(), Math.abs(expected) * rel);
    }

    @Test
    void plumeP1AndP4() throws Exception {
        JsonNode p1 =
                run(
                        "plume",
                        "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,\"stability\":\"D\","
                                + "\"terrain\":\"rural\",\"sigmaModel\":\"briggs\",\"releaseHeightM\":0,\"xM\":1000,\"yM\":0,\"zM\":0}");
        close(2.19941e-5, p1.get("concentrationKgPerM3"), 1e-4);
        close(76.277, p1.get("sigmaYM"), 1e-4);
        close(37.947, p1.get("sigmaZM"), 1e-4);
        assertTrue(p1.get("warnings").isArray());
        JsonNode p4 =
                run(
                        "plume",
                        "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":3,\"stability\":\"D\","
                                + "\"terrain\":\"urban\",\"xM\":500}");
        close(2.22577e-5, p4.get("concentrationKgPerM3"), 1e-4);
    }

    @Test
    void plumeBadFieldsAreNamed() {
        assertEquals(
                "stability",
                bad(
                                "plume",
                                "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,\"stability\":\"G\","
                                        + "\"xM\":100}")
                        .field());
        assertEquals(
                "windSpeedMPerS",
                bad("plume", "{\"releaseRateKgPerS\":1,\"stability\":\"D\",\"xM\":1}").field());
        assertEquals(
                "xM",
                bad(
                                "plume",
                                "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,\"stability\":\"D\","
                                        + "\"xM\":\"far\"}")
                        .field());
        CalcInputException typo =
                bad(
                        "plume",
                        "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,\"stability\":\"D\","
                                + "\"xM\":100,\"zm\":2}");
        assertEquals("zm", typo.field());
        assertTrue(typo.getMessage().contains("unknown field"));
        assertEquals(
                "sigmaModel",
                bad(
                                "plume",
                                "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,\"stability\":\"D\","
                                        + "\"xM\":100,\"sigmaModel\":\"pasquill\"}")
                        .field());
    }

    @Test
    void poolFireBothDirectionsRoundTrip() throws Exception {
        String base =
                "{\"poolRadiusM\":5,\"burningRateKgPerM2S\":0.08186,\"heatOfCombustionJPerKg\":40.1e6,"
                        + "\"airDensityKgPerM3\":1.2,\"radiativeFraction\":0.24,";
        JsonNode byDistance = run("poolfire", base + "\"distanceM\":50}");
        close(21.194138, byDistance.get("flameHeightM"), 1e-6);
        close(3.4417212e7, byDistance.get("totalPowerW"), 1e-6);
        close(1.09553389, byDistance.get("fluxKwPerM2"), 1e-6);
        JsonNode byFlux =
                run(
                        "poolfire",
                        base + "\"fluxKwPerM2\":" + byDistance.get("fluxKwPerM2").asDouble() + "}");
        close(50, byFlux.get("distanceM"), 1e-9);
        assertEquals(
                "fluxKwPerM2",
                bad("poolfire", base + "\"distanceM\":50,\"fluxKwPerM2\":4}").field());
        assertEquals(
                "distanceM", bad("poolfire", base.substring(0, base.length() - 1) + "}").field());
    }

    @Test
    void burningRateF1() throws Exception {
        JsonNode out =
                run(
                        "burningrate",
                        "{\"heatOfCombustionJPerKg\":40.1e6,\"heatCapacityJPerKgK\":1740,"
                                + "\"boilingPointK\":353.25,\"ambientK\":298.15,\"heatOfVaporisationJPerKg\":394e3}");
        close(0.0819, out.get("burningRateKgPerM2S"), 1e-3);
        assertEquals(
                "heatCapacityJPerKgK",
                bad(
                                "burningrate",
                                "{\"heatOfCombustionJPerKg\":40.1e6,"
                                        + "\"heatCapacityJPerKgK\":-1,\"boilingPointK\":353.25,\"ambientK\":298.15,"
                                        + "\"heatOfVaporisationJPerKg\":394e3}")
                        .field());
    }

    @Test
    void fireballF2() throws Exception {
        JsonNode out = run("fireball", "{\"fuelMassKg\":10000}");
        close(124.96, out.get("diameterM"), 1e-4);
        close(9.69, out.get("durationS"), 1e-3);
        close(93.7, out.get("heightM"), 1e-3);
        JsonNode flux =
                run(
                        "fireball",
                        "{\"fuelMassKg\":10000,\"heatOfCombustionJPerKg\":46e6,\"distanceM\":300}");
        JsonNode back =
                run(
                        "fireball",
                        "{\"fuelMassKg\":10000,\"heatOfCombustionJPerKg\":46e6,\"fluxKwPerM2\":"
                                + flux.get("fluxKwPerM2").asDouble()
                                + "}");
        close(300, back.get("distanceM"), 1e-9);
        close(0.3, flux.get("radiativeFraction"), 1e-12);
        assertEquals("fuelMassKg", bad("fireball", "{}").field());
    }

    @Test
    void tntBothDirections() throws Exception {
        // W_TNT = 0.04·1.8·1000·46000/4500 = 736 kg
        JsonNode out =
                run(
                        "tnt",
                        "{\"fuelMassKg\":1000,\"heatOfCombustionKjPerKg\":46000,\"efficiency\":0.04,"
                                + "\"groundFactor\":1.8,\"tntBlastEnergyKjPerKg\":4500,\"distanceM\":30}");
        close(736, out.get("tntMassKg"), 1e-12);
        assertFalse(out.get("beyondTable").asBoolean());
        double p = out.get("overpressureMpa").asDouble();
        JsonNode back =
                run(
                        "tnt",
                        "{\"fuelMassKg\":1000,\"heatOfCombustionKjPerKg\":46000,\"overpressureMpa\":"
                                + p
                                + "}");
        close(30, back.get("distanceM"), 1e-9);
        JsonNode far =
                run(
                        "tnt",
                        "{\"fuelMassKg\":1000,\"heatOfCombustionKjPerKg\":46000,\"distanceM\":5000}");
        // beyond the table's last row: Kingery–Bulmash for the same TNT mass, flagged
        assertTrue(
                far.get("overpressureMpa").asDouble() > 0
                        && far.get("overpressureMpa").asDouble() < 0.013);
        assertTrue(far.get("beyondTable").asBoolean());
        assertEquals("KINGERY_BULMASH_FALLBACK", far.get("warnings").get(0).get("code").asText());
        assertEquals(
                "efficiency",
                bad(
                                "tnt",
                                "{\"fuelMassKg\":1000,\"heatOfCombustionKjPerKg\":46000,"
                                        + "\"efficiency\":2,\"distanceM\":30}")
                        .field());
    }

    @Test
    void probitB1B2AndToxic() throws Exception {
        JsonNode b1 =
                run(
                        "probit",
                        "{\"model\":\"thermal-eisenberg\",\"fluxWPerM2\":37500,\"durationS\":20}");
        assertEquals(5.139, b1.get("probit").asDouble(), 5e-4);
        assertEquals(0.555, b1.get("probability").asDouble(), 5e-4);
        JsonNode b2 = run("probit", "{\"model\":\"overpressure-lung\",\"overpressurePa\":200000}");
        assertEquals(7.244, b2.get("probit").asDouble(), 5e-4);
        assertEquals(0.988, b2.get("probability").asDouble(), 5e-4);
        JsonNode tox =
                run(
                        "probit",
                        "{\"model\":\"toxic-ccps\",\"chemical\":\"Cl2\",\"concentrationPpm\":100,"
                                + "\"durationS\":1800}");
        close(-8.29 + 0.92 * Math.log(1e4 * 30), tox.get("probit"), 1e-9);
        assertEquals("ccps", tox.get("constantSet").asText());
        assertEquals(
                "model",
                bad("probit", "{\"model\":\"thermal-magic\",\"fluxWPerM2\":1,\"durationS\":1}")
                        .field());
        assertEquals(
                "impulsePaS",
                bad("probit", "{\"model\":\"overpressure-head-tno\",\"overpressurePa\":5e4}")
                        .field());
        assertEquals(
                "chemical",
                bad(
                                "probit",
                                "{\"model\":\"toxic-ccps\",\"chemical\":\"Xe\","
                                        + "\"concentrationPpm\":1,\"durationS\":1}")
                        .field());
    }

    @Test
    void kingeryBulmashAtZ5() throws Exception {
        JsonNode out = run("kingery-bulmash", "{\"tntMassKg\":1000,\"distanceM\":50}");
        close(0.0432299637, out.get("overpressureMpa"), 1e-7);
        close(5, out.get("scaledDistanceMPerKg13"), 1e-12);
    }

    @Test
    void jetPuffStabilityRelease() throws Exception {
        JsonNode jet =
                run(
                        "jetfire",
                        "{\"massRateKgPerS\":2,\"heatOfCombustionJPerKg\":50e6,\"distanceM\":25}");
        close(3.5e7, jet.get("totalPowerW"), 1e-12);
        close(3.5e7 / (4 * Math.PI * 625) / 1000, jet.get("fluxKwPerM2"), 1e-12);
        JsonNode puff =
                run(
                        "puff",
                        "{\"releaseMassKg\":100,\"windSpeedMPerS\":2,\"stability\":\"D\",\"xM\":500}");
        close(0.00328082165, puff.get("concentrationKgPerM3"), 1e-8);
        close(250, puff.get("timeS"), 1e-12);
        JsonNode st = run("stability", "{\"windSpeedMPerS\":2.5,\"insolation\":\"day-strong\"}");
        assertEquals("B", st.get("stability").asText());
        JsonNode st2 =
                run(
                        "stability",
                        "{\"windSpeedMPerS\":2.5,\"insolation\":\"day-strong\",\"preferStable\":false}");
        assertEquals("A", st2.get("stability").asText());
        assertEquals(
                "insolation",
                bad("stability", "{\"windSpeedMPerS\":2.5,\"insolation\":\"sunny\"}").field());
        JsonNode gas =
                run(
                        "release",
                        "{\"phase\":\"gas\",\"holeDiameterM\":0.011283791670955126,"
                                + "\"pressurePa\":1e6,\"temperatureK\":300,\"molarMassKgPerMol\":0.016,\"gamma\":1.31}");
        close(0.1694531158, gas.get("massRateKgPerS"), 1e-8);
        assertTrue(gas.get("choked").asBoolean());
        assertEquals(
                "phase",
                bad("release", "{\"phase\":\"plasma\",\"holeDiameterM\":0.01,\"pressurePa\":1e6}")
                        .field());
    }

    @Test
    void denseGasSaysWhichModel() throws Exception {
        JsonNode dense =
                run(
                        "densegas",
                        "{\"releaseRateKgPerS\":5,\"releaseDensityKgPerM3\":3.2,"
                                + "\"windSpeedMPerS\":2,\"releaseTemperatureK\":239,\"xM\":300}");
        assertEquals("britter-mcquaid", dense.get("model").asText());
        assertTrue(dense.get("criterion").asDouble() >= 0.15);
        assertTrue(dense.get("volumeFraction").asDouble() > 0);
        JsonNode light =
                run(
                        "densegas",
                        "{\"releaseRateKgPerS\":1,\"releaseDensityKgPerM3\":0.656,"
                                + "\"windSpeedMPerS\":3,\"releaseTemperatureK\":298,\"xM\":300}");
        assertEquals("gaussian-plume", light.get("model").asText());
        assertEquals("PASSIVE_GAS", light.get("warnings").get(0).get("code").asText());
    }

    @Test
    void zonesGiveNestedPolygons() throws Exception {
        JsonNode out =
                run(
                        "zones",
                        "{\"chemical\":\"Cl2\",\"releaseRateKgPerS\":1,\"windSpeedMPerS\":3,"
                                + "\"windFromDeg\":270,\"stability\":\"D\"}");
        JsonNode zones = out.get("zones");
        assertEquals(3, zones.size());
        assertEquals("ERPG-3", zones.get(0).get("id").asText());
        assertTrue(
                zones.get(0).get("distanceM").asDouble()
                        < zones.get(2).get("distanceM").asDouble());
        assertEquals("MultiPolygon", zones.get(1).get("geometry").get("type").asText());
        // wind from the west: every vertex lies east of the source
        for (JsonNode ring : zones.get(1).get("geometry").get("coordinates").get(0)) {
            for (JsonNode xy : ring) {
                assertTrue(xy.get(0).asDouble() >= -1e-6);
            }
        }
        // HCN has AEGLs now (one toxic data source); toluene has none
        assertEquals(
                3,
                run(
                                "zones",
                                "{\"chemical\":\"HCN\",\"releaseRateKgPerS\":1,\"windSpeedMPerS\":3,"
                                        + "\"windFromDeg\":0,\"stability\":\"D\",\"levels\":\"aegl\"}")
                        .get("zones")
                        .size());
        assertEquals(
                "levels",
                bad(
                                "zones",
                                "{\"chemical\":\"C7H8\",\"releaseRateKgPerS\":1,\"windSpeedMPerS\":3,"
                                        + "\"windFromDeg\":0,\"stability\":\"D\",\"levels\":\"aegl\"}")
                        .field());
        assertEquals(
                "windFromDeg",
                bad(
                                "zones",
                                "{\"chemical\":\"Cl2\",\"releaseRateKgPerS\":1,"
                                        + "\"windSpeedMPerS\":3,\"stability\":\"D\"}")
                        .field());
    }

    @Test
    void poolFireWarnsInsidePointSourceRange() throws Exception {
        String base =
                "{\"poolRadiusM\":5,\"burningRateKgPerM2S\":0.08186,\"heatOfCombustionJPerKg\":40.1e6,";
        assertEquals(
                "NEAR_FIELD",
                run("poolfire", base + "\"distanceM\":15}")
                        .get("warnings")
                        .get(0)
                        .get("code")
                        .asText());
        assertEquals(0, run("poolfire", base + "\"distanceM\":25}").get("warnings").size());
    }

    @Test
    void everyModelAnswersWithWarnings() throws Exception {
        assertTrue(
                run(
                                "burningrate",
                                "{\"heatOfCombustionJPerKg\":46e6,\"heatCapacityJPerKgK\":2200,"
                                        + "\"boilingPointK\":231,\"ambientK\":298,\"heatOfVaporisationJPerKg\":426e3}")
                        .get("warnings")
                        .isArray());
        assertTrue(run("fireball", "{\"fuelMassKg\":100}").get("warnings").isArray());
    }

    @Test
    void effectZonesAreCirclesAtTheInverseDistances() throws Exception {
        JsonNode fire =
                run(
                        "effectzones",
                        "{\"effect\":\"poolfire\",\"poolRadiusM\":5,"
                                + "\"burningRateKgPerM2S\":0.08186,\"heatOfCombustionJPerKg\":40.1e6,\"airDensityKgPerM3\":1.2,"
                                + "\"sourceEastM\":100}");
        JsonNode z = fire.get("zones").get(2); // 12.5 kW/m2
        assertEquals("12.5kW", z.get("id").asText());
        JsonNode flux =
                run(
                        "poolfire",
                        "{\"poolRadiusM\":5,\"burningRateKgPerM2S\":0.08186,"
                                + "\"heatOfCombustionJPerKg\":40.1e6,\"airDensityKgPerM3\":1.2,\"distanceM\":"
                                + z.get("distanceM").asDouble()
                                + "}");
        close(12.5, flux.get("fluxKwPerM2"), 1e-9);
        double maxX = 0;
        for (JsonNode xy : z.get("geometry").get("coordinates").get(0).get(0)) {
            maxX = Math.max(maxX, xy.get(0).asDouble());
        }
        assertEquals(
                100 + z.get("distanceM").asDouble(), maxX, 1e-3); // output rounded to millimetres
        JsonNode blast =
                run(
                        "effectzones",
                        "{\"effect\":\"tnt\",\"fuelMassKg\":1000,"
                                + "\"heatOfCombustionKjPerKg\":46000}");
        assertEquals(3, blast.get("zones").size());
        // 0.003 MPa is below the table's last row (0.013 MPa): drawn by the Kingery–Bulmash
        // fallback, flagged
        assertTrue(
                blast.get("zones").get(2).get("distanceM").asDouble()
                        > blast.get("zones").get(1).get("distanceM").asDouble());
        assertEquals("KINGERY_BULMASH_FALLBACK", blast.get("warnings").get(0).get("code").asText());
        assertEquals("effect", bad("effectzones", "{\"effect\":\"flood\"}").field());
    }

    @Test
    void inputMustBeAnObject() {
        assertEquals("(input)", bad("plume", "[1,2]").field());
    }
}
