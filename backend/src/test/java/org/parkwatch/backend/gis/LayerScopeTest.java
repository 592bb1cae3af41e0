package org.parkwatch.backend.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The stored layers are scoped by the caller: an E01 user gets only E01's tanks, and every
 * enterprise site.
 */
class LayerScopeTest {
    private static final HttpClient HTTP = TestHttp.CLIENT;

    @Test
    void enterpriseUserGetsOnlyItsOwnFeaturesOfEnterpriseLayers(@TempDir Path dir)
            throws Exception {
        try (TestBackend b =
                TestBackend.start(TestBackend.config(dir, Map.of()), ParkCatalog.loadDemo())) {
            String e01 = TestAuth.token(b.backend, Role.ENTERPRISE, "E01");
            String operator = TestAuth.token(b.backend, Role.OPERATOR, null);
            JsonArray all =
                    new JsonObject(get(b, operator, "/api/layers/tanks")).getJsonArray("features");
            JsonArray own =
                    new JsonObject(get(b, e01, "/api/layers/tanks")).getJsonArray("features");
            long e01Tanks =
                    all.stream()
                            .filter(
                                    f ->
                                            "E01"
                                                    .equals(
                                                            ((JsonObject) f)
                                                                    .getJsonObject("properties")
                                                                    .getString("enterpriseId")))
                            .count();
            assertTrue(e01Tanks > 0 && e01Tanks < all.size());
            assertEquals(e01Tanks, own.size());
            assertTrue(
                    own.stream()
                            .allMatch(
                                    f ->
                                            "E01"
                                                    .equals(
                                                            ((JsonObject) f)
                                                                    .getJsonObject("properties")
                                                                    .getString("enterpriseId"))));
            int listed =
                    new JsonArray(get(b, e01, "/api/layers"))
                            .stream()
                                    .map(JsonObject.class::cast)
                                    .filter(l -> l.getString("id").equals("tanks"))
                                    .findFirst()
                                    .orElseThrow()
                                    .getInteger("featureCount");
            assertEquals(e01Tanks, listed, "the layer list counts what the caller sees");
            assertEquals(
                    8,
                    new JsonObject(get(b, e01, "/api/layers/enterprises"))
                            .getJsonArray("features")
                            .size(),
                    "every enterprise site stays visible");
        }
    }

    private static String get(TestBackend b, String token, String path) throws Exception {
        HttpResponse<String> r =
                HTTP.send(
                        HttpRequest.newBuilder(b.uri(path))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }
}
