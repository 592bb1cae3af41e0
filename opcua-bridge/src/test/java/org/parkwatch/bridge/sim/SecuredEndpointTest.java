package org.parkwatch.bridge.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secured endpoints: self-signed server certificates created on first start, user name identity.
 */
class SecuredEndpointTest {
    static ParkSimulator sim;
    static KeyPair clientKeys;
    static X509Certificate clientCert;

    /** A password made for this run: the simulator has none by default. */
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();

    @BeforeAll
    static void start() throws Exception {
        clientKeys = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        clientCert =
                new SelfSignedCertificateBuilder(clientKeys)
                        .setCommonName("parkwatch test client")
                        .setApplicationUri("urn:parkwatch:test:client")
                        .build();
        // the simulator trusts client certificates only once approved (its default); approve this
        // run's client
        Path trusted = Path.of("target", "test-pki", "E01", "trusted", "certs");
        Files.createDirectories(trusted);
        Files.write(
                trusted.resolve("test-client-" + System.nanoTime() + ".der"),
                clientCert.getEncoded());
        sim = ParkSimulator.start(SimTestSupport.testOptions().password(PASSWORD).build());
    }

    @AfterAll
    static void stop() {
        if (sim != null) sim.stop();
    }

    /**
     * Connects with the given policy and mode as user parkwatch; records the server certificates
     * seen.
     */
    OpcUaClient connect(
            SecurityPolicy policy,
            MessageSecurityMode mode,
            String password,
            List<X509Certificate> serverCerts)
            throws Exception {
        OpcUaClient client =
                OpcUaClient.create(
                        sim.endpointUrl("E01"),
                        endpoints ->
                                endpoints.stream()
                                        .filter(
                                                e ->
                                                        e.getSecurityPolicyUri()
                                                                        .equals(policy.getUri())
                                                                && e.getSecurityMode() == mode)
                                        .findFirst(),
                        transport -> {},
                        config ->
                                config.setApplicationUri("urn:parkwatch:test:client")
                                        .setKeyPair(clientKeys)
                                        .setCertificate(clientCert)
                                        .setCertificateChain(new X509Certificate[] {clientCert})
                                        .setCertificateValidator(
                                                (chain, uri, hosts) ->
                                                        serverCerts.add(chain.get(0)))
                                        .setIdentityProvider(
                                                new UsernameProvider("parkwatch", password)));
        client.connect();
        return client;
    }

    @Test
    void basic256Sha256SignAndEncryptWithUserName() throws Exception {
        List<X509Certificate> seen = new CopyOnWriteArrayList<>();
        OpcUaClient client =
                connect(
                        SecurityPolicy.Basic256Sha256,
                        MessageSecurityMode.SignAndEncrypt,
                        PASSWORD,
                        seen);
        try {
            double level =
                    SimTestSupport.readDouble(client, "nsu=urn:parkwatch:sim:E01;s=TK101.LT");
            assertTrue(level >= 0 && level <= 15, "level " + level);
            assertEquals(
                    "urn:parkwatch:sim:E01", CertificateUtil.getSanUri(seen.get(0)).orElseThrow());
            assertTrue(Files.exists(Path.of("target", "test-pki", "E01", "server.pfx")));
        } finally {
            client.disconnect();
        }
    }

    @Test
    void aes256Sha256RsaPssSign() throws Exception {
        OpcUaClient client =
                connect(
                        SecurityPolicy.Aes256_Sha256_RsaPss,
                        MessageSecurityMode.Sign,
                        PASSWORD,
                        new CopyOnWriteArrayList<>());
        try {
            assertEquals(
                    Boolean.FALSE,
                    SimTestSupport.read(client, "nsu=urn:parkwatch:sim:E01;s=SIS1.TRIP")
                            .getValue()
                            .getValue());
        } finally {
            client.disconnect();
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        Exception e =
                assertThrows(
                        Exception.class,
                        () ->
                                connect(
                                                SecurityPolicy.Basic256Sha256,
                                                MessageSecurityMode.SignAndEncrypt,
                                                "wrong",
                                                new CopyOnWriteArrayList<>())
                                        .disconnect());
        String chain = "";
        for (Throwable t = e; t != null; t = t.getCause()) chain += t + " | ";
        assertTrue(
                chain.contains("Bad_UserAccessDenied") || chain.contains("Bad_IdentityToken"),
                chain);
    }
}
