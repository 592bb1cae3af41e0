package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.hazard.registry.CreditCode;

/**
 * The enterprise registry (一企一档) kept in the database over real HTTP: records added through the API
 * and CSV imports survive a restart, and an import with a bad row saves nothing. Run against H2GIS
 * ({@link RegistryH2GisTest}) and PostGIS ({@link RegistryPostgisTest}).
 */
abstract class RegistryStoreContractTest {
    static final String JSON = "application/json";
    static final String CSV = "text/csv";
    static final String HEADER = "id,name_zh,name_en,credit_code,address,activities\n";

    @TempDir Path dataDir;

    /** Configuration keys selecting the database under test (db.enabled, db.url …). */
    protected abstract Map<String, String> database() throws Exception;

    /**
     * A valid unified social credit code: the prefix with the check character that makes it valid.
     */
    static String creditCode(String prefix17) {
        for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            if (CreditCode.isValid(prefix17 + c)) return prefix17 + c;
        }
        throw new AssertionError("no check character for " + prefix17);
    }

    static String id(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        return new JsonObject(created.body()).getString("id");
    }

    @Test
    void recordsAndImportsSurviveARestart() throws Exception {
        Map<String, String> db = database();
        LocalDate today = RegistryJson.today();
        String code = creditCode("91410700MA4709990");
        String blacklistKept;
        String editedContact;
        String deletedLicence;
        try (HazardBackend b = HazardBackend.start(dataDir, db)) {
            HttpResponse<String> imp =
                    b.post(
                            "/api/registry/import?kind=enterprises",
                            CSV,
                            HEADER + "E09,新建化工有限公司,New Chem,\"" + code + "\",纬九路9号,生产;储存\n");
            assertEquals(200, imp.statusCode(), imp.body());
            String base = "/api/registry/enterprises/E09";
            id(
                    b.post(
                            base + "/licences",
                            JSON,
                            new JsonObject()
                                    .put("kind", "安全生产许可证")
                                    .put("number", "(豫)WH安许证字[2026]001")
                                    .put("validFrom", today.minusYears(3).toString())
                                    .put("validUntil", today.plusDays(10).toString())
                                    .encode()));
            id(
                    b.post(
                            base + "/licences",
                            JSON,
                            new JsonObject()
                                    .put("kind", "排污许可证")
                                    .put("number", "PW-2")
                                    .put("validFrom", today.minusYears(1).toString())
                                    .put("validUntil", today.plusYears(2).toString())
                                    .encode()));
            id(
                    b.post(
                            base + "/contacts",
                            JSON,
                            new JsonObject()
                                    .put("name", "王芳")
                                    .put("role", "值班长")
                                    .put("phone", "0373-1234567")
                                    .encode()));
            id(
                    b.post(
                            base + "/risk-colour",
                            JSON,
                            new JsonObject()
                                    .put("colour", "黄")
                                    .put("since", "2026-01-05")
                                    .put("reason", "年度评估")
                                    .encode()));
            id(
                    b.post(
                            base + "/risk-colour",
                            JSON,
                            new JsonObject()
                                    .put("colour", "orange")
                                    .put("since", today.minusDays(1).toString())
                                    .put("reason", "泄漏事故")
                                    .encode()));
            String removed =
                    id(
                            b.post(
                                    base + "/blacklist",
                                    JSON,
                                    new JsonObject()
                                            .put("reason", "未整改隐患")
                                            .put("listedOn", "2025-03-01")
                                            .encode()));
            HttpResponse<String> del =
                    b.delete(base + "/blacklist/" + removed + "?removedOn=2025-09-01&reason=已整改");
            assertEquals(200, del.statusCode(), del.body());
            assertEquals("2025-09-01", new JsonObject(del.body()).getString("removedOn"));
            // an edit and a deletion of the demo records (registry.json) are stored too
            JsonObject e01 = b.getObject("/api/registry/enterprises/E01");
            editedContact = e01.getJsonArray("contacts").getJsonObject(0).getString("id");
            assertEquals(
                    200,
                    b.put(
                                    "/api/registry/enterprises/E01/contacts/" + editedContact,
                                    new JsonObject()
                                            .put("name", "赵六")
                                            .put("role", "值班长")
                                            .put("phone", "13700002222")
                                            .encode())
                            .statusCode());
            deletedLicence = e01.getJsonArray("licences").getJsonObject(0).getString("id");
            assertEquals(
                    200,
                    b.delete("/api/registry/enterprises/E01/licences/" + deletedLicence)
                            .statusCode());
            blacklistKept =
                    id(
                            b.post(
                                    "/api/registry/enterprises/E02/blacklist",
                                    JSON,
                                    new JsonObject()
                                            .put("reason", "瞒报事故")
                                            .put("listedOn", today.minusDays(5).toString())
                                            .encode()));
        }
        try (HazardBackend b = HazardBackend.start(dataDir, db)) {
            JsonObject f = b.getObject("/api/registry/enterprises/E09");
            assertEquals("新建化工有限公司", f.getString("nameZh"));
            assertEquals(code, f.getString("creditCode"));
            assertEquals(2, f.getJsonArray("activities").size());
            JsonArray lic = f.getJsonArray("licences");
            assertEquals(2, lic.size());
            assertEquals("安全生产许可证", lic.getJsonObject(0).getString("kind"));
            assertEquals(
                    today.plusDays(10).toString(), lic.getJsonObject(0).getString("validUntil"));
            assertTrue(lic.getJsonObject(0).getBoolean("expiringSoon"));
            assertFalse(lic.getJsonObject(1).getBoolean("expiringSoon"));
            JsonObject contact = f.getJsonArray("contacts").getJsonObject(0);
            assertEquals("王芳", contact.getString("name"));
            assertEquals("0373-1234567", contact.getString("phone"));
            JsonArray colours = f.getJsonArray("colourHistory");
            assertEquals(2, colours.size());
            assertEquals("yellow", colours.getJsonObject(0).getString("colour"));
            assertEquals("orange", colours.getJsonObject(1).getString("colour"));
            assertEquals("orange", f.getJsonObject("riskColour").getString("id"));
            assertEquals(
                    RegistryJson.ASSESSED_BASIS, f.getJsonObject("riskColour").getString("basis"));
            JsonObject entry = f.getJsonArray("blacklist").getJsonObject(0);
            assertEquals("2025-03-01", entry.getString("listedOn"));
            assertEquals("2025-09-01", entry.getString("removedOn"));
            assertEquals("已整改", entry.getString("removalReason"));
            assertFalse(entry.getBoolean("active"));
            assertFalse(f.getBoolean("blacklisted"));

            JsonArray published = new JsonArray(b.get("/api/registry/blacklist").body());
            List<JsonObject> ofE02 =
                    published.stream()
                            .map(JsonObject.class::cast)
                            .filter(o -> "E02".equals(o.getString("enterpriseId")))
                            .toList();
            assertEquals(1, ofE02.size(), published.encode());
            JsonObject p = ofE02.get(0);
            assertEquals(blacklistKept, p.getString("id"));
            assertEquals("E02", p.getString("enterpriseId"));
            assertEquals("瞒报事故", p.getString("reason"));
            assertNull(p.getString("removedOn"));
            assertTrue(b.getObject("/api/registry/enterprises/E02").getBoolean("blacklisted"));
            // the demo park's registry.json is added on the first start only: a restart does not
            // add it again
            JsonObject e01 = b.getObject("/api/registry/enterprises/E01");
            assertEquals(
                    2, e01.getJsonArray("licences").size(), "3 seeded, 1 deleted, none re-added");
            assertFalse(e01.getJsonArray("licences").encode().contains(deletedLicence));
            JsonObject contact0 =
                    e01.getJsonArray("contacts").stream()
                            .map(JsonObject.class::cast)
                            .filter(c -> c.getString("id").equals(editedContact))
                            .findFirst()
                            .orElseThrow();
            assertEquals("赵六", contact0.getString("name"));
            assertEquals("13700002222", contact0.getString("phone"));
        }
    }

    @Test
    void anImportWithABadRowSavesNothing() throws Exception {
        Map<String, String> db = database();
        String good = creditCode("91410700MA4709991");
        try (HazardBackend b = HazardBackend.start(dataDir, db)) {
            HttpResponse<String> r =
                    b.post(
                            "/api/registry/import?kind=enterprises",
                            CSV,
                            HEADER
                                    + "E10,好公司,,\""
                                    + good
                                    + "\",纬十路10号,使用\n"
                                    + "E01,改名公司,Renamed,91410700MA470137XX,纬一路1号,生产\n"
                                    + "E11,坏公司,,91410700MA470137X0,纬十一路,生产\n");
            assertEquals(400, r.statusCode(), r.body());
            JsonObject err = new JsonObject(r.body());
            assertTrue(err.getString("error").contains("line 4"), err.getString("error"));
            assertEquals(4, err.getJsonArray("rows").getJsonObject(0).getInteger("line"));
            assertEquals(404, b.get("/api/registry/enterprises/E10").statusCode());
        }
        try (HazardBackend b = HazardBackend.start(dataDir, db)) {
            assertEquals(404, b.get("/api/registry/enterprises/E10").statusCode());
            assertEquals(
                    "滨河华盛氯碱化工有限公司",
                    b.getObject("/api/registry/enterprises/E01").getString("nameZh"));
        }
    }
}
