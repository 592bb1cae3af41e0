package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports parse back with the API's numbers; the registry import is all or nothing with row
 * numbers.
 */
class HazardExportsHttpTest {
    private static final String CSV = "text/csv; charset=utf-8";
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

    /** Splits one CSV line; the test data has no quoted commas in the columns it reads. */
    private static Map<String, String> row(List<String> header, String line) {
        String[] cells = line.split(",", -1);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) out.put(header.get(i), cells[i]);
        return out;
    }

    @Test
    void hazardsCsvHasABomAndTheApiNumbers() throws Exception {
        HttpResponse<String> r = backend.get("/api/export/hazards.csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = r.body();
        assertEquals('\uFEFF', body.charAt(0));
        String[] lines = body.substring(1).split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        assertEquals(HazardExports.HAZARD_COLUMNS, header);
        JsonObject api = backend.getObject("/api/hazards");
        assertEquals(api.getJsonArray("units").size(), lines.length - 1);
        int checked = 0;
        for (int i = 1; i < lines.length; i++) {
            Map<String, String> row = row(header, lines[i]);
            JsonObject u = HazardRoutesTest.unit(api, row.get("unit_id"));
            assertEquals(
                    u.getDouble("s"), Double.parseDouble(row.get("s")), 1e-9, row.get("unit_id"));
            assertEquals(
                    u.getInteger("level") == null ? "" : u.getInteger("level").toString(),
                    row.get("level"));
            assertEquals(
                    u.getInteger("exposedPeople"), Integer.parseInt(row.get("exposed_people")));
            checked++;
        }
        Map<String, String> tf1 = null;
        for (int i = 1; i < lines.length; i++)
            if (lines[i].startsWith("E01-TF1,")) tf1 = row(header, lines[i]);
        assertEquals("液氯储存区", tf1.get("unit_name_zh"));
        assertEquals("1", tf1.get("level"));
        assertEquals("2", tf1.get("alpha"));
        assertTrue(checked > 10);
    }

    @Test
    void hazardsGeoJsonHasEveryUnitWithItsGrade() throws Exception {
        HttpResponse<String> r = backend.get("/api/export/hazards.geojson");
        assertEquals(200, r.statusCode());
        JsonObject fc = new JsonObject(r.body());
        assertEquals("FeatureCollection", fc.getString("type"));
        JsonArray features = fc.getJsonArray("features");
        assertEquals(
                backend.getObject("/api/hazards").getJsonArray("units").size(), features.size());
        JsonObject tf1 =
                features.stream()
                        .map(o -> (JsonObject) o)
                        .filter(f -> f.getString("id").equals("E01-TF1"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Polygon", tf1.getJsonObject("geometry").getString("type"));
        assertEquals(1, tf1.getJsonObject("properties").getInteger("level"));
        assertEquals(1, tf1.getJsonObject("properties").getInteger("static_level"));
        assertTrue(tf1.getJsonObject("properties").getBoolean("isMajorHazard"));
    }

    @Test
    void registryCsvImportsBackAndABadRowSavesNothing() throws Exception {
        HttpResponse<String> exported = backend.get("/api/export/registry.csv");
        assertEquals(200, exported.statusCode());
        String csv = exported.body();
        assertTrue(csv.contains("E01,滨河华盛氯碱化工有限公司,"), csv);
        HttpResponse<String> ok = backend.post("/api/registry/import?kind=enterprises", CSV, csv);
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(8, new JsonObject(ok.body()).getInteger("imported"));

        String bad =
                "id,name_zh,name_en,credit_code,address,activities\n"
                        + "E01,改名公司,Renamed,91410700MA470137XX,纬一路1号,生产\n"
                        + "E09,新公司,,91410700MA470137X0,纬九路9号,生产\n";
        HttpResponse<String> rejected =
                backend.post("/api/registry/import?kind=enterprises", CSV, bad);
        assertEquals(400, rejected.statusCode(), rejected.body());
        JsonObject err = new JsonObject(rejected.body());
        JsonObject first = err.getJsonArray("rows").getJsonObject(0);
        assertEquals(3, first.getInteger("line"));
        assertEquals("credit_code", first.getString("column"));
        assertTrue(err.getString("error").contains("line 3"), err.getString("error"));

        JsonArray now = new JsonArray(backend.get("/api/registry/enterprises").body());
        JsonObject e01 =
                now.stream()
                        .map(o -> (JsonObject) o)
                        .filter(e -> e.getString("id").equals("E01"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("滨河华盛氯碱化工有限公司", e01.getString("nameZh"));
        assertTrue(now.stream().noneMatch(o -> ((JsonObject) o).getString("id").equals("E09")));
        assertEquals(400, backend.post("/api/registry/import?kind=people", CSV, bad).statusCode());
    }

    @Test
    void registryCsvNeutralisesFormulaCellsAndImportsThemBackUnchanged(@TempDir Path other)
            throws Exception {
        // issue 19 D7: the probe's cells =HYPERLINK(…) and @SUM(…)|cmd came out of registry.csv
        // unescaped
        try (HazardBackend b = HazardBackend.start(other)) {
            String evil =
                    "id,name_zh,name_en,credit_code,address,activities\n"
                            + "E01,\"=HYPERLINK(\"\"http://x.example/\"\",\"\"点此\"\")\",+cmd,91410700MA470137XX,"
                            + "@SUM(1+1)|cmd,生产\n";
            HttpResponse<String> in = b.post("/api/registry/import?kind=enterprises", CSV, evil);
            assertEquals(200, in.statusCode(), in.body());
            String csv = b.get("/api/export/registry.csv").body();
            String e01 =
                    java.util.Arrays.stream(csv.split("\r\n"))
                            .filter(l -> l.startsWith("E01,"))
                            .findFirst()
                            .orElseThrow();
            assertEquals(
                    "E01,\"'=HYPERLINK(\"\"http://x.example/\"\",\"\"点此\"\")\",'+cmd,91410700MA470137XX,"
                            + "'@SUM(1+1)|cmd,production",
                    e01);
            for (String line : csv.substring(1).split("\r\n")) {
                for (String cell : line.split(",")) {
                    assertTrue(cell.isEmpty() || "=+-@\t".indexOf(cell.charAt(0)) < 0, line);
                }
            }
            assertEquals(
                    200, b.post("/api/registry/import?kind=enterprises", CSV, csv).statusCode());
            JsonObject back =
                    new JsonArray(b.get("/api/registry/enterprises").body())
                            .stream()
                                    .map(o -> (JsonObject) o)
                                    .filter(e -> e.getString("id").equals("E01"))
                                    .findFirst()
                                    .orElseThrow();
            assertEquals("=HYPERLINK(\"http://x.example/\",\"点此\")", back.getString("nameZh"));
            assertEquals("@SUM(1+1)|cmd", back.getString("address"));
        }
    }
}
