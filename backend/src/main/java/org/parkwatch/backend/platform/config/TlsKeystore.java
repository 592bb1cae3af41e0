package org.parkwatch.backend.platform.config;

import io.vertx.core.net.PfxOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;

/**
 * The PKCS#12 keystores of the HTTP and MQTT servers ({@code http.tls.keystore}, {@code
 * mqtt.tls.keystore}, password {@code tls.keystore.password} from {@code
 * PARKWATCH_TLS_KEYSTORE_PASSWORD}): checked at start so a bad path or password stops the start
 * with a clear message, and turned into Vert.x options.
 */
public final class TlsKeystore {
    private TlsKeystore() {}

    /**
     * Null when the keystore opens with the password and holds a private key, else what is wrong.
     */
    public static String check(Path file, String password) {
        if (!Files.isRegularFile(file)) return "no such file";
        if (password == null || password.isEmpty()) {
            return "needs its password in PARKWATCH_TLS_KEYSTORE_PASSWORD (tls.keystore.password)";
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password.toCharArray());
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) return null;
            }
            return "holds no private key entry (expected the server's key and certificate chain)";
        } catch (IOException e) {
            return "cannot open it as PKCS#12 with the given password (" + e.getMessage() + ")";
        } catch (GeneralSecurityException e) {
            return "cannot read it as PKCS#12 (" + e.getMessage() + ")";
        }
    }

    /**
     * Vert.x options of a configured keystore key, or null when the key is empty (plain transport).
     */
    public static PfxOptions options(ParkWatchConfig config, String key) {
        String path = config.value(key);
        if (path == null || path.isEmpty()) return null;
        return new PfxOptions().setPath(path).setPassword(config.value("tls.keystore.password"));
    }
}
