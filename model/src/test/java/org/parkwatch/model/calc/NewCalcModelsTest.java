package org.parkwatch.model.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.calc.models.CalcModels;

/**
 * The ALOHA-class models through the calculator: inputs named, zones drawn, model and warnings
 * named.
 */
class NewCalcModelsTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, CalcModel> models =
            CalcModels.all().stream().collect(Collectors.toMap(CalcModel::name, m -> m));

    private JsonNode run(String model, String json) throws Exception {
        return mapper.readTree(
                mapper.writeValueAsString(models.get(model).compute(mapper.readTree(json))));
    }

    @Test
    void helpListsTheNewModelsWithTheirInputs() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new CalcCli(CalcModels.all())
                .run(
                        new String[] {"--help"},
                        new PrintStream(buf, true, StandardCharsets.UTF_8),
                        System.err);
        String help = buf.toString(StandardCharsets.UTF_8);
        for (String s :
                new String[] {
                    "densepuff",
                    "massKg",
                    "tankdrain",
                    "holeDiameterM",
                    "flashing",
                    "storageTemperatureK",
                    "solidflame",
                    "poolDiameterM",
                    "confidence",
                    "sepKwPerM2",
                    "pool",
                    "dikeAreaM2",
                    "multienergy",
                    "blastStrength"
                }) {
            assertTrue(help.contains(s), s);
        }
    }

    @Test
    void chlorineBulletRuptureGivesDenseGasZonesWithModelAndWarnings() throws Exception {
        // 20 t chlorine bullet: cloud at the boiling point, 239 K, 3.61 kg/m³ (P·M/(R·T))
        JsonNode out =
                run(
                        "densepuff",
                        "{\"massKg\":20000,\"cloudDensityKgPerM3\":3.61,\"releaseTemperatureK\":239.1,"
                                + "\"windSpeedMPerS\":2,\"chemical\":\"Cl2\",\"windFromDeg\":90}");
        assertEquals("britter-mcquaid-puff", out.get("model").asText());
        JsonNode zones = out.get("zones");
        assertEquals(3, zones.size());
        assertTrue(zones.get(0).get("distanceM").asDouble() > 0);
        assertTrue(
                zones.get(2).get("distanceM").asDouble()
                        > zones.get(0).get("distanceM").asDouble());
        assertEquals("DENSE_GAS", out.get("warnings").get(0).get("code").asText());
        // wind from the east: the footprint lies west of the source
        assertTrue(
                zones.get(0)
                                .get("geometry")
                                .get("coordinates")
                                .get(0)
                                .get(0)
                                .get(2)
                                .get(0)
                                .asDouble()
                        <= 1e-6);
    }

    @Test
    void drainingAmmoniaTankFeedsARateAndDuration() throws Exception {
        JsonNode out =
                run(
                        "tankdrain",
                        "{\"tankDiameterM\":3,\"holeDiameterM\":0.025,\"liquidDensityKgPerM3\":610,"
                                + "\"liquidHeadM\":2,\"padGaugePa\":7.6e5}");
        JsonNode s = out.get("samples");
        assertTrue(
                s.get(0).get("massRateKgPerS").asDouble()
                        > s.get(s.size() - 1).get("massRateKgPerS").asDouble());
        assertEquals(
                out.get("regulatedDrainTimeS").asDouble(),
                out.get("durationS").asDouble(),
                0.01 * out.get("durationS").asDouble());
        assertTrue(
                out.get("maxAverageRate60sKgPerS").asDouble()
                        <= s.get(0).get("massRateKgPerS").asDouble());
        assertEquals(
                "holeDiameterM",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        models.get("tankdrain")
                                                .compute(
                                                        mapper.readTree(
                                                                "{\"tankDiameterM\":1,\"holeDiameterM\":2,\"liquidDensityKgPerM3\":610,"
                                                                        + "\"liquidHeadM\":2}")))
                        .field());
    }

    @Test
    void flashingSplitsAirborneAndRainOut() throws Exception {
        JsonNode out =
                run(
                        "flashing",
                        "{\"chemical\":\"NH3\",\"storageTemperatureK\":293.15,\"holeDiameterM\":0.05}");
        double rate = out.get("massRateKgPerS").asDouble();
        assertEquals(
                rate,
                out.get("airborneRateKgPerS").asDouble() + out.get("rainOutRateKgPerS").asDouble(),
                1e-9 * rate);
        assertEquals(
                2 * out.get("flashFraction").asDouble(),
                out.get("airborneFraction").asDouble(),
                1e-12);
        assertEquals(
                "storageTemperatureK",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        models.get("flashing")
                                                .compute(
                                                        mapper.readTree(
                                                                "{\"chemical\":\"Cl2\",\"storageTemperatureK\":200}")))
                        .field());
    }

    @Test
    void solidFlameAndUserSepFireball() throws Exception {
        JsonNode f =
                run(
                        "solidflame",
                        "{\"poolDiameterM\":20,\"burningRateKgPerM2S\":0.055,\"vapourDensityKgPerM3\":3,"
                                + "\"windSpeedMPerS\":3,\"fluxKwPerM2\":5}");
        double d = f.get("distanceM").asDouble();
        JsonNode back =
                run(
                        "solidflame",
                        "{\"poolDiameterM\":20,\"burningRateKgPerM2S\":0.055,"
                                + "\"vapourDensityKgPerM3\":3,\"windSpeedMPerS\":3,\"distanceM\":"
                                + d
                                + "}");
        assertEquals(5, back.get("fluxKwPerM2").asDouble(), 1e-6);
        assertTrue(f.get("tiltDeg").asDouble() > 0);
        JsonNode ball =
                run("fireball", "{\"fuelMassKg\":10000,\"sepKwPerM2\":350,\"distanceM\":300}");
        assertEquals("user", ball.get("sepSource").asText());
        assertEquals(350, ball.get("surfaceEmissivePowerKwPerM2").asDouble(), 0.0);
    }

    @Test
    void toxicZonesCarryModelSpansConfidenceAndTheScanLimit() throws Exception {
        JsonNode out =
                run(
                        "zones",
                        "{\"chemical\":\"Cl2\",\"releaseRateKgPerS\":5,\"windSpeedMPerS\":1.5,"
                                + "\"windFromDeg\":0,\"stability\":\"F\",\"releaseDensityKgPerM3\":3.61,\"releaseTemperatureK\":239.1}");
        assertEquals("britter-mcquaid", out.get("spans").get(0).get("model").asText());
        assertEquals("gaussian-plume", out.get("spans").get(1).get("model").asText());
        assertTrue(out.get("confidence").get("halfAngleDeg").asDouble() > 0);
        for (JsonNode z : out.get("zones")) {
            assertTrue(z.get("warnings").size() > 0);
            if (z.get("atScanLimit").asBoolean()) {
                assertTrue(z.get("warnings").toString().contains("SCAN_LIMIT"));
            }
        }
    }

    @Test
    void poolFedByARainOutEvaporatesWhileFedAndAfter() throws Exception {
        JsonNode out =
                run(
                        "pool",
                        "{\"inflowKgPerS\":2,\"inflowDurationS\":600,\"liquidDensityKgPerM3\":876,"
                                + "\"dikeAreaM2\":200,\"windSpeedMPerS\":3,\"vapourPressurePa\":12700,\"molarMassKgPerMol\":0.078,"
                                + "\"boilingPointK\":353.25,\"maxS\":7200}");
        JsonNode s = out.get("samples");
        assertEquals(0.0, s.get(0).get("evaporationKgPerS").asDouble(), 0.0);
        assertTrue(out.get("peakRateKgPerS").asDouble() > 0);
        assertEquals(
                "spillKg",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        models.get("pool")
                                                .compute(
                                                        mapper.readTree(
                                                                "{\"liquidDensityKgPerM3\":876,\"windSpeedMPerS\":3,\"vapourPressurePa\":1,"
                                                                        + "\"molarMassKgPerMol\":0.078,\"boilingPointK\":353}")))
                        .field());
    }

    @Test
    void gb36894ChecksOneTargetAndAnFnCurve() throws Exception {
        // docs/domain/test-vectors.md §Risk summation, I1 (IR 8.25e-7 at a highly sensitive target:
        // breaks the
        // new-facility limit 3e-7, meets the in-service 3e-6) and I2 (F(N≥1) = 1.13e-4, F(N≥10) =
        // 1.3e-5,
        // F(N≥50) = 1e-6)
        JsonNode out =
                run(
                        "gb36894",
                        "{\"points\":[{\"id\":\"school\",\"protectionClass\":\"highly-sensitive\","
                                + "\"newFacility\":true,\"irPerYear\":8.25e-7},{\"id\":\"school-old\",\"protectionClass\":"
                                + "\"highly-sensitive\",\"irPerYear\":8.25e-7}],\"outcomes\":[{\"frequencyPerYear\":1e-4,"
                                + "\"fatalities\":2},{\"frequencyPerYear\":1e-5,\"fatalities\":10},{\"frequencyPerYear\":1e-6,"
                                + "\"fatalities\":50},{\"frequencyPerYear\":2e-6,\"fatalities\":10}]}");
        JsonNode p = out.get("points");
        assertEquals(3e-7, p.get(0).get("limitPerYear").asDouble(), 1e-20);
        assertEquals(false, p.get(0).get("acceptable").asBoolean());
        assertEquals(true, p.get(1).get("acceptable").asBoolean());
        double f10 = 0;
        double f50 = 0;
        for (JsonNode q : out.get("fn")) {
            double n = q.get("fatalities").asDouble();
            double f = q.get("frequencyPerYear").asDouble();
            if (n == 10) f10 = f;
            if (n == 50) f50 = f;
        }
        assertEquals(1.13e-4, out.get("fn").get(0).get("frequencyPerYear").asDouble(), 1e-9);
        assertEquals(1.3e-5, f10, 1e-12);
        assertEquals(1e-6, f50, 1e-15);
        assertTrue(out.has("region"));
        assertEquals(
                "points[0].protectionClass",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        models.get("gb36894")
                                                .compute(
                                                        mapper.readTree(
                                                                "{\"points\":[{\"protectionClass\":\"vip\",\"irPerYear\":1}]}")))
                        .field());
    }

    @Test
    void multiEnergyGivesTheDistanceOfALevelAndSaysTheCurvesAreApproximate() throws Exception {
        JsonNode r =
                run(
                        "multienergy",
                        "{\"blastStrength\":7,\"fuelMassKg\":1000,\"heatOfCombustionKjPerKg\":46350,"
                                + "\"overpressureMpa\":0.01}");
        double d = r.get("distanceM").asDouble();
        JsonNode back =
                run(
                        "multienergy",
                        "{\"blastStrength\":7,\"energyJ\":4.635e10,\"distanceM\":" + d + "}");
        assertEquals(0.01, back.get("overpressureMpa").asDouble(), 1e-6);
        assertTrue(r.get("warnings").toString().contains("MULTI_ENERGY_CURVES"), r.toString());
        CalcInputException bad =
                assertThrows(
                        CalcInputException.class,
                        () ->
                                run(
                                        "multienergy",
                                        "{\"blastStrength\":7.5,\"energyJ\":1e9,\"distanceM\":10}"));
        assertEquals("blastStrength", bad.field());
    }
}
