package org.parkwatch.backend.alarm.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.security.Role;
import org.parkwatch.model.uplink.Sample;

/**
 * Issue 19, D4: an enterprise user could cover its own SIS bypass (permit valid to 2099, {@code
 * enteredBy} "park admin", verdict COVERED at once). Now the enterprise only requests; the bypass
 * stays NO_PERMIT until an operator approves, the validity is bounded by configuration and {@code
 * enteredBy} is the login. Through MQTT, HTTP and the database.
 */
class BypassPermitApprovalTest {
    private static final String BYP = "E01.SIS1.BYP";

    @Test
    void anEnterprisesPermitCoversItsBypassOnlyOnceTheParkApprovesIt(@TempDir Path dir)
            throws Exception {
        long t0 = System.currentTimeMillis() - 5000;
        try (AlarmBackend b =
                        AlarmBackend.start(
                                dir,
                                Map.of("db.enabled", "true", "alarm.permitMaxValidityHours", "8"));
                UplinkPublisher p = UplinkPublisher.embedded(b.ports.mqtt(), "E01", "E01-B1")) {
            String e01 = TestAuth.token(b.backend, Role.ENTERPRISE, "E01");
            String operator = TestAuth.token(b.backend, Role.OPERATOR, null);
            p.publish(1, List.of(new Sample(BYP, true, t0, 0)));
            await().atMost(Duration.ofSeconds(10)).until(() -> b.active(BYP + ".NOPERMIT") != null);

            // the probe's request: validity to 2099 and a park name in enteredBy
            String probe =
                    new JsonObject()
                            .put("number", "WP-E01-7")
                            .put("scope", new JsonArray().add("E01.SIS1"))
                            .put("validFrom", t0)
                            .put("validTo", "2099-01-01T00:00:00Z")
                            .put("enteredBy", "park admin (安全总监)")
                            .encode();
            HttpResponse<String> r = b.postAs(e01, "/api/permits", probe);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(error(r).startsWith("enteredBy: is set from your login"), r.body());
            r = b.postAs(e01, "/api/permits", probe.replace("\"enteredBy\"", "\"signatory\""));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(
                    error(r).startsWith("validTo: a permit may be valid for at most 8.0 h"),
                    r.body());

            String request =
                    new JsonObject()
                            .put("number", "WP-E01-7")
                            .put("scope", new JsonArray().add("E01.SIS1"))
                            .put("validFrom", t0)
                            .put("validTo", t0 + 4 * 3_600_000L)
                            .put("signatory", "张工 (安全总监)")
                            .encode();
            r = b.postAs(e01, "/api/permits", request);
            assertEquals(201, r.statusCode(), r.body());
            JsonObject requested = new JsonObject(r.body());
            assertEquals("REQUESTED", requested.getString("status"));
            assertEquals(
                    TestAuth.username(Role.ENTERPRISE, "E01"), requested.getString("enteredBy"));
            assertEquals("张工 (安全总监)", requested.getString("signatory"));
            assertEquals("NO_PERMIT", bypass(b).getString("verdict"), "a request covers nothing");
            assertEquals(
                    403,
                    b.postAs(e01, "/api/permits/WP-E01-7/approve", "").statusCode(),
                    "an enterprise cannot approve, not even its own request");
            assertEquals("NO_PERMIT", bypass(b).getString("verdict"));

            r = b.postAs(operator, "/api/permits/WP-E01-7/approve", "");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(
                    TestAuth.username(Role.OPERATOR, null),
                    new JsonObject(r.body()).getString("approvedBy"));
            assertEquals("COVERED", bypass(b).getString("verdict"));
            await().atMost(Duration.ofSeconds(10))
                    .until(
                            () -> {
                                JsonObject a = b.active(BYP + ".NOPERMIT");
                                return a == null || !a.getString("state").endsWith("_ACTIVE");
                            });
            assertEquals(404, b.postAs(operator, "/api/permits/WP-NOPE/approve", "").statusCode());
        }
        try (AlarmBackend b = AlarmBackend.start(dir, Map.of("db.enabled", "true"))) {
            JsonObject stored = b.getArray("/api/permits").getJsonObject(0);
            assertEquals("APPROVED", stored.getString("status"), "the approval survives a restart");
            assertEquals("张工 (安全总监)", stored.getString("signatory"));
            assertEquals(TestAuth.username(Role.OPERATOR, null), stored.getString("approvedBy"));
        }
    }

    private static JsonObject bypass(AlarmBackend b) throws Exception {
        for (Object o : b.getArray("/api/bypasses")) {
            if (BYP.equals(((JsonObject) o).getString("bypassTagId"))) return (JsonObject) o;
        }
        throw new AssertionError("no bypass " + BYP);
    }

    private static String error(HttpResponse<String> r) {
        return new JsonObject(r.body()).getString("error");
    }
}
