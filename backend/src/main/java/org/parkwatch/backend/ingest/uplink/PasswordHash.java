package org.parkwatch.backend.ingest.uplink;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.parkwatch.backend.security.PasswordHasher;

/**
 * Slow password hashes with PBKDF2WithHmacSHA256 and random passwords. Pure computation (CPU-bound:
 * a verification takes a large fraction of a second on purpose, so callers on an event loop run it
 * on a worker).
 */
public final class PasswordHash {
    /**
     * Iterations for new hashes: the users' figure ({@link PasswordHasher#ITERATIONS}, OWASP 2023),
     * one place.
     */
    public static final int DEFAULT_ITERATIONS = PasswordHasher.ITERATIONS;

    /** Salt length, bytes: {@link PasswordHasher#SALT_BYTES}. */
    public static final int SALT_BYTES = PasswordHasher.SALT_BYTES;

    /**
     * Random password length, bytes of entropy (URL-safe Base64 without padding: 32 characters).
     */
    public static final int PASSWORD_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    /** A salted hash of a password: Base64 fields as stored. */
    public record Hashed(String hash, String salt, int iterations) {}

    public static Hashed hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new Hashed(
                b64.encodeToString(derive(password, salt, iterations)),
                b64.encodeToString(salt),
                iterations);
    }

    /** True when {@code password} matches; compares in constant time. */
    public static boolean verify(char[] password, Hashed stored) {
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(stored.hash());
        byte[] actual = derive(password, b64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * A new random password of {@value #PASSWORD_BYTES} random bytes, URL-safe Base64 (no quoting
     * needed anywhere).
     */
    public static String randomPassword() {
        byte[] b = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        return PasswordHasher.derive(password, salt, iterations);
    }
}
