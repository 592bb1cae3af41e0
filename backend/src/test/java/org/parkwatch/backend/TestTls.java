package org.parkwatch.backend;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A PKCS#12 server keystore made for one test with the JDK's keytool (RSA 2048, SAN 127.0.0.1 and
 * localhost, valid two days) and an SSL socket factory that trusts exactly its certificate.
 */
public record TestTls(Path keystore, String password) {

    public static TestTls create(Path dir) throws Exception {
        Path ks = dir.resolve("server.p12");
        String password = java.util.UUID.randomUUID().toString();
        keytool(
                "-genkeypair",
                "-alias",
                "server",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "2",
                "-dname",
                "CN=localhost,O=ParkWatch test",
                "-ext",
                "san=ip:127.0.0.1,dns:localhost",
                "-storetype",
                "PKCS12",
                "-keystore",
                ks.toString(),
                "-storepass",
                password,
                "-keypass",
                password);
        return new TestTls(ks, password);
    }

    /** Runs the keytool of the running JDK; fails with its output when it does. */
    public static void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IllegalStateException("keytool: " + out);
    }

    /** Trusts the keystore's certificate only. */
    public SSLSocketFactory socketFactory() throws Exception {
        return context().getSocketFactory();
    }

    /** A TLS context that trusts the keystore's certificate only. */
    public SSLContext context() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            ks.load(in, password.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", ks.getCertificate("server"));
        TrustManagerFactory tmf =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }
}
