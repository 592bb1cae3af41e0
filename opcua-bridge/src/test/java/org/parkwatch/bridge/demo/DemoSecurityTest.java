package org.parkwatch.bridge.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.client.ClientCertificate;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.secret.SecretFiles;

/** The demo's first-start security bootstrap and the secured demo bridge configurations. */
class DemoSecurityTest {
    @TempDir Path data;

    private static ParkCatalog fixturePark() throws Exception {
        return ParkCatalog.load(
                Path.of(DemoSecurityTest.class.getResource("/sim-park/park.json").toURI())
                        .getParent());
    }

    private String bootstrap(DemoSecurity.Paths paths) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoSecurity.bootstrap(
                paths,
                fixturePark(),
                SimulatorOptions.builder().pkiDir(paths.simPki()).build(),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firstStartMakesSecretsAndApprovesBothWaysOnce() throws Exception {
        DemoSecurity.Paths paths = DemoSecurity.Paths.in(data);
        String first = bootstrap(paths);
        assertTrue(
                first.contains("approved simulator certificate")
                        && first.contains("CN=ParkWatch simulator E01"),
                first);
        assertTrue(first.contains("at simulator E01 for the demo"), first);
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(paths.simPasswordFile())));
        assertTrue(
                SecretFiles.readFirstLine(paths.simPasswordFile()).length()
                        >= SimulatorOptions.MIN_PASSWORD_LENGTH);
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(
                                paths.bridgePki().resolve(ClientCertificate.KEY))));
        byte[] bridgeCert = Files.readAllBytes(paths.bridgePki().resolve(ClientCertificate.CERT));
        assertArrayEquals(
                bridgeCert,
                Files.readAllBytes(
                        paths.simPki()
                                .resolve("E01")
                                .resolve("trusted")
                                .resolve("certs")
                                .resolve("parkwatch-bridge.der")));
        assertTrue(
                Files.exists(
                        paths.bridgePki()
                                .resolve("trusted")
                                .resolve("certs")
                                .resolve("sim-E01.der")));
        assertEquals("", bootstrap(paths), "a second start finds everything in place");
    }

    @Test
    void securedDemoBridgesUseSignAndEncryptUserNameAndTheirOwnMqttLogin() throws Exception {
        DemoSecurity.Paths paths = DemoSecurity.Paths.in(data);
        SecretFiles.write(paths.simPasswordFile(), "sim-password-for-this-test\n");
        for (var e : ParkCatalog.loadDemo().enterprises()) {
            SecretFiles.write(paths.mqttPasswordFile(e.id() + "-B1"), "mqtt-" + e.id() + "\n");
        }
        List<BridgeConfig> configs =
                BridgeMain.configs(new String[] {"--demo", "--data", data.toString()});
        assertTrue(configs.size() >= 8);
        for (BridgeConfig c : configs) {
            BridgeConfig.Endpoint ep = c.endpoints().get(0);
            assertEquals("Basic256Sha256", ep.securityPolicy());
            assertEquals("SignAndEncrypt", ep.securityMode());
            assertEquals(SimulatorOptions.DEFAULT_USERNAME, ep.identity().username());
            assertEquals("sim-password-for-this-test", ep.identity().password());
            assertEquals(c.bridgeId(), c.mqtt().username());
            assertEquals("mqtt-" + c.enterpriseId(), c.mqtt().password());
            assertEquals(paths.bridgePki(), c.pkiDir());
        }
    }
}
