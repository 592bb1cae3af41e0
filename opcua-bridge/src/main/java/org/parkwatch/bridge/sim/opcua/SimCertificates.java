package org.parkwatch.bridge.sim.opcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.KeyStoreCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;

/**
 * The application certificate of one simulated server: a self-signed RSA-SHA256 certificate whose
 * SAN carries the server's application URI, created on first start and kept in {@code
 * <pkiDir>/<enterpriseId>/server.pfx} (PKCS#12). Client certificates are accepted without a trust
 * list when {@code trustAllClients} (a simulator convenience); otherwise they must be in {@code
 * <pkiDir>/<enterpriseId>/trusted/certs} and rejected ones land in {@code
 * <pkiDir>/<enterpriseId>/rejected}.
 */
final class SimCertificates {
    private final CertificateManager manager;
    private final X509Certificate certificate;
    private final FileBasedTrustListManager trustList; // null when every client is trusted

    private SimCertificates(
            CertificateManager manager,
            X509Certificate certificate,
            FileBasedTrustListManager trustList) {
        this.manager = manager;
        this.certificate = certificate;
        this.trustList = trustList;
    }

    /** Stops watching the trust list folder (an inotify instance each; a user has 128). */
    void close() {
        if (trustList == null) return;
        try {
            trustList.close();
        } catch (IOException e) {
            // nothing is left to release that we could act on
        }
    }

    static SimCertificates loadOrCreate(
            Path pkiDir,
            String enterpriseId,
            String applicationUri,
            String hostname,
            char[] keyStorePassword,
            boolean trustAllClients)
            throws Exception {
        Path dir = pkiDir.resolve(enterpriseId);
        Files.createDirectories(dir);
        var store =
                KeyStoreCertificateStore.createAndInitialize(
                        new KeyStoreCertificateStore.Settings(
                                dir.resolve("server.pfx"),
                                () -> keyStorePassword,
                                alias -> keyStorePassword));
        var factory =
                new RsaSha256CertificateFactory() {
                    @Override
                    protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair)
                            throws Exception {
                        SelfSignedCertificateBuilder b =
                                new SelfSignedCertificateBuilder(keyPair)
                                        .setCommonName("ParkWatch simulator " + enterpriseId)
                                        .setOrganization("ParkWatch")
                                        .setCountryCode("CN")
                                        .setApplicationUri(applicationUri)
                                        .addDnsName("localhost")
                                        .addIpAddress("127.0.0.1");
                        if (!hostname.equals("localhost") && !hostname.equals("127.0.0.1")) {
                            if (hostname.matches("[0-9.]+")) b.addIpAddress(hostname);
                            else b.addDnsName(hostname);
                        }
                        return new X509Certificate[] {b.build()};
                    }
                };
        DefaultApplicationGroup group;
        if (trustAllClients) {
            var quarantine = new MemoryCertificateQuarantine();
            group =
                    DefaultApplicationGroup.createAndInitialize(
                            new MemoryTrustListManager(),
                            store,
                            factory,
                            new CertificateValidator.InsecureCertificateValidator());
            var mgr = new DefaultCertificateManager(quarantine, group);
            return new SimCertificates(mgr, certificate(group, applicationUri), null);
        }
        var trust = FileBasedTrustListManager.createAndInitialize(dir);
        var quarantine =
                FileBasedCertificateQuarantine.create(dir.resolve("rejected").resolve("certs"));
        group =
                DefaultApplicationGroup.createAndInitialize(
                        trust,
                        store,
                        factory,
                        new DefaultServerCertificateValidator(trust, quarantine));
        return new SimCertificates(
                new DefaultCertificateManager(quarantine, group),
                certificate(group, applicationUri),
                trust);
    }

    private static X509Certificate certificate(
            DefaultApplicationGroup group, String applicationUri) {
        return group.getCertificateChain(NodeIds.RsaSha256ApplicationCertificateType)
                .map(chain -> chain[0])
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "no application certificate for " + applicationUri));
    }

    CertificateManager manager() {
        return manager;
    }

    X509Certificate certificate() {
        return certificate;
    }
}
