package org.parkwatch.backend.security.uplink;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Slow password hashes with PBKDF2WithHmacSHA256 and random passwords. Pure computation (CPU-bound: a verification
 * takes a large fraction of a second on purpose, so callers on an event loop run it on a worker).
 */
public final class PasswordHash {
    /**
     * Iterations for new hashes: OWASP Password Storage Cheat Sheet (2023), PBKDF2-HMAC-SHA256 "600,000 iterations"
     * (status: current recommendation). Stored with each hash, so raising it later keeps old hashes valid.
     */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Salt length, bytes (NIST SP 800-132 asks for at least 128 bits). */
    public static final int SALT_BYTES = 16;
    /** Derived key length, bits: the output size of SHA-256. */
    public static final int KEY_BITS = 256;
    /** Random password length, bytes of entropy (URL-safe Base64 without padding: 32 characters). */
    public static final int PASSWORD_BYTES = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /** A salted hash of a password: Base64 fields as stored. */
    public record Hashed(String hash, String salt, int iterations) {
    }

    public static Hashed hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return new Hashed(b64.encodeToString(derive(password, salt, iterations)), b64.encodeToString(salt), iterations);
    }

    /** True when {@code password} matches; compares in constant time. */
    public static boolean verify(char[] password, Hashed stored) {
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(stored.hash());
        byte[] actual = derive(password, b64.decode(stored.salt()), stored.iterations());
        return MessageDigest.isEqual(expected, actual);
    }

    /** A new random password of {@value #PASSWORD_BYTES} random bytes, URL-safe Base64 (no quoting needed anywhere). */
    public static String randomPassword() {
        byte[] b = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available: " + e.getMessage(), e);
        } finally {
            spec.clearPassword();
        }
    }
}
