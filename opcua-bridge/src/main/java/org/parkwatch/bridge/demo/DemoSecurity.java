package org.parkwatch.bridge.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import org.parkwatch.bridge.BridgeMain;
import org.parkwatch.bridge.client.ClientCertificate;
import org.parkwatch.bridge.client.ClientFactory;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.pki.PkiCommand;
import org.parkwatch.bridge.sim.ParkSimulator;
import org.parkwatch.bridge.sim.SimulatorOptions;
import org.parkwatch.bridge.sim.opcua.EnterpriseServer;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.secret.SecretFiles;

/**
 * The demo's secured defaults (issue 7): on first start it makes the simulator's OPC UA user
 * password, the bridges' application certificate and the simulator's server certificates, and
 * performs the explicit trust approval between them (each simulator certificate into the bridge's
 * {@code trusted/certs}, the bridge certificate into each simulator enterprise's {@code
 * trusted/certs}), printing every approval. Everything lives in the data folder, never in the
 * repository. {@link #secure} turns a demo bridge configuration into the secured one:
 * Basic256Sha256 + SignAndEncrypt + user name on OPC UA, the bridge's own MQTT credentials on the
 * uplink (made by the backend's {@code ./parkwatch uplink demo}).
 *
 * <pre>
 *   DemoSecurity --data data      bootstrap (idempotent: prints only what it newly created or approved)
 * </pre>
 */
public final class DemoSecurity {
    /** Security policy and mode of the demo bridges. */
    public static final String POLICY = "Basic256Sha256";

    public static final String MODE = "SignAndEncrypt";

    /** Where the demo keeps its secrets and PKI folders inside the data folder. */
    public record Paths(Path secrets, Path bridgePki, Path simPki) {
        public static Paths in(Path dataDir) {
            return new Paths(
                    dataDir.resolve("demo-secrets"),
                    dataDir.resolve("bridge-pki"),
                    dataDir.resolve("sim-pki"));
        }

        public Path simPasswordFile() {
            return secrets.resolve("sim-opcua-password");
        }

        /** Written by the backend's {@code ./parkwatch uplink demo --secrets <secrets>}. */
        public Path mqttPasswordFile(String bridgeId) {
            return secrets.resolve(bridgeId + ".mqtt-password");
        }
    }

    private DemoSecurity() {}

    public static void main(String[] args) {
        BridgeMain.selectLogging(); // the bridge's quiet log configuration, not Milo's debug
        if (args.length != 2 || !args[0].equals("--data")) {
            System.err.println("usage: DemoSecurity --data <data folder>");
            System.exit(2);
        }
        Path data = Path.of(args[1]);
        try {
            SimulatorOptions sim =
                    SimulatorOptions.fromConfig(System.getenv(), System.getProperties()).toBuilder()
                            .pkiDir(Paths.in(data).simPki())
                            .build();
            bootstrap(Paths.in(data), ParkCatalog.loadDemo(), sim, System.out);
        } catch (Exception e) {
            System.err.println(
                    "parkwatch demo: cannot set up the demo's security: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Creates what is missing and approves the certificates of the simulator {@code sim} (its
     * pkiDir and bind address; its trustAllClients is ignored: the demo approves explicitly) for
     * every enterprise of {@code park} with tags.
     */
    public static void bootstrap(
            Paths paths, ParkCatalog park, SimulatorOptions sim, PrintStream out) throws Exception {
        if (!Files.exists(paths.simPasswordFile())) {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            SecretFiles.write(
                    paths.simPasswordFile(),
                    Base64.getUrlEncoder().withoutPadding().encodeToString(b) + "\n");
            out.println(
                    "created the simulator's OPC UA user password in "
                            + paths.simPasswordFile()
                            + " (owner-only)");
        }
        ClientCertificate bridge =
                ClientCertificate.loadOrCreate(paths.bridgePki(), ClientFactory.APPLICATION_URI);
        EnterpriseServer.Settings settings =
                ParkSimulator.serverSettings(sim.toBuilder().trustAllClients(false).build());
        for (var e : park.enterprises()) {
            if (park.tagsOf(e.id()).map(t -> t.tags().isEmpty()).orElse(true)) continue;
            X509Certificate server = EnterpriseServer.certificate(settings, e.id());
            if (approve(
                    server,
                    paths.bridgePki()
                            .resolve("trusted")
                            .resolve("certs")
                            .resolve("sim-" + e.id() + ".der"))) {
                out.println(
                        "approved simulator certificate "
                                + server.getSubjectX500Principal().getName()
                                + " (sha1 "
                                + PkiCommand.thumbprint(server)
                                + ") for the demo bridges");
            }
            Path simTrusted = settings.pkiDir().resolve(e.id()).resolve("trusted").resolve("certs");
            if (approve(bridge.certificate(), simTrusted.resolve("parkwatch-bridge.der"))) {
                out.println(
                        "approved bridge certificate (sha1 "
                                + PkiCommand.thumbprint(bridge.certificate())
                                + ") at simulator "
                                + e.id()
                                + " for the demo");
            }
        }
    }

    /**
     * Writes the certificate into a trust list; false when that exact certificate was there
     * already.
     */
    static boolean approve(X509Certificate cert, Path file) throws Exception {
        byte[] der = cert.getEncoded();
        if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), der)) return false;
        Files.createDirectories(file.getParent());
        // written beside the folder and moved in: Milo watches trust lists and would read a
        // half-written file
        Path tmp = file.getParent().resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, der);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /**
     * The secured form of a demo bridge: every endpoint {@value #POLICY} + {@value #MODE} as the
     * simulator's user, MQTT user name = bridge id with its own password, PKI folder {@code
     * paths.bridgePki()}.
     *
     * @throws IOException naming the missing or unsafe secret file (run {@code ./parkwatch demo} to
     *     create them)
     */
    public static BridgeConfig secure(BridgeConfig c, Paths paths) throws IOException {
        String simPassword = SecretFiles.readFirstLine(paths.simPasswordFile());
        String mqttPassword = SecretFiles.readFirstLine(paths.mqttPasswordFile(c.bridgeId()));
        BridgeConfig.Identity user =
                new BridgeConfig.Identity(SimulatorOptions.DEFAULT_USERNAME, simPassword);
        BridgeConfig.Mqtt m = c.mqtt();
        return new BridgeConfig(
                c.bridgeId(),
                c.enterpriseId(),
                new BridgeConfig.Mqtt(
                        m.url(),
                        m.clientId(),
                        c.bridgeId(),
                        mqttPassword,
                        m.qos(),
                        m.keepAliveS(),
                        m.tls()),
                c.spool(),
                c.batch(),
                c.endpoints().stream()
                        .map(
                                e ->
                                        new BridgeConfig.Endpoint(
                                                e.url(),
                                                POLICY,
                                                MODE,
                                                user,
                                                e.publishingIntervalMs(),
                                                e.maxItemsPerSubscription()))
                        .toList(),
                c.mappings(),
                paths.bridgePki());
    }
}
