package org.parkwatch.backend.ingest.uplink;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.backend.UplinkPublisher.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.UplinkPublisher;
import org.parkwatch.backend.ingest.UplinkAcl;
import org.parkwatch.model.uplink.UplinkBatch;
import org.parkwatch.model.uplink.UplinkCodec;
import org.parkwatch.model.uplink.UplinkTopics;

/**
 * The embedded MQTT endpoint with per-bridge credentials (mqtt.allowAnonymous=false): Paho clients
 * against the real endpoint; refusals checked in live state and in /metrics.
 */
class UplinkSecurityTest {
    @TempDir Path dataDir;
    private TestBackend backend;
    private String passwordT01;
    private String passwordT02;

    @BeforeEach
    void start() throws Exception {
        passwordT01 = PasswordHash.randomPassword();
        passwordT02 = PasswordHash.randomPassword();
        UplinkCredentialStore.empty()
                .with(credential("T01-B1", "T01", passwordT01))
                .with(credential("T02-B1", "T02", passwordT02))
                .write(dataDir.resolve(UplinkCredentialStore.FILE_NAME));
        backend = TestBackend.start(dataDir, Map.of("mqtt.allowAnonymous", "false"));
    }

    @AfterEach
    void stop() throws Exception {
        if (backend != null) backend.close();
    }

    static UplinkCredential credential(String bridgeId, String enterpriseId, String password) {
        return new UplinkCredential(
                bridgeId,
                enterpriseId,
                bridgeId,
                PasswordHash.hash(password.toCharArray(), PasswordHash.DEFAULT_ITERATIONS),
                0);
    }

    private String uri() {
        return "tcp://127.0.0.1:" + backend.ports.mqtt();
    }

    private UplinkPublisher connect(
            String enterpriseId, String bridgeId, String user, String password)
            throws MqttException {
        return new UplinkPublisher(uri(), enterpriseId, bridgeId, false, user, password, null);
    }

    private double refused(String reason) throws Exception {
        String metrics = backend.get("/metrics").body();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("parkwatch_uplink_refused_total{")
                    && line.contains("reason=\"" + reason + "\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return 0;
    }

    private static int reasonCode(MqttException e) {
        return e.getReasonCode();
    }

    @Test
    void badPasswordIsRefusedAsNotAuthorized() throws Exception {
        MqttException e =
                assertThrows(
                        MqttException.class, () -> connect("T01", "T01-B1", "T01-B1", passwordT02));
        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, reasonCode(e));
        MqttException unknown =
                assertThrows(
                        MqttException.class, () -> connect("T01", "T01-B1", "nobody", passwordT01));
        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, reasonCode(unknown));
        assertEquals(2.0, refused("bad-credentials"));
    }

    @Test
    void aFloodOfBadLoginsFromOneAddressIsThrottledWithoutPasswordChecks() throws Exception {
        for (int i = 0; i < CredentialAuthenticator.FAILED_CONNECTS_PER_MINUTE; i++) {
            assertThrows(
                    MqttException.class, () -> connect("T01", "T01-B1", "T01-B1", passwordT02));
        }
        assertEquals(
                CredentialAuthenticator.FAILED_CONNECTS_PER_MINUTE, refused("bad-credentials"));
        // the limit is reached: even the right password from this address waits out the minute,
        // unchecked
        MqttException e =
                assertThrows(
                        MqttException.class, () -> connect("T01", "T01-B1", "T01-B1", passwordT01));
        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, reasonCode(e));
        assertEquals(1.0, refused("throttled"));
        assertEquals(
                CredentialAuthenticator.FAILED_CONNECTS_PER_MINUTE,
                refused("bad-credentials"),
                "the throttled CONNECT cost no password check");
    }

    @Test
    void successfulLoginsAreNotCountedTowardsTheThrottle() throws Exception {
        for (int i = 0; i < CredentialAuthenticator.FAILED_CONNECTS_PER_MINUTE + 2; i++) {
            connect("T01", "T01-B1", "T01-B1", passwordT01).close();
        }
        assertEquals(0.0, refused("throttled"));
    }

    @Test
    void missingCredentialsAreRefused() throws Exception {
        MqttException e =
                assertThrows(MqttException.class, () -> connect("T01", "T01-B1", null, null));
        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, reasonCode(e));
        assertEquals(1.0, refused("missing-credentials"));
    }

    @Test
    void ownCredentialsConnectAndApply() throws Exception {
        try (UplinkPublisher b = connect("T01", "T01-B1", "T01-B1", passwordT01)) {
            b.publish(1, List.of(sample("T01.TK101.LT", 4.5)));
            assertEquals(4.5, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
        }
        assertEquals(0.0, refused("bad-credentials"));
    }

    @Test
    void publishingAnotherBridgesOrEnterprisesTopicIsDropped() throws Exception {
        UplinkCodec codec = new UplinkCodec();
        try (UplinkPublisher b = connect("T01", "T01-B1", "T01-B1", passwordT01)) {
            // the other enterprise's bridge topic, with a payload that would be valid there
            b.publishRaw(
                    UplinkTopics.samples("T02", "T02-B1"),
                    codec.encode(
                            new UplinkBatch(
                                    "T02",
                                    "T02-B1",
                                    1,
                                    System.currentTimeMillis(),
                                    List.of(sample("T02.PV201.PT", 9.0)))));
            // another bridge of its own enterprise
            b.publishRaw(
                    UplinkTopics.samples("T01", "T01-B2"),
                    codec.encode(
                            new UplinkBatch(
                                    "T01",
                                    "T01-B2",
                                    1,
                                    System.currentTimeMillis(),
                                    List.of(sample("T01.TK101.LT", 7.0)))));
            // PUBACKs came back (the window must not jam), yet nothing was applied
            assertNull(backend.getObject("/api/tags/T02.PV201.PT").getValue("v"));
            assertNull(backend.getObject("/api/tags/T01.TK101.LT").getValue("v"));
            assertNull(backend.bridge("T02", "T02-B1"));
            assertEquals(2.0, refused("topic-acl"));
            assertTrue(b.client.isConnected(), "below the violation limit the connection stays");
            b.publish(1, List.of(sample("T01.TK101.LT", 3.0)));
            assertEquals(3.0, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
        }
    }

    @Test
    void repeatedTopicViolationsCloseTheConnection() throws Exception {
        try (UplinkPublisher b = connect("T01", "T01-B1", "T01-B1", passwordT01)) {
            for (int i = 0; i < UplinkAcl.VIOLATIONS_BEFORE_DISCONNECT; i++) {
                try {
                    b.publishRaw(UplinkTopics.status("T02", "T02-B1"), new byte[] {'{', '}'});
                } catch (MqttException e) {
                    break; // the last one may race the close
                }
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> !b.client.isConnected());
            assertEquals(UplinkAcl.VIOLATIONS_BEFORE_DISCONNECT, refused("topic-acl"));
        }
    }

    @Test
    void foreignTagsOnOwnTopicAreRefusedWhileOwnTagsApply() throws Exception {
        try (UplinkPublisher b = connect("T01", "T01-B1", "T01-B1", passwordT01)) {
            b.publish(
                    1,
                    List.of(
                            sample("T01.TK101.LT", 8.25),
                            sample("T02.PV201.PT", 1.5),
                            sample("T02.GD201.CONC", 2.5),
                            sample("T01.SIS1.TRIP", true)));
            assertEquals(8.25, backend.getObject("/api/tags/T01.TK101.LT").getDouble("v"));
            assertEquals(true, backend.getObject("/api/tags/T01.SIS1.TRIP").getBoolean("v"));
            assertNull(backend.getObject("/api/tags/T02.PV201.PT").getValue("v"));
            assertNull(backend.getObject("/api/tags/T02.GD201.CONC").getValue("v"));
            assertEquals(2.0, refused("foreign-tag"));
        }
    }

    @Test
    void aWillNamingAnotherBridgesTopicRefusesTheConnect() throws Exception {
        // the will of this publisher names T02/T02-B1's status topic while it logs in as T01-B1
        MqttException e =
                assertThrows(
                        MqttException.class,
                        () ->
                                new UplinkPublisher(
                                        uri(), "T02", "T02-B1", true, "T01-B1", passwordT01, null));
        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, reasonCode(e));
        assertEquals(1.0, refused("will-acl"));
    }

    @Test
    void credentialsAddedWhileRunningTakeEffectAndRemovedOnesStop() throws Exception {
        Path file = dataDir.resolve(UplinkCredentialStore.FILE_NAME);
        String password = PasswordHash.randomPassword();
        UplinkCredentialStore.read(file)
                .with(credential("T02-B9", "T02", password))
                .without("T01-B1")
                .write(file);
        try (UplinkPublisher b = connect("T02", "T02-B9", "T02-B9", password)) {
            b.publish(1, List.of(sample("T02.PV201.PT", 2.0)));
            assertEquals(2.0, backend.getObject("/api/tags/T02.PV201.PT").getDouble("v"));
        }
        MqttException e =
                assertThrows(
                        MqttException.class, () -> connect("T01", "T01-B1", "T01-B1", passwordT01));
        assertEquals(MqttException.REASON_CODE_NOT_AUTHORIZED, reasonCode(e));
    }
}
