package org.parkwatch.backend.ingest.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestAuth;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.TestTls;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.security.Role;

/**
 * HTTPS and MQTT over TLS from a PKCS#12 keystore made by keytool for the test; bad keystores stop
 * the start.
 */
class TlsTransportTest {
    @TempDir Path dir;

    @Test
    void httpsAndMqttOverTlsWithBridgeCredentials() throws Exception {
        TestTls tls = TestTls.create(dir);
        String password = PasswordHash.randomPassword();
        Path data = dir.resolve("data");
        UplinkCredentialStore.empty()
                .with(UplinkSecurityTest.credential("T01-B1", "T01", password))
                .write(data.resolve(UplinkCredentialStore.FILE_NAME));
        try (TestBackend backend =
                TestBackend.start(
                        data,
                        Map.of(
                                "mqtt.allowAnonymous",
                                "false",
                                "http.tls.keystore",
                                tls.keystore().toString(),
                                "mqtt.tls.keystore",
                                tls.keystore().toString(),
                                "tls.keystore.password",
                                tls.password()))) {
            try (UplinkPublisher b =
                    new UplinkPublisher(
                            "ssl://127.0.0.1:" + backend.ports.mqtt(),
                            "T01",
                            "T01-B1",
                            false,
                            "T01-B1",
                            password,
                            tls.socketFactory())) {
                b.publish(1, List.of(sample("T01.TK101.LT", 6.5)));
            }
            HttpClient https =
                    HttpClient.newBuilder()
                            .sslContext(tls.context())
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
            // a real login over HTTPS: the bearer token comes from POST /api/auth/token on the TLS
            // listener
            String user = TestAuth.ensureUser(backend.backend, Role.OPERATOR, null);
            HttpResponse<String> login =
                    https.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "https://127.0.0.1:"
                                                            + backend.ports.http()
                                                            + "/api/auth/token"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    TestAuth.credentials(user)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            String token = new io.vertx.core.json.JsonObject(login.body()).getString("token");
            HttpResponse<String> r =
                    https.send(
                            HttpRequest.newBuilder(
                                            URI.create(
                                                    "https://127.0.0.1:"
                                                            + backend.ports.http()
                                                            + "/api/tags/T01.TK101.LT"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("\"v\":6.5"), r.body());
            // a plain-TCP client does not get through the TLS endpoint
            assertThrows(
                    MqttException.class,
                    () ->
                            new UplinkPublisher(
                                    "tcp://127.0.0.1:" + backend.ports.mqtt(),
                                    "T01",
                                    "T01-B1",
                                    false,
                                    "T01-B1",
                                    password,
                                    null));
        }
    }

    @Test
    void badKeystorePathOrPasswordStopsTheStartNamingTheKey() throws Exception {
        TestTls tls = TestTls.create(dir);
        ConfigException wrongPassword =
                assertThrows(
                        ConfigException.class,
                        () ->
                                TestBackend.config(
                                        dir,
                                        Map.of(
                                                "mqtt.tls.keystore",
                                                tls.keystore().toString(),
                                                "tls.keystore.password",
                                                "not-the-password")));
        assertTrue(
                wrongPassword
                        .getMessage()
                        .contains("mqtt.tls.keystore='" + tls.keystore() + "': cannot open it"),
                wrongPassword.getMessage());
        ConfigException missing =
                assertThrows(
                        ConfigException.class,
                        () ->
                                TestBackend.config(
                                        dir,
                                        Map.of(
                                                "http.tls.keystore",
                                                dir.resolve("nope.p12").toString(),
                                                "tls.keystore.password",
                                                "x")));
        assertTrue(
                missing.getMessage()
                        .contains(
                                "http.tls.keystore='"
                                        + dir.resolve("nope.p12")
                                        + "': no such file"),
                missing.getMessage());
        ConfigException noPassword =
                assertThrows(
                        ConfigException.class,
                        () ->
                                TestBackend.config(
                                        dir,
                                        Map.of("http.tls.keystore", tls.keystore().toString())));
        assertTrue(
                noPassword.getMessage().contains("PARKWATCH_TLS_KEYSTORE_PASSWORD"),
                noPassword.getMessage());
    }
}
