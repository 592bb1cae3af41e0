package org.parkwatch.bridge.client;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * The bridge's application instance certificate for secured OPC UA endpoints: a self-signed RSA certificate kept in
 * {@code <pki>/bridge-client.p12}, created on first use. The keystore password comes from the environment variable
 * {@value #PASSWORD_ENV} (default {@code parkwatch}: the file is protected by file permissions, not by this password).
 */
public record ClientCertificate(KeyPair keyPair, X509Certificate certificate) {
    public static final String PASSWORD_ENV = "PARKWATCH_BRIDGE_PKI_PASSWORD";
    private static final String FILE = "bridge-client.p12";
    private static final String ALIAS = "bridge";

    public static ClientCertificate loadOrCreate(Path pkiDir, String applicationUri) throws Exception {
        char[] password = System.getenv().getOrDefault(PASSWORD_ENV, "parkwatch").toCharArray();
        Path file = pkiDir.resolve(FILE);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, password);
            }
            X509Certificate cert = (X509Certificate) ks.getCertificate(ALIAS);
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, password);
            return new ClientCertificate(new KeyPair(cert.getPublicKey(), key), cert);
        }
        Files.createDirectories(pkiDir);
        KeyPair kp = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate cert = new SelfSignedCertificateBuilder(kp).setCommonName("ParkWatch bridge")
                .setOrganization("ParkWatch").setApplicationUri(applicationUri).addDnsName("localhost").build();
        ks.load(null, password);
        ks.setKeyEntry(ALIAS, kp.getPrivate(), password, new X509Certificate[]{cert});
        try (OutputStream out = Files.newOutputStream(file)) {
            ks.store(out, password);
        }
        return new ClientCertificate(kp, cert);
    }
}
