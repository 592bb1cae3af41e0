package org.parkwatch.bridge.pki;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parkwatch pki list|trust} on a PKI folder with real certificates. */
class PkiCommandTest {
    @TempDir Path pki;

    private X509Certificate reject(String name, String uri) throws Exception {
        KeyPair kp = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
        X509Certificate c =
                new SelfSignedCertificateBuilder(kp)
                        .setCommonName(name)
                        .setApplicationUri(uri)
                        .build();
        Path rejected = pki.resolve("rejected").resolve("certs");
        Files.createDirectories(rejected);
        Files.write(rejected.resolve(PkiCommand.thumbprint(c) + ".der"), c.getEncoded());
        return c;
    }

    @Test
    void listShowsRejectedAndTrustByThumbprintMovesOnlyThatOne() throws Exception {
        X509Certificate a = reject("server A", "urn:a");
        X509Certificate b = reject("server B", "urn:b");
        String list = PkiTestSupport.output(pki, "list");
        assertTrue(list.contains("uri=urn:a") && list.contains("uri=urn:b"), list);
        assertEquals(
                0, PkiTestSupport.run(pki, "trust", PkiCommand.thumbprint(a).substring(0, 10)));
        assertTrue(Files.exists(pki.resolve("trusted/certs/" + PkiCommand.thumbprint(a) + ".der")));
        assertFalse(
                Files.exists(pki.resolve("rejected/certs/" + PkiCommand.thumbprint(a) + ".der")));
        assertTrue(
                Files.exists(pki.resolve("rejected/certs/" + PkiCommand.thumbprint(b) + ".der")));
        assertEquals(
                2, PkiTestSupport.run(pki, "trust", "0000000000"), "no match is a usage error");
        assertEquals(0, PkiTestSupport.run(pki, "trust", "all"));
        assertTrue(Files.exists(pki.resolve("trusted/certs/" + PkiCommand.thumbprint(b) + ".der")));
    }
}
