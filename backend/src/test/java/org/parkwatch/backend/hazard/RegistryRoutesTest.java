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
 * The enterprise file routes without a database ({@code db.enabled=false}, the in-memory registry)
 * over real HTTP: every write with a bad field answers 400 naming the field and changes nothing;
 * unknown enterprises and entries 404.
 */
class RegistryRoutesTest {
    private static final String JSON = "application/json";
    private static final String BASE = "/api/registry/enterprises/E01";

    @TempDir static Path dataDir;
    private static HazardBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = HazardBackend.start(dataDir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (backend != null) backend.close();
    }

    private static void rejected(String path, JsonObject body, String field) throws Exception {
        HttpResponse<String> r = backend.post(path, JSON, body.encode());
        assertEquals(400, r.statusCode(), r.body());
        String error = new JsonObject(r.body()).getString("error");
        assertTrue(error.startsWith(field + ":"), error);
    }

    @Test
    void badFieldsAnswer400NamingTheField() throws Exception {
        JsonObject before =
                backend.getObject(BASE); // the demo park's registry.json filled it at start
        JsonObject licence =
                new JsonObject()
                        .put("kind", "安全生产许可证")
                        .put("number", "L-1")
                        .put("validFrom", "2026-01-01")
                        .put("validUntil", "2028-12-31");
        rejected(BASE + "/licences", licence.copy().put("kind", " "), "kind");
        rejected(BASE + "/licences", licence.copy().put("validFrom", "2026-13-01"), "validFrom");
        rejected(BASE + "/licences", licence.copy().put("validUntil", "2025-12-31"), "validUntil");
        rejected(BASE + "/licences", licence.copy().putNull("number"), "number");
        rejected(
                BASE + "/contacts",
                new JsonObject().put("name", "张伟").put("phone", "12345"),
                "phone");
        rejected(BASE + "/contacts", new JsonObject().put("phone", "13912345678"), "name");
        rejected(
                BASE + "/risk-colour",
                new JsonObject()
                        .put("colour", "purple")
                        .put("since", "2026-01-01")
                        .put("reason", "评估"),
                "colour");
        rejected(
                BASE + "/risk-colour",
                new JsonObject().put("colour", "红").put("since", "2026-01-01"),
                "reason");
        rejected(
                BASE + "/blacklist",
                new JsonObject().put("reason", "瞒报").put("listedOn", "yesterday"),
                "listedOn");
        HttpResponse<String> notJson = backend.post(BASE + "/blacklist", JSON, "[1,2]");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("body:"), notJson.body());

        JsonObject file = backend.getObject(BASE);
        for (String list : new String[] {"licences", "contacts", "colourHistory", "blacklist"}) {
            assertEquals(before.getJsonArray(list), file.getJsonArray(list), list + " unchanged");
        }
    }

    @Test
    void unknownEnterpriseOrEntryIs404() throws Exception {
        assertEquals(404, backend.get("/api/registry/enterprises/NOPE").statusCode());
        assertEquals(
                404,
                backend.post(
                                "/api/registry/enterprises/NOPE/contacts",
                                JSON,
                                new JsonObject()
                                        .put("name", "张伟")
                                        .put("phone", "13912345678")
                                        .encode())
                        .statusCode());
        assertEquals(404, backend.delete(BASE + "/blacklist/no-such-entry").statusCode());
    }

    @Test
    void blacklistRemovalIsPublishedAndChecked() throws Exception {
        java.time.LocalDate listed = RegistryJson.today().minusDays(30);
        HttpResponse<String> added =
                backend.post(
                        "/api/registry/enterprises/E03/blacklist",
                        JSON,
                        new JsonObject()
                                .put("reason", "重大隐患逾期未改")
                                .put("listedOn", listed.toString())
                                .encode());
        assertEquals(201, added.statusCode(), added.body());
        String entry = new JsonObject(added.body()).getString("id");
        JsonArray published = new JsonArray(backend.get("/api/registry/blacklist").body());
        assertTrue(
                published.stream().anyMatch(o -> ((JsonObject) o).getString("id").equals(entry)),
                published.encode());

        String path = "/api/registry/enterprises/E03/blacklist/" + entry;
        HttpResponse<String> early = backend.delete(path + "?removedOn=" + listed.minusDays(1));
        assertEquals(400, early.statusCode());
        assertTrue(
                new JsonObject(early.body()).getString("error").startsWith("removedOn:"),
                early.body());
        assertEquals(400, backend.delete(path + "?removedOn=soon").statusCode());
        assertEquals(200, backend.delete(path).statusCode());
        HttpResponse<String> again = backend.delete(path);
        assertEquals(400, again.statusCode());
        assertTrue(
                new JsonObject(again.body()).getString("error").startsWith("entryId:"),
                again.body());
        JsonArray after = new JsonArray(backend.get("/api/registry/blacklist").body());
        assertTrue(
                after.stream().noneMatch(o -> ((JsonObject) o).getString("id").equals(entry)),
                after.encode());
        JsonObject file = backend.getObject("/api/registry/enterprises/E03");
        JsonObject removed =
                file.getJsonArray("blacklist").stream()
                        .map(JsonObject.class::cast)
                        .filter(o -> o.getString("id").equals(entry))
                        .findFirst()
                        .orElseThrow();
        assertEquals(RegistryJson.today().toString(), removed.getString("removedOn"));
    }
}
