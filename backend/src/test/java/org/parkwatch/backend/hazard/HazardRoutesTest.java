package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hazard, chemical and registry resources on the demo park over real HTTP (no live levels yet).
 */
class HazardRoutesTest {
    @TempDir static Path dataDir;
    private static HazardBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = HazardBackend.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    static JsonObject unit(JsonObject list, String id) {
        for (Object o : list.getJsonArray("units")) {
            if (((JsonObject) o).getString("id").equals(id)) return (JsonObject) o;
        }
        throw new AssertionError("no unit " + id + " in " + list.encode());
    }

    @Test
    void e01ChlorineStorageIsALevel1MajorHazardWithAlpha2() throws Exception {
        JsonObject tf1 = unit(backend.getObject("/api/hazards"), "E01-TF1");
        assertTrue(tf1.getBoolean("isMajorHazard"));
        assertEquals(2.0, tf1.getDouble("alpha"), 1e-9);
        assertTrue(tf1.getInteger("exposedPeople") >= 100, tf1.encode());
        assertEquals("E01", tf1.getString("enterpriseId"));
        assertEquals("滨河华盛氯碱化工有限公司", tf1.getString("enterpriseNameZh"));
        // three 74 m³ bullets × 1.41 t/m³ × 0.9 fill ≈ 282 t chlorine, Q = 5 t: S ≈ 56; R = 2 × 4 ×
        // S ≈ 450 → level 1
        double s = tf1.getJsonObject("static").getDouble("s");
        assertTrue(s > 50 && s < 60, "static S " + s);
        assertEquals(1, tf1.getJsonObject("static").getInteger("level"));
        assertEquals(2.0 * 4 * s, tf1.getJsonObject("static").getDouble("r"), 1e-6 * s);
    }

    @Test
    void detailShowsTheArithmeticAndTheVillageCounted() throws Exception {
        JsonObject d = backend.getObject("/api/hazards/E01-TF1");
        JsonObject grading = d.getJsonObject("staticGrading");
        JsonObject chlorine = grading.getJsonArray("items").getJsonObject(0);
        assertEquals("7782-50-5", chlorine.getString("cas"));
        assertEquals(5.0, chlorine.getDouble("criticalQuantityT"), 1e-9);
        assertEquals(4.0, chlorine.getDouble("beta"), 1e-9);
        assertEquals(chlorine.getDouble("q") / 5.0, chlorine.getDouble("ratio"), 1e-9);
        assertTrue(
                grading.getJsonObject("arithmetic").getString("zh").contains("一级"),
                grading.getJsonObject("arithmetic").encode());
        JsonObject village = null;
        for (Object o : d.getJsonObject("exposure").getJsonArray("targets")) {
            if (((JsonObject) o).getString("id").equals("V-XIAOLIZHUANG")) village = (JsonObject) o;
        }
        assertNotNull(village, d.getJsonObject("exposure").encode());
        assertEquals(320, village.getInteger("population"));
        // α counts from the plant boundary (E01's site polygon), which is nearer the village than
        // the tank farm
        JsonObject exposure = d.getJsonObject("exposure");
        assertEquals("enterprise-site", exposure.getString("boundaryKind"));
        assertEquals("E01-PLOT", exposure.getString("boundaryId"));
        assertTrue(
                exposure.getJsonObject("arithmetic").getString("zh").contains("厂区边界"),
                exposure.encode());
        double distance = village.getDouble("distanceM");
        assertTrue(distance > 300 && distance < 350, "distance " + distance);
        assertEquals(3, d.getJsonArray("tanks").size());
        assertEquals(404, backend.get("/api/hazards/NOPE").statusCode());
    }

    @Test
    void listIsSortedMostSevereFirstAndCoverageIsCounted() throws Exception {
        JsonObject list = backend.getObject("/api/hazards");
        int previous = 0;
        for (Object o : list.getJsonArray("units")) {
            Integer level = ((JsonObject) o).getInteger("level");
            int rank = level == null ? 5 : level;
            assertTrue(rank >= previous, "unsorted at " + ((JsonObject) o).getString("id"));
            previous = rank;
        }
        JsonObject signals =
                unit(list, "E01-TF1").getJsonObject("coverage").getJsonObject("signals");
        assertEquals(3, signals.getJsonObject("level").getInteger("tags"));
        assertTrue(signals.getJsonObject("gas").getInteger("tags") > 0);
        assertTrue(signals.getJsonObject("sis").getInteger("tags") > 0);
        assertFalse(signals.getJsonObject("level").getBoolean("live"));
        JsonObject park = list.getJsonObject("coverage");
        assertTrue(park.getInteger("majorHazards") > 0);
        assertEquals(0.0, park.getDouble("percent"), 1e-9);
    }

    @Test
    void chemicalCarriesQBetaFlagsAndDisposalCard() throws Exception {
        HttpResponse<String> r = backend.get("/api/chemicals");
        assertEquals(200, r.statusCode());
        assertTrue(
                new JsonArray(r.body())
                        .stream()
                                .anyMatch(
                                        o ->
                                                ((JsonObject) o)
                                                        .getString("cas")
                                                        .equals("7782-50-5")));
        JsonObject cl = backend.getObject("/api/chemicals/7782-50-5");
        assertEquals(5.0, cl.getJsonObject("gb18218").getDouble("criticalQuantityT"), 1e-9);
        assertEquals(4.0, cl.getJsonObject("gb18218").getDouble("beta"), 1e-9);
        assertTrue(cl.getJsonObject("flags").getBoolean("highlyToxic"));
        JsonObject card = cl.getJsonObject("disposalCard");
        assertNotNull(card);
        assertFalse(card.getJsonObject("zh").getJsonArray("hazards").isEmpty());
        assertEquals(404, backend.get("/api/chemicals/0000-00-0").statusCode());
    }

    @Test
    void registryListsEnterprisesWithUnitsAndDerivedColour() throws Exception {
        HttpResponse<String> r = backend.get("/api/registry/enterprises");
        assertEquals(200, r.statusCode());
        JsonObject e01 = null;
        for (Object o : new JsonArray(r.body())) {
            if (((JsonObject) o).getString("id").equals("E01")) e01 = (JsonObject) o;
        }
        assertNotNull(e01);
        assertEquals("91410700MA470137XX", e01.getString("creditCode"));
        assertEquals("red", e01.getJsonObject("riskColour").getString("id"));
        List<String> units = new ArrayList<>();
        e01.getJsonArray("units").forEach(o -> units.add(((JsonObject) o).getString("id")));
        assertTrue(units.contains("E01-TF1"), units.toString());
        assertTrue(
                e01.getJsonArray("installations").stream()
                        .anyMatch(
                                o ->
                                        ((JsonObject) o).getString("id").equals("E01-V101")
                                                && ((JsonObject) o).getBoolean("hasSis")));
    }
}
