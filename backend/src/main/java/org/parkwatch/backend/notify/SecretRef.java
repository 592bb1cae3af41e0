package org.parkwatch.backend.notify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.parkwatch.model.secret.SecretFiles;

/**
 * Reads a secret that configuration names but never holds: {@code env:VARIABLE} (from the
 * environment) or {@code file:/path} (the first line of an owner-only file, {@link SecretFiles}). A
 * literal value in a configuration key is refused, so a password cannot end up in a file in the
 * repository.
 */
final class SecretRef {
    private SecretRef() {}

    /**
     * @return the secret, or null when {@code ref} is empty (not configured)
     * @throws IllegalArgumentException naming the key, the reference and what is wrong
     */
    static String resolve(String key, String ref, Function<String, String> env) {
        if (ref == null || ref.isBlank()) return null;
        String r = ref.trim();
        if (r.startsWith("env:")) {
            String name = r.substring(4);
            String v = env.apply(name);
            if (v == null || v.isBlank())
                throw new IllegalArgumentException(
                        key + "=" + r + ": the environment variable " + name + " is not set");
            return v.trim();
        }
        if (r.startsWith("file:")) {
            try {
                return SecretFiles.readFirstLine(Path.of(r.substring(5)));
            } catch (IOException e) {
                throw new IllegalArgumentException(key + "=" + r + ": " + e.getMessage());
            }
        }
        throw new IllegalArgumentException(
                key
                        + ": a secret is never written in configuration; name it as env:VARIABLE"
                        + " or file:/path/to/owner-only-file");
    }
}
