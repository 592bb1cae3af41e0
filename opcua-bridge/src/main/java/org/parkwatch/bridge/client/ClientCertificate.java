package org.parkwatch.bridge.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.parkwatch.model.secret.SecretFiles;

/**
 * The bridge's OPC UA application instance certificate, created on first start in its PKI folder: a
 * self-signed RSA 2048 certificate (SAN: the application URI and localhost) in {@code
 * own/certs/bridge.der} and its private key as PKCS#8 PEM in {@code own/private/bridge.key},
 * readable by the owner only (no keystore password to leak or to default). Servers must trust
 * {@code bridge.der} (in the simulator: {@code <sim-pki>/<ENT>/trusted/certs}).
 */
public record ClientCertificate(KeyPair keyPair, X509Certificate certificate) {
    public static final Path CERT = Path.of("own", "certs", "bridge.der");
    public static final Path KEY = Path.of("own", "private", "bridge.key");

    /**
     * Loads the certificate or creates it; synchronized because the connections of several bridges
     * may share one PKI folder and must not each make their own key.
     */
    public static synchronized ClientCertificate loadOrCreate(Path pkiDir, String applicationUri)
            throws Exception {
        Path certFile = pkiDir.resolve(CERT);
        Path keyFile = pkiDir.resolve(KEY);
        if (Files.exists(certFile) && Files.exists(keyFile)) {
            X509Certificate cert = readCertificate(certFile);
            if (!SecretFiles.ownerOnly(keyFile)) {
                throw new IOException(keyFile + " must be readable by its owner only (chmod 600)");
            }
            String pem =
                    Files.readString(keyFile, StandardCharsets.US_ASCII)
                            .replaceAll("-----[A-Z ]+-----", "")
                            .replaceAll("\\s", "");
            PrivateKey key =
                    KeyFactory.getInstance("RSA")
                            .generatePrivate(
                                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return new ClientCertificate(new KeyPair(cert.getPublicKey(), key), cert);
        }
        KeyPair kp = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate cert =
                new SelfSignedCertificateBuilder(kp)
                        .setCommonName("ParkWatch bridge")
                        .setOrganization("ParkWatch")
                        .setApplicationUri(applicationUri)
                        .addDnsName("localhost")
                        .build();
        String pem =
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, new byte[] {'\n'})
                                .encodeToString(kp.getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n";
        SecretFiles.write(keyFile, pem);
        Files.createDirectories(certFile.getParent());
        Files.write(certFile, cert.getEncoded());
        return new ClientCertificate(kp, cert);
    }

    /** A DER (or PEM) X.509 certificate file. */
    public static X509Certificate readCertificate(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
