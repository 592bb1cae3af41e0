package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.security.Role;

/**
 * Editing and deleting licences and duty contacts over real HTTP (issue 18): the demo park starts
 * with its registry.json records; a good PUT replaces the entry, a bad one answers 400 naming the
 * field and changes nothing; DELETE removes it; unknown entries and another enterprise's entries
 * are 404; an enterprise user is refused.
 */
class RegistryEditRoutesTest {
    private static final String E01 = "/api/registry/enterprises/E01";

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

    private static JsonArray list(String name) throws Exception {
        return backend.getObject(E01).getJsonArray(name);
    }

    @Test
    void theDemoParkStartsWithAFilledRegistry() throws Exception {
        JsonObject e03 = backend.getObject("/api/registry/enterprises/E03");
        assertTrue(
                e03.getJsonArray("licences").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(l -> l.getBoolean("expiringSoon")),
                "E03's 排污许可证 expires within 30 days");
        for (int i = 1; i <= 8; i++) {
            JsonObject f = backend.getObject("/api/registry/enterprises/E0" + i);
            assertEquals(3, f.getJsonArray("licences").size(), f.getString("id"));
            assertEquals(2, f.getJsonArray("contacts").size(), f.getString("id"));
            assertEquals(2, f.getJsonArray("colourHistory").size(), f.getString("id"));
            assertEquals(1, f.getJsonArray("blacklist").size(), f.getString("id"));
        }
        assertTrue(backend.getObject("/api/registry/enterprises/E08").getBoolean("blacklisted"));
    }

    @Test
    void aLicenceIsReplacedOrRefusedWhole() throws Exception {
        JsonObject first = list("licences").getJsonObject(0);
        String path = E01 + "/licences/" + first.getString("id");
        JsonObject bad =
                new JsonObject()
                        .put("kind", "安全生产许可证")
                        .put("number", "X-1")
                        .put("validFrom", "2026-01-01")
                        .put("validUntil", "2025-01-01");
        HttpResponse<String> refused = backend.put(path, bad.encode());
        assertEquals(400, refused.statusCode());
        assertTrue(
                new JsonObject(refused.body()).getString("error").startsWith("validUntil:"),
                refused.body());
        assertEquals(first, list("licences").getJsonObject(0), "nothing changed");

        HttpResponse<String> ok =
                backend.put(path, bad.copy().put("validUntil", "2029-12-31").encode());
        assertEquals(200, ok.statusCode(), ok.body());
        JsonObject after =
                list("licences").stream()
                        .map(JsonObject.class::cast)
                        .filter(l -> l.getString("id").equals(first.getString("id")))
                        .findFirst()
                        .orElseThrow();
        assertEquals("X-1", after.getString("number"));
        assertEquals("2029-12-31", after.getString("validUntil"));

        assertEquals(
                404,
                backend.put(
                                E01 + "/licences/no-such-entry",
                                bad.copy().put("validUntil", "2029-12-31").encode())
                        .statusCode());
        String ofE02 =
                backend.getObject("/api/registry/enterprises/E02")
                        .getJsonArray("licences")
                        .getJsonObject(0)
                        .getString("id");
        assertEquals(
                404,
                backend.delete(E01 + "/licences/" + ofE02).statusCode(),
                "E02's licence is not E01's");
    }

    @Test
    void aContactIsEditedAndDeleted() throws Exception {
        int before = list("contacts").size();
        String id = list("contacts").getJsonObject(0).getString("id");
        HttpResponse<String> badPhone =
                backend.put(
                        E01 + "/contacts/" + id,
                        new JsonObject()
                                .put("name", "王五")
                                .put("role", "值班长")
                                .put("phone", "12345")
                                .encode());
        assertEquals(400, badPhone.statusCode());
        assertTrue(
                new JsonObject(badPhone.body()).getString("error").startsWith("phone:"),
                badPhone.body());
        assertEquals(
                200,
                backend.put(
                                E01 + "/contacts/" + id,
                                new JsonObject()
                                        .put("name", "王五")
                                        .put("role", "值班长")
                                        .put("phone", "13800001111")
                                        .encode())
                        .statusCode());
        assertEquals(
                "13800001111",
                list("contacts").stream()
                        .map(JsonObject.class::cast)
                        .filter(c -> c.getString("id").equals(id))
                        .findFirst()
                        .orElseThrow()
                        .getString("phone"));

        HttpResponse<String> deleted = backend.delete(E01 + "/contacts/" + id);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(new JsonObject(deleted.body()).getBoolean("deleted"));
        assertEquals(before - 1, list("contacts").size());
        assertFalse(list("contacts").encode().contains(id));
        assertEquals(404, backend.delete(E01 + "/contacts/" + id).statusCode());
    }

    @Test
    void anEnterpriseUserCannotEditTheRegistry() throws Exception {
        String token = TestAuth.token(backend.backend, Role.ENTERPRISE, "E01");
        String id = list("licences").getJsonObject(0).getString("id");
        HttpResponse<String> r =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        backend.uri(E01 + "/licences/" + id)
                                                                .toString()))
                                        .header("Authorization", "Bearer " + token)
                                        .DELETE()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode(), r.body());
    }
}
