package org.parkwatch.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.Bridge;
import org.parkwatch.bridge.config.BridgeConfig;

/**
 * The demo's secured path end to end: simulator → bridge over OPC UA Basic256Sha256/SignAndEncrypt
 * with a user name → MQTT over TLS with the bridge's own credentials (keystore made by keytool for
 * the test) → backend → REST API.
 */
class SecuredUplinkEndToEndTest {
    private static final String TAG = "E01.TK201.LT";

    @Test
    void valueTravelsOverSignAndEncryptAndMqttTls(@TempDir Path dir) throws Exception {
        String password = UUID.randomUUID().toString();
        Path keystore = dir.resolve("backend.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "backend",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost,O=ParkWatch e2e",
                "-ext",
                "san=ip:127.0.0.1,dns:localhost",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                password,
                "-keypass",
                password);
        try (DemoStack stack =
                DemoStack.start(
                        dir,
                        Set.of("E01"),
                        Map.of(
                                "mqtt.tls.keystore",
                                keystore.toString(),
                                "tls.keystore.password",
                                password),
                        250)) {
            Bridge bridge = stack.bridges().get(0);
            BridgeConfig.Endpoint ep = bridge.config().endpoints().get(0);
            assertEquals("SignAndEncrypt", ep.securityMode());
            assertEquals("Basic256Sha256", ep.securityPolicy());
            assertFalse(ep.identity().anonymous());
            assertTrue(
                    bridge.config().mqtt().url().startsWith("ssl://"),
                    bridge.config().mqtt().url());
            assertEquals("E01-B1", bridge.config().mqtt().username());

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> bridge.uplink().isConnected() && bridge.serversUp() == 1);
            await().atMost(Duration.ofSeconds(30))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/tags/" + TAG)
                                            .path("q")
                                            .asText()
                                            .equals("good"));
            stack.simulator().setValue(TAG, 4.875);
            await().atMost(Duration.ofSeconds(20))
                    .until(
                            () ->
                                    Http.getJson(stack, "/api/tags/" + TAG).path("v").asDouble()
                                            == 4.875);
            JsonNode e01 = null;
            for (JsonNode f : Http.getJson(stack, "/api/feeds")) {
                if (f.path("enterpriseId").asText().equals("E01")) e01 = f;
            }
            assertEquals("online", e01.path("bridges").get(0).path("state").asText());
            assertEquals(0.0, stack.backend().metrics().uplinkRefused("bad-credentials"));
            assertEquals(0.0, stack.backend().metrics().uplinkRefused("foreign-tag"));
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IllegalStateException("keytool: " + out);
    }
}
