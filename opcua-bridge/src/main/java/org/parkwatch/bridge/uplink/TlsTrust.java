package org.parkwatch.bridge.uplink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.parkwatch.bridge.config.BridgeConfig;

/**
 * The TLS socket factory of the MQTT uplink: trusts exactly the certificates of the configured
 * PKCS#12 truststore.
 */
final class TlsTrust {
    private TlsTrust() {}

    /**
     * @throws IOException naming the truststore when it cannot be read with its password
     */
    static SocketFactory socketFactory(BridgeConfig.Tls tls) throws IOException {
        try (InputStream in = Files.newInputStream(tls.truststore())) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            char[] password =
                    tls.truststorePassword() == null
                            ? null
                            : tls.truststorePassword().toCharArray();
            trust.load(in, password);
            if (trust.size() == 0) throw new IOException("it holds no certificate");
            TrustManagerFactory tmf =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("MQTT truststore " + tls.truststore() + ": " + e.getMessage(), e);
        }
    }
}
