package org.parkwatch.backend.ingest.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.platform.config.ConfigLoader;

/**
 * The shipped default without a credentials file: the endpoint refuses every client, with or
 * without a login.
 */
class NoCredentialsTest {
    @TempDir Path dataDir;

    @Test
    void withoutCredentialsEveryClientIsRefused() throws Exception {
        assertEquals(
                "false",
                new ConfigLoader().load(Map.of()).value("mqtt.allowAnonymous"),
                "shipped default");
        try (TestBackend backend =
                TestBackend.start(dataDir, Map.of("mqtt.allowAnonymous", "false"))) {
            String uri = "tcp://127.0.0.1:" + backend.ports.mqtt();
            for (String user : new String[] {null, "T01-B1"}) {
                MqttException e =
                        assertThrows(
                                MqttException.class,
                                () ->
                                        new UplinkPublisher(
                                                uri,
                                                "T01",
                                                "T01-B1",
                                                false,
                                                user,
                                                user == null ? null : "a-guessed-password",
                                                null));
                assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, e.getReasonCode());
            }
            assertFalse(Files.exists(dataDir.resolve(UplinkCredentialStore.FILE_NAME)));
        }
    }
}
