package org.parkwatch.backend.risk.qra;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.security.Role;

/**
 * Who reads the QRA's enterprise-owned parts, with real logins (TestAuth): a regulator sees every
 * enterprise's relocation entries and installations; an enterprise user holds no {@code risk:read}
 * and is refused.
 */
class QraScopingTest {
    @TempDir static Path dataDir;
    private static QraBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = QraBackend.start(dataDir, Map.of("risk.qra.cellM", "100"));
        await().atMost(Duration.ofSeconds(120)).until(() -> backend.latest() != null);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    @Test
    void aRegulatorSeesEveryEnterprisesPartAndAnEnterpriseUserIsRefused() throws Exception {
        String regulator = TestAuth.token(backend.backend, Role.REGULATOR, null);
        HttpResponse<String> allReply = backend.get("/api/risk/relocation", regulator);
        assertEquals(200, allReply.statusCode(), allReply.body());
        JsonObject all = new JsonObject(allReply.body());
        // every enterprise's relocation entries, as the admin sees them (the demo may have none
        // since the dense-gas
        // plumes hand over to passive dispersion below the Britter–McQuaid curves)
        assertEquals(
                backend.getObject("/api/risk/relocation").getJsonArray("candidates"),
                all.getJsonArray("candidates"));
        long id = backend.latest().getLong("id");
        JsonObject inputs =
                new JsonObject(backend.get("/api/risk/qra/runs/" + id, regulator).body())
                        .getJsonObject("inputs");
        int asRegulator = inputs.getJsonArray("installations").size();
        int asAdmin =
                backend.getObject("/api/risk/qra/runs/" + id)
                        .getJsonObject("inputs")
                        .getJsonArray("installations")
                        .size();
        assertEquals(asAdmin, asRegulator, "the regulator reads every installation");
        Set<String> enterprises = new HashSet<>();
        inputs.getJsonArray("installations")
                .forEach(i -> enterprises.add(((JsonObject) i).getString("enterpriseId")));
        assertTrue(enterprises.size() >= 2, "installations of several enterprises: " + enterprises);

        // the demo's phosgene and hydrogen chloride contribute toxic scenarios; what is left out
        // says why
        JsonObject coverage = inputs.getJsonObject("scenarios").getJsonObject("coverage");
        Set<String> toxic = new HashSet<>();
        coverage.getJsonArray("contributed")
                .forEach(
                        c -> {
                            JsonObject o = (JsonObject) c;
                            if (o.getJsonArray("effects").contains("toxic"))
                                toxic.add(o.getString("chemical"));
                        });
        assertTrue(
                toxic.containsAll(Set.of("phosgene", "hydrogen-chloride", "chlorine")),
                "toxic: " + toxic);
        coverage.getJsonArray("leftOut")
                .forEach(c -> assertTrue(((JsonObject) c).getString("zh").length() > 0));

        // the role matrix (issue 7) gives enterprise users no risk:read; the routes' own scoping by
        // Principal.sees stays as a second line should the matrix change
        String enterprise =
                TestAuth.token(backend.backend, Role.ENTERPRISE, enterprises.iterator().next());
        for (String path :
                new String[] {
                    "/api/risk/relocation", "/api/risk/qra/runs/" + id, "/api/risk/targets"
                }) {
            HttpResponse<String> r = backend.get(path, enterprise);
            assertEquals(403, r.statusCode(), path + ": " + r.body());
            assertTrue(r.body().contains("lacks permission 'risk:read'"), r.body());
        }
    }
}
