package org.parkwatch.backend.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
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

/**
 * The environment routes in the whole platform: permissions, tenancy and the 400s a person can act
 * on.
 */
class EnvironmentRoutesTest {

    @Test
    void routesAnswerByRoleAndRefuseBadQueries(@TempDir Path dir) throws Exception {
        try (TestBackend b =
                TestBackend.startAll(TestBackend.config(dir, Map.of()), TestBackend.testPark())) {
            String operator = TestAuth.token(b.backend, Role.OPERATOR, null);
            String enterprise = TestAuth.token(b.backend, Role.ENTERPRISE, "T01");

            HttpResponse<String> aqi = get(b, operator, "/api/environment/aqi");
            assertEquals(200, aqi.statusCode(), aqi.body());
            JsonObject body = new JsonObject(aqi.body());
            assertEquals(
                    0, body.getJsonArray("stations").size(), "the test park has no air stations");
            assertEquals(
                    "LIVE_VALUE_AS_HOURLY_MEAN",
                    body.getJsonArray("warnings").getJsonObject(0).getString("code"));
            assertEquals(200, get(b, enterprise, "/api/environment/aqi").statusCode());

            HttpResponse<String> unknown =
                    get(b, operator, "/api/environment/backtrace?pollutant=smog");
            assertEquals(400, unknown.statusCode());
            assertTrue(unknown.body().contains("smog"), unknown.body());
            HttpResponse<String> noStation =
                    get(b, operator, "/api/environment/backtrace?pollutant=VOC");
            assertEquals(400, noStation.statusCode());
            assertTrue(noStation.body().contains("no air station"), noStation.body());
            HttpResponse<String> badWindow =
                    get(b, operator, "/api/environment/backtrace?pollutant=VOC&from=2000&to=1000");
            assertEquals(400, badWindow.statusCode());

            HttpResponse<String> noPlaces =
                    get(b, operator, "/api/environment/containment?enterprise=T01");
            assertEquals(400, noPlaces.statusCode(), noPlaces.body());
            assertTrue(noPlaces.body().contains("'enterprise' = 'T01'"), noPlaces.body());
            HttpResponse<String> badPeriod =
                    get(b, operator, "/api/environment/report?period=week&date=2026-12-05");
            assertEquals(400, badPeriod.statusCode(), badPeriod.body());
            assertTrue(badPeriod.body().contains("week"), badPeriod.body());
            HttpResponse<String> month =
                    get(b, operator, "/api/environment/report?period=month&month=2026-11");
            assertEquals(200, month.statusCode(), month.body());
            assertEquals(30, new JsonObject(month.body()).getJsonArray("days").size());
            HttpResponse<String> docx =
                    get(b, operator, "/api/environment/report?date=2026-12-05&format=docx");
            assertEquals(200, docx.statusCode());
            assertEquals(ReportRoute.DOCX, docx.headers().firstValue("Content-Type").orElse(""));
            assertEquals(
                    403,
                    get(b, enterprise, "/api/environment/report?date=2026-12-05").statusCode(),
                    "discharge of every enterprise: park roles only");
            HttpResponse<String> limits = get(b, enterprise, "/api/environment/limits");
            assertEquals(200, limits.statusCode(), limits.body());
            assertTrue(
                    new io.vertx.core.json.JsonArray(limits.body())
                            .stream()
                                    .map(JsonObject.class::cast)
                                    .anyMatch(
                                            l ->
                                                    "amb-pm25-24h".equals(l.getString("id"))
                                                            && l.getDouble("max") == 75.0
                                                            && "GB 3095-2012"
                                                                    .equals(
                                                                            l.getString(
                                                                                    "standard"))));
            HttpResponse<String> daily = get(b, operator, "/api/environment/daily?date=2026-12-05");
            assertEquals(200, daily.statusCode(), daily.body());
            assertEquals("2026-12-05", new JsonObject(daily.body()).getString("date"));
            HttpResponse<String> badDate =
                    get(b, operator, "/api/environment/daily?date=5.12.2026");
            assertEquals(400, badDate.statusCode());
            assertTrue(badDate.body().contains("5.12.2026"), badDate.body());

            assertEquals(
                    403,
                    get(b, enterprise, "/api/environment/backtrace?pollutant=VOC").statusCode(),
                    "an enterprise user may not rank other enterprises");
            assertEquals(401, b.getAnonymous("/api/environment/aqi").statusCode());
        }
    }

    private static HttpResponse<String> get(TestBackend b, String token, String path)
            throws Exception {
        return TestHttp.CLIENT.send(
                HttpRequest.newBuilder(b.uri(path))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
