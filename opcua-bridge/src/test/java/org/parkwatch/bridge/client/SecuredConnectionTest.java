package org.parkwatch.bridge.client;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;
import org.parkwatch.bridge.config.BridgeConfig.Identity;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.model.uplink.Sample;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secured endpoints (Basic256Sha256 / SignAndEncrypt, Aes256_Sha256_RsaPss / Sign) with a username against the simulator (which trusts every client): the bridge
 * refuses the unknown server certificate and files it under {@code pki/rejected/certs}; once an operator moves it to
 * {@code pki/trusted/certs} the next retry connects and values flow.
 */
class SecuredConnectionTest {
    @TempDir
    Path dir;

    private ParkSimulator sim;
    private EnterpriseConnection connection;

    @AfterEach
    void stop() {
        if (connection != null) connection.close();
        if (sim != null) sim.close();
    }

    @ParameterizedTest
    @CsvSource({"Basic256Sha256, SignAndEncrypt", "Aes256_Sha256_RsaPss, Sign"})
    void connectsSecuredOnceTheServerCertificateIsTrusted(String policy, String mode) throws Exception {
        Path park = Path.of(getClass().getResource("/sim-park/park.json").toURI()).getParent();
        sim = ParkSimulator.start(SimulatorOptions.builder().basePort(0).controlPort(0).tickMs(100).seed(7)
                .parkFolder(park).pkiDir(dir.resolve("sim-pki")).securityEnabled(true).trustAllClients(true)
                .username("bridge").password("s3cret").build());
        int port = URI.create(sim.endpointUrl("E01")).getPort();
        Endpoint endpoint = new Endpoint(BridgeMain.demoEndpointUrl(port, "E01"), policy, mode,
                new Identity("bridge", "s3cret"), 200, null);
        Path pki = dir.resolve("bridge-pki");
        List<Sample> samples = new CopyOnWriteArrayList<>();
        connection = new EnterpriseConnection("E01#0", endpoint,
                List.of(new Mapping("nsu=urn:parkwatch:sim:E01;s=TK101.LT", "E01.TK101.LT", 100, 0, 0)), pki,
                samples::add);
        connection.start();
        Path rejected = pki.resolve("rejected").resolve("certs");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.isDirectory(rejected) && count(rejected) > 0);
        assertTrue(samples.stream().noneMatch(Sample::isGood), "nothing read from an untrusted server");
        Path trusted = pki.resolve("trusted").resolve("certs");
        Files.createDirectories(trusted);
        try (Stream<Path> files = Files.list(rejected)) {
            for (Path f : files.toList()) Files.move(f, trusted.resolve(f.getFileName()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> samples.stream()
                .anyMatch(s -> s.tagId().equals("E01.TK101.LT") && s.isGood() && s.value() instanceof Double));
        assertTrue(connection.isConnected());
    }

    private static long count(Path d) throws java.io.IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }
}
