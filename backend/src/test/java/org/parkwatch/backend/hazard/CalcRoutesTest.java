package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/calc/:model over real HTTP: the gb18218 issue example, plume P1, bad input and unknown
 * models.
 */
class CalcRoutesTest {
    private static final String JSON = "application/json";
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

    @Test
    void gb18218IssueExampleGivesS72AndLevel3() throws Exception {
        HttpResponse<String> r =
                backend.post(
                        "/api/calc/gb18218",
                        JSON,
                        "{\"chemicals\": [{\"cas\": \"7782-50-5\", "
                                + "\"quantityT\": 20}, {\"name\": \"甲醇\", \"quantityT\": 1000}, {\"hazardClass\": \"W2\", "
                                + "\"quantityT\": 12}], \"exposedPeople\": 100}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject out = new JsonObject(r.body());
        assertEquals(7.2, out.getDouble("s"), 1e-9);
        assertEquals(true, out.getBoolean("isMajorHazard"));
        assertEquals(3, out.getInteger("level"));
        assertEquals(2.0, out.getDouble("alpha"), 1e-9);
        JsonArray items = out.getJsonArray("items");
        assertEquals(3, items.size());
        assertEquals(5.0, items.getJsonObject(0).getDouble("criticalQuantityT"), 1e-9);
        assertEquals(4.0, items.getJsonObject(0).getDouble("ratio"), 1e-9);
    }

    @Test
    void plumeP1MatchesTheTestVector() throws Exception {
        HttpResponse<String> r =
                backend.post(
                        "/api/calc/plume",
                        JSON,
                        "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,"
                                + "\"stability\":\"D\",\"terrain\":\"rural\",\"releaseHeightM\":0,\"xM\":1000,\"yM\":0,\"zM\":0}");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject out = new JsonObject(r.body());
        assertEquals(2.19941e-5, out.getDouble("concentrationKgPerM3"), 2.19941e-5 * 1e-4);
        assertEquals(76.277, out.getDouble("sigmaYM"), 76.277 * 1e-4);
        assertEquals(37.947, out.getDouble("sigmaZM"), 37.947 * 1e-4);
    }

    @Test
    void badFieldAnswers400NamingIt() throws Exception {
        HttpResponse<String> r =
                backend.post(
                        "/api/calc/gb18218",
                        JSON,
                        "{\"chemicals\": [{\"cas\": \"7782-50-5\", \"quantityT\": 20}, {\"cas\": \"7782-50-5\", "
                                + "\"quantityT\": -3}], \"exposedPeople\": 10}");
        assertEquals(400, r.statusCode(), r.body());
        JsonObject err = new JsonObject(r.body());
        assertEquals("chemicals[1].quantityT", err.getString("field"));
        assertTrue(
                err.getString("error").startsWith("chemicals[1].quantityT"),
                err.getString("error"));

        r =
                backend.post(
                        "/api/calc/plume",
                        JSON,
                        "{\"releaseRateKgPerS\":1,\"windSpeedMPerS\":5,\"stability\":\"G\","
                                + "\"xM\":100}");
        assertEquals(400, r.statusCode());
        assertEquals("stability", new JsonObject(r.body()).getString("field"));

        r = backend.post("/api/calc/plume", JSON, "{not json");
        assertEquals(400, r.statusCode());
        assertTrue(
                new JsonObject(r.body()).getString("error").startsWith("request body is not JSON"));
    }

    @Test
    void unknownModelAnswers404ListingTheModels() throws Exception {
        HttpResponse<String> r = backend.post("/api/calc/nosuch", JSON, "{}");
        assertEquals(404, r.statusCode());
        JsonObject err = new JsonObject(r.body());
        assertTrue(err.getJsonArray("models").contains("gb18218"), r.body());
        assertTrue(err.getJsonArray("models").contains("plume"), r.body());
        assertTrue(err.getString("error").contains("nosuch"));
    }

    @Test
    void listNamesEveryModelWithItsSummary() throws Exception {
        HttpResponse<String> r = backend.get("/api/calc");
        assertEquals(200, r.statusCode());
        JsonArray models = new JsonArray(r.body());
        JsonObject gb = null;
        for (Object o : models) {
            if (((JsonObject) o).getString("name").equals("gb18218")) gb = (JsonObject) o;
        }
        assertTrue(gb != null && !gb.getString("summary").isBlank(), r.body());
        assertTrue(models.size() >= 15, "models: " + models.size());
    }
}
