package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.calc.CalcInputException;
import org.parkwatch.model.calc.CalcModel;

class Gb18218CalcModelTest {

    private static final double TOL = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Gb18218CalcModel MODEL = new Gb18218CalcModel();

    private static JsonNode calc(String json) throws Exception {
        return MODEL.compute(JSON.readTree(json));
    }

    @Test
    void issueExampleGradesAsLevel3() throws Exception {
        JsonNode out =
                calc(
                        "{\"chemicals\":[{\"cas\":\"7782-50-5\",\"quantityT\":20},{\"name\":\"甲醇\","
                                + "\"quantityT\":1000},{\"hazardClass\":\"W2\",\"quantityT\":12}],\"exposedPeople\":100}");
        assertEquals(7.2, out.get("s").asDouble(), TOL);
        assertTrue(out.get("isMajorHazard").asBoolean());
        assertEquals(2.0, out.get("alpha").asDouble());
        assertEquals(39.6, out.get("r").asDouble(), TOL);
        assertEquals(3, out.get("level").asInt());
        JsonNode chlorine = out.get("items").get(0);
        assertEquals("氯", chlorine.get("name").asText());
        assertEquals(20, chlorine.get("q").asDouble());
        assertEquals(5, chlorine.get("criticalQuantityT").asDouble());
        assertEquals(4, chlorine.get("ratio").asDouble(), TOL);
        assertEquals(4, chlorine.get("beta").asDouble());
        JsonNode cls = out.get("items").get(2);
        assertEquals(10, cls.get("criticalQuantityT").asDouble());
        assertEquals(1.5, cls.get("beta").asDouble());
        assertEquals("1.8", cls.get("betaRatio").asText()); // 1.5 × 1.2 without binary noise
        assertEquals("W2", cls.get("classes").get(0).asText());
        assertTrue(out.get("arithmetic").get("zh").asText().contains("三级"));
        assertTrue(out.get("arithmetic").get("en").asText().contains("level 3"));
    }

    @Test
    void notMajorHazardHasNullLevelAndR() throws Exception {
        JsonNode out =
                calc(
                        "{\"chemicals\":[{\"name\":\"ammonia\",\"quantityT\":3},{\"cas\":\"7783-06-4\","
                                + "\"quantityT\":1}],\"exposedPeople\":0}");
        assertEquals(0.5, out.get("s").asDouble(), TOL);
        assertFalse(out.get("isMajorHazard").asBoolean());
        assertTrue(out.get("level").isNull());
        assertTrue(out.get("r").isNull());
    }

    @Test
    void sodiumHydroxideIsShownAsNotCounted() throws Exception {
        JsonNode out =
                calc("{\"chemicals\":[{\"name\":\"烧碱\",\"quantityT\":800}],\"exposedPeople\":5}");
        assertEquals(0, out.get("s").asDouble());
        JsonNode item = out.get("items").get(0);
        assertFalse(item.get("counted").asBoolean());
        assertTrue(item.get("criticalQuantityT").isNull());
    }

    @Test
    void unknownChemicalNamesTheItem() {
        CalcInputException e =
                assertThrows(
                        CalcInputException.class,
                        () ->
                                calc(
                                        "{\"chemicals\":[{\"cas\":\"7782-50-5\",\"quantityT\":1},{\"cas\":\"1234-56-7\",\"quantityT\":1}],"
                                                + "\"exposedPeople\":1}"));
        assertEquals("chemicals[1].cas", e.field());
        assertTrue(e.getMessage().contains("1234-56-7"), e.getMessage());
        assertEquals(
                "chemicals[0].name",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        calc(
                                                "{\"chemicals\":[{\"name\":\"unobtainium\",\"quantityT\":1}],\"exposedPeople\":1}"))
                        .field());
        assertEquals(
                "chemicals[0].hazardClass",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        calc(
                                                "{\"chemicals\":[{\"hazardClass\":\"W12\",\"quantityT\":1}],\"exposedPeople\":1}"))
                        .field());
    }

    @Test
    void badQuantitiesNameTheField() {
        assertEquals(
                "chemicals[0].quantityT",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        calc(
                                                "{\"chemicals\":[{\"cas\":\"7782-50-5\",\"quantityT\":-1}],\"exposedPeople\":1}"))
                        .field());
        assertEquals(
                "chemicals[0].quantityT",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        calc(
                                                "{\"chemicals\":[{\"cas\":\"7782-50-5\"}],\"exposedPeople\":1}"))
                        .field());
        assertEquals(
                "chemicals[0].quantityT",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        calc(
                                                "{\"chemicals\":[{\"cas\":\"7782-50-5\",\"quantityT\":\"20\"}],\"exposedPeople\":1}"))
                        .field());
        assertEquals(
                "exposedPeople",
                assertThrows(
                                CalcInputException.class,
                                () ->
                                        calc(
                                                "{\"chemicals\":[{\"cas\":\"7782-50-5\",\"quantityT\":2}]}"))
                        .field());
        assertEquals(
                "chemicals",
                assertThrows(
                                CalcInputException.class,
                                () -> calc("{\"chemicals\":[],\"exposedPeople\":1}"))
                        .field());
    }

    @Test
    void ambiguousCasAndMissingClassAreExplained() throws Exception {
        CalcInputException amb =
                assertThrows(
                        CalcInputException.class,
                        () ->
                                calc(
                                        "{\"chemicals\":[{\"cas\":\"6484-52-2\",\"quantityT\":1}],\"exposedPeople\":1}"));
        assertTrue(
                amb.getMessage().contains("43") && amb.getMessage().contains("44"),
                amb.getMessage());
        CalcInputException noClass =
                assertThrows(
                        CalcInputException.class,
                        () ->
                                calc(
                                        "{\"chemicals\":[{\"name\":\"三氧化硫\",\"quantityT\":600}],\"exposedPeople\":1}"));
        assertEquals("chemicals[0].hazardClass", noClass.field());
        JsonNode out =
                calc(
                        "{\"chemicals\":[{\"name\":\"三氧化硫\",\"hazardClass\":\"J3\",\"quantityT\":150}],"
                                + "\"exposedPeople\":1}");
        assertEquals(4.0, out.get("r").asDouble(), TOL); // α 1 × β 2 × 150/75
    }

    @Test
    void discoveredThroughServiceLoader() {
        boolean found =
                ServiceLoader.load(CalcModel.class).stream()
                        .anyMatch(p -> p.get().name().equals("gb18218"));
        assertTrue(found);
    }
}
