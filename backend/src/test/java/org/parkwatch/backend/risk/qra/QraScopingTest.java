package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enterprise scoping of the QRA's enterprise-owned parts: a route in front of the risk routes sets the request's
 * {@link Principal} from a test header, as the authentication handler of issue 7 will; an enterprise user sees only
 * its own relocation entries and installations, a regulator all of them; park-level results (targets) are the same.
 */
class QraScopingTest {
    static final String HEADER = "X-Test-Enterprise";
    @TempDir
    static Path dataDir;
    private static QraBackend backend;

    @BeforeAll
    static void start() throws Exception {
        backend = QraBackend.start(dataDir, Map.of("risk.qra.cellM", "100"), b -> b.addRoutes(List.of(
                RouteSpec.get("/api/risk/*", ctx -> {
                    String e = ctx.request().getHeader(HEADER);
                    ctx.put(Principal.CONTEXT_KEY, e == null ? new Principal("reg", Role.REGULATOR, null)
                            : new Principal("ent", Role.ENTERPRISE, e));
                    ctx.next();
                }, Permissions.PUBLIC))));
        await().atMost(Duration.ofSeconds(120)).until(() -> backend.latest() != null);
    }

    @AfterAll
    static void stop() throws Exception {
        backend.close();
    }

    @Test
    void anEnterpriseSeesOnlyItsOwnRelocationEntriesAndInstallations() throws Exception {
        JsonObject all = backend.getObject("/api/risk/relocation");
        Set<String> candidates = new HashSet<>();
        all.getJsonArray("candidates").forEach(c -> candidates.add(((JsonObject) c).getString("enterpriseId")));
        assertTrue(candidates.size() >= 2, "the demo park has several candidates: " + candidates);
        String own = candidates.iterator().next();

        JsonObject scoped = new JsonObject(backend.get("/api/risk/relocation", HEADER, own).body());
        assertEquals(1, scoped.getJsonArray("candidates").size());
        assertEquals(own, scoped.getJsonArray("candidates").getJsonObject(0).getString("enterpriseId"));
        for (Object v : scoped.getJsonArray("violations")) {
            for (Object c : ((JsonObject) v).getJsonArray("contributions")) {
                assertEquals(own, ((JsonObject) c).getString("enterpriseId"));
            }
        }
        long id = backend.latest().getLong("id");
        HttpResponse<String> run = backend.get("/api/risk/qra/runs/" + id, HEADER, own);
        JsonArray inst = new JsonObject(run.body()).getJsonObject("inputs").getJsonArray("installations");
        assertTrue(!inst.isEmpty());
        inst.forEach(i -> assertEquals(own, ((JsonObject) i).getString("enterpriseId")));
        int allInstallations = backend.getObject("/api/risk/qra/runs/" + id).getJsonObject("inputs")
                .getJsonArray("installations").size();
        assertTrue(inst.size() < allInstallations);
        assertEquals(backend.get("/api/risk/targets").body(), backend.get("/api/risk/targets", HEADER, own).body(),
                "protection targets are park-level");
    }
}
