package org.parkwatch.bridge.client;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;
import org.parkwatch.bridge.config.BridgeConfig.Identity;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.pki.PkiTestSupport;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.model.uplink.Sample;

/**
 * Secured OPC UA between the bridge and the simulator, both with trust lists (the simulator does
 * not trust every client): an unknown server certificate is refused and filed under the bridge's
 * {@code pki/rejected/certs}, nothing is read; {@code pki trust all} approves it and values flow.
 * The simulator likewise refuses the bridge's certificate until it is approved in its own trust
 * list. A wrong user password is refused.
 */
class SecuredConnectionTest {
    /** Made for this run: the simulator has no default password. */
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();

    private static final Mapping LEVEL =
            new Mapping("nsu=urn:parkwatch:sim:E01;s=TK101.LT", "E01.TK101.LT", 100, 0, 0);

    @TempDir Path dir;

    private ParkSimulator sim;
    private EnterpriseConnection connection;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (connection != null) connection.close();
        if (sim != null) sim.close();
    }

    private Path simPki() {
        return dir.resolve("sim-pki");
    }

    private Path bridgePki() {
        return dir.resolve("bridge-pki");
    }

    private void startSim() throws Exception {
        Path park = Path.of(getClass().getResource("/sim-park/park.json").toURI()).getParent();
        sim =
                ParkSimulator.start(
                        SimulatorOptions.builder()
                                .basePort(0)
                                .controlPort(0)
                                .tickMs(100)
                                .seed(7)
                                .parkFolder(park)
                                .pkiDir(simPki())
                                .securityEnabled(true)
                                .username("bridge")
                                .password(PASSWORD)
                                .build());
        assertFalse(
                sim.options().trustAllClients(),
                "the simulator checks client certificates by default");
    }

    private void connect(String policy, String mode, String password) {
        int port = URI.create(sim.endpointUrl("E01")).getPort();
        Endpoint endpoint =
                new Endpoint(
                        BridgeMain.demoEndpointUrl(port, "E01"),
                        policy,
                        mode,
                        new Identity("bridge", password),
                        200,
                        null);
        connection =
                new EnterpriseConnection(
                        "E01#0", endpoint, List.of(LEVEL), bridgePki(), samples::add);
        connection.start();
    }

    private boolean goodLevel() {
        return samples.stream()
                .anyMatch(
                        s ->
                                s.tagId().equals("E01.TK101.LT")
                                        && s.isGood()
                                        && s.value() instanceof Double);
    }

    /** The simulator approves the bridge's certificate (as the demo bootstrap does). */
    private void simTrustsBridge() throws Exception {
        ClientCertificate own =
                ClientCertificate.loadOrCreate(bridgePki(), ClientFactory.APPLICATION_URI);
        Path trusted = simPki().resolve("E01").resolve("trusted").resolve("certs");
        Files.createDirectories(trusted);
        Files.write(trusted.resolve("bridge.der"), own.certificate().getEncoded());
    }

    @ParameterizedTest
    @CsvSource({
        "Basic256Sha256, SignAndEncrypt",
        "Aes256_Sha256_RsaPss, SignAndEncrypt",
        "Aes256_Sha256_RsaPss, Sign"
    })
    void untrustedServerIsRefusedUntilApproved(String policy, String mode) throws Exception {
        startSim();
        simTrustsBridge();
        connect(policy, mode, PASSWORD);
        Path rejected = bridgePki().resolve("rejected").resolve("certs");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(rejected) > 0);
        assertTrue(
                samples.stream().noneMatch(Sample::isGood),
                "nothing read from an untrusted server");
        assertFalse(connection.isConnected());
        assertEquals(0, PkiTestSupport.run(bridgePki(), "trust", "all"));
        assertEquals(0, count(rejected));
        await().atMost(Duration.ofSeconds(60)).until(this::goodLevel);
        assertTrue(connection.isConnected());
        assertTrue(
                Files.exists(bridgePki().resolve(ClientCertificate.CERT)),
                "own certificate under pki/own");
    }

    @Test
    void simulatorRefusesTheBridgeCertificateUntilItsOperatorApprovesIt() throws Exception {
        startSim();
        // the bridge trusts the server ...
        Files.createDirectories(bridgePki().resolve("trusted").resolve("certs"));
        Files.write(
                bridgePki().resolve("trusted").resolve("certs").resolve("sim.der"),
                sim.serverCertificate("E01").getEncoded());
        // ... but the simulator does not know the bridge yet
        connect("Basic256Sha256", "SignAndEncrypt", PASSWORD);
        Path simRejected = simPki().resolve("E01").resolve("rejected").resolve("certs");
        await().atMost(Duration.ofSeconds(30)).until(() -> count(simRejected) > 0);
        assertTrue(samples.stream().noneMatch(Sample::isGood));
        assertEquals(0, PkiTestSupport.run(simPki().resolve("E01"), "trust", "all"));
        await().atMost(Duration.ofSeconds(60)).until(this::goodLevel);
    }

    @Test
    void wrongUserPasswordIsRefused() throws Exception {
        startSim();
        simTrustsBridge();
        Files.createDirectories(bridgePki().resolve("trusted").resolve("certs"));
        Files.write(
                bridgePki().resolve("trusted").resolve("certs").resolve("sim.der"),
                sim.serverCertificate("E01").getEncoded());
        connect("Basic256Sha256", "SignAndEncrypt", PASSWORD + "-wrong");
        // Bad_UserAccessDenied / Bad_IdentityToken*, explained by ConnectProblems as an action
        await().atMost(Duration.ofSeconds(30))
                .until(
                        () ->
                                connection.lastConnectError() != null
                                        && connection
                                                .lastConnectError()
                                                .startsWith(
                                                        "the server refused the user identity"));
        assertTrue(
                samples.stream().noneMatch(Sample::isGood), "nothing read with a wrong password");
        assertFalse(connection.isConnected());
    }

    private static long count(Path d) throws java.io.IOException {
        if (!Files.isDirectory(d)) return 0;
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }
}
