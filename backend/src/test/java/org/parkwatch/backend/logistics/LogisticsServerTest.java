package org.parkwatch.backend.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.SocketMessages;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestHttp;
import org.parkwatch.backend.security.Role;
import org.parkwatch.bridge.trucks.TruckTerminal;
import org.parkwatch.model.logistics.jt808.Authentication;
import org.parkwatch.model.logistics.jt808.BatchLocation;
import org.parkwatch.model.logistics.jt808.GeneralResponse;
import org.parkwatch.model.logistics.jt808.Jt808Frame;
import org.parkwatch.model.logistics.jt808.Jt808FrameCodec;
import org.parkwatch.model.logistics.jt808.Jt808Header;
import org.parkwatch.model.logistics.jt808.Jt808MessageIds;
import org.parkwatch.model.logistics.jt808.LocationReport;
import org.parkwatch.model.logistics.jt808.Registration;
import org.parkwatch.model.logistics.jt808.RegistrationResponse;

/**
 * A vehicle terminal over real TCP against the whole backend: it may register only while its
 * enrolment window is open and only with its own plate, must authenticate before anything else, may
 * speak only for itself, and a corrupt frame costs only that frame. Its position reaches the REST
 * API and the socket, scoped to the enterprises it serves.
 */
class LogisticsServerTest {
    private static final String PHONE = "13800000001";
    private static final String PLATE = "豫A12345";

    @Test
    void terminalEnrolsAuthenticatesAndReportsOnlyForItself(@TempDir Path dir) throws Exception {
        try (TestBackend b = startWithJt808(dir);
                SocketMessages socket = SocketMessages.open(b.backend)) {
            int port = b.capabilities().logistics().jt808Port();
            assertTrue(port > 0);

            HttpResponse<String> bad =
                    b.post(
                            "/api/logistics/terminals",
                            "application/json",
                            provision(PHONE, PLATE, "X99").encode());
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("enterpriseIds[0] 'X99'"), bad.body());
            HttpResponse<String> ok =
                    b.post(
                            "/api/logistics/terminals",
                            "application/json",
                            provision(PHONE, PLATE, "T01").encode());
            assertEquals(201, ok.statusCode(), ok.body());
            assertFalse(ok.body().contains("authHash"), "no hash leaves the server");
            assertEquals(
                    409,
                    b.post(
                                    "/api/logistics/terminals",
                                    "application/json",
                                    provision(PHONE, "豫A99999", "T01").encode())
                            .statusCode());

            try (TruckTerminal t = new TruckTerminal("127.0.0.1", port, PHONE)) {
                int s = t.send(PHONE, Jt808MessageIds.LOCATION_REPORT, fix(0).encode());
                assertGeneral(t.reply(), s, GeneralResponse.FAILED); // not authenticated yet

                t.send(PHONE, Jt808MessageIds.TERMINAL_REGISTRATION, registration("豫B00000"));
                assertEquals(
                        RegistrationResponse.NO_SUCH_TERMINAL,
                        RegistrationResponse.decode(t.reply().body()).result(),
                        "another plate may not enrol this terminal");
                t.send(PHONE, Jt808MessageIds.TERMINAL_REGISTRATION, registration(PLATE));
                RegistrationResponse reg = RegistrationResponse.decode(t.reply().body());
                assertEquals(RegistrationResponse.SUCCESS, reg.result());
                assertTrue(reg.authCode().length() >= 32, reg.authCode());
                t.send(PHONE, Jt808MessageIds.TERMINAL_REGISTRATION, registration(PLATE));
                assertEquals(
                        RegistrationResponse.NO_SUCH_TERMINAL,
                        RegistrationResponse.decode(t.reply().body()).result(),
                        "the enrolment window closes after one registration");

                s = t.send(PHONE, Jt808MessageIds.TERMINAL_AUTHENTICATION, auth("wrong"));
                assertGeneral(t.reply(), s, GeneralResponse.FAILED);
                s = t.send(PHONE, Jt808MessageIds.TERMINAL_AUTHENTICATION, auth(reg.authCode()));
                assertGeneral(t.reply(), s, GeneralResponse.OK);

                byte[] corrupt =
                        Jt808FrameCodec.encode(
                                Jt808Header.of(Jt808MessageIds.LOCATION_REPORT, PHONE, 99),
                                fix(0).encode());
                corrupt[corrupt.length - 2] ^= 0x01;
                t.raw(corrupt);
                s = t.send(PHONE, Jt808MessageIds.LOCATION_REPORT, fix(60).encode());
                assertGeneral(t.reply(), s, GeneralResponse.OK); // the connection survived

                s = t.send("13800000002", Jt808MessageIds.LOCATION_REPORT, fix(120).encode());
                assertGeneral(t.reply(), s, GeneralResponse.FAILED); // not its own identity

                LocationReport noFix =
                        new LocationReport(
                                0,
                                0,
                                40.0,
                                116.0,
                                0,
                                0,
                                0,
                                Instant.now().plusSeconds(200),
                                Map.of());
                s = t.send(PHONE, Jt808MessageIds.LOCATION_REPORT, noFix.encode());
                assertGeneral(t.reply(), s, GeneralResponse.OK);
                BatchLocation blind =
                        new BatchLocation(
                                BatchLocation.BLIND_AREA_SUPPLEMENT, List.of(fix(-600), fix(-300)));
                s = t.send(PHONE, Jt808MessageIds.BATCH_LOCATION, blind.encode());
                assertGeneral(t.reply(), s, GeneralResponse.OK);
            }

            JsonObject truck = onlyVehicle(get(b, TestAuth.token(b.backend, Role.OPERATOR, null)));
            assertEquals(PLATE, truck.getString("plate"));
            assertEquals(34.7466 + 60 * 1e-5, truck.getDouble("lat"), 1e-6, "the newest fix");
            assertEquals(
                    1,
                    get(b, TestAuth.token(b.backend, Role.ENTERPRISE, "T01"))
                            .getJsonArray("vehicles")
                            .size());
            assertEquals(
                    0,
                    get(b, TestAuth.token(b.backend, Role.ENTERPRISE, "T02"))
                            .getJsonArray("vehicles")
                            .size(),
                    "a truck serving T01 is not T02's business");

            JsonObject stats = new JsonObject(b.get("/api/logistics/stats").body());
            JsonObject refused = stats.getJsonObject("refused");
            assertEquals(1, refused.getLong("MALFORMED_FRAME"));
            assertEquals(1, refused.getLong("UNAUTHENTICATED"));
            assertEquals(1, refused.getLong("IMPERSONATION"));
            assertEquals(1, refused.getLong("AUTH_FAILED"));
            assertEquals(2, refused.getLong("REGISTRATION_REFUSED"));
            assertEquals(1, refused.getLong("NO_FIX"));
            assertEquals(
                    1, stats.getLong("positionsApplied"), "older blind-area fixes never move it");

            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline
                    && socket.messages().stream()
                            .noneMatch(m -> "vehicles".equals(m.getString("type")))) {
                Thread.sleep(50);
            }
            JsonObject pushed =
                    socket.messages().stream()
                            .filter(m -> "vehicles".equals(m.getString("type")))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("no vehicles push"));
            assertEquals(
                    PLATE, pushed.getJsonArray("vehicles").getJsonObject(0).getString("plate"));
        }
    }

    @Test
    void terminalWithWrongCodeThreeTimesIsDisconnected(@TempDir Path dir) throws Exception {
        try (TestBackend b = startWithJt808(dir)) {
            b.post(
                    "/api/logistics/terminals",
                    "application/json",
                    provision(PHONE, PLATE, "T01").encode());
            try (TruckTerminal t =
                    new TruckTerminal(
                            "127.0.0.1", b.capabilities().logistics().jt808Port(), PHONE)) {
                for (int i = 0; i < Jt808Session.MAX_AUTH_FAILURES; i++) {
                    int s =
                            t.send(
                                    PHONE,
                                    Jt808MessageIds.TERMINAL_AUTHENTICATION,
                                    auth("guess" + i));
                    assertGeneral(t.reply(), s, GeneralResponse.FAILED);
                }
                assertTrue(t.closedByPeer(), "the platform closes after three wrong codes");
            }
        }
    }

    private static TestBackend startWithJt808(Path dir) throws Exception {
        Map<String, String> cfg =
                Map.of(
                        "logistics.jt808.enabled", "true",
                        "logistics.jt808.host", "127.0.0.1",
                        "logistics.jt808.port", "0",
                        "logistics.pushMs", "200");
        return TestBackend.startAll(TestBackend.config(dir, cfg), TestBackend.testPark());
    }

    private static JsonObject provision(String phone, String plate, String enterprise) {
        return new JsonObject()
                .put("phone", phone)
                .put("plate", plate)
                .put("carrier", "安运危险品物流")
                .put("enterpriseIds", new JsonArray().add(enterprise));
    }

    private static LocationReport fix(int secondsFromNow) {
        return new LocationReport(
                0,
                1L << LocationReport.STATUS_POSITIONED,
                34.7466 + secondsFromNow * 1e-5,
                113.6253,
                100,
                35.5,
                90,
                Instant.now().plusSeconds(secondsFromNow),
                Map.of());
    }

    private static byte[] registration(String plate) {
        return new Registration(41, 100, "PWSIM", "PW-T1", "T0001", 2, plate).encode(true);
    }

    private static byte[] auth(String code) {
        return new Authentication(code, "860000000000001", "1.0").encode(true);
    }

    private static void assertGeneral(Jt808Frame reply, int serial, int result) throws Exception {
        assertEquals(Jt808MessageIds.PLATFORM_GENERAL_RESPONSE, reply.messageId());
        GeneralResponse r = GeneralResponse.decode(reply.body());
        assertEquals(serial, r.replySerial(), "answers the right message");
        assertEquals(result, r.result());
    }

    private static JsonObject get(TestBackend b, String token) throws Exception {
        HttpResponse<String> r =
                TestHttp.CLIENT.send(
                        HttpRequest.newBuilder(b.uri("/api/logistics/vehicles"))
                                .header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new JsonObject(r.body());
    }

    private static JsonObject onlyVehicle(JsonObject body) {
        JsonArray vs = body.getJsonArray("vehicles");
        assertEquals(1, vs.size(), vs.encode());
        return vs.getJsonObject(0);
    }
}
