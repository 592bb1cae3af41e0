package org.parkwatch.backend.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Derives and checks password hashes with PBKDF2-HMAC-SHA256 (JDK). The stored form carries its
 * parameters, {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>}, so the iteration count can
 * be raised later: old hashes still verify with the count they were made with. The password policy
 * is {@link PasswordPolicy}.
 */
public final class PasswordHasher {
    /**
     * OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 with at least 600,000
     * iterations. Status: current recommendation; raise it here when the recommendation rises.
     */
    public static final int ITERATIONS = 600_000;

    /** Random salt per password, bytes (NIST SP 800-132 asks for at least 128 bits). */
    public static final int SALT_BYTES = 16;

    /** Shortest password accepted, characters: {@link PasswordPolicy#MIN_LENGTH}. */
    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

    /** Longest password accepted, characters: {@link PasswordPolicy#MAX_LENGTH}. */
    public static final int MAX_LENGTH = PasswordPolicy.MAX_LENGTH;

    /** Derived key length, bits: the output size of SHA-256. */
    public static final int HASH_BITS = 256;

    private static final String SCHEME = "pbkdf2-sha256";

    private final SecureRandom random = new SecureRandom();

    /**
     * A new salted hash of {@code password} in the stored form. Slow on purpose (≈ 0.1–0.3 s): off
     * the event loop.
     */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] dk = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME
                + "$"
                + ITERATIONS
                + "$"
                + b64.encodeToString(salt)
                + "$"
                + b64.encodeToString(dk);
    }

    /**
     * Does {@code password} match the stored hash? Compares in constant time; a malformed hash
     * never matches.
     */
    public boolean verify(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) return false;
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1) return false;
            return MessageDigest.isEqual(derive(password, salt, iterations), expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Burns the same time as a real check; used when the user does not exist, so the answer time
     * does not tell whether a user name is taken.
     */
    public void dummyVerify(char[] password) {
        derive(password, new byte[SALT_BYTES], ITERATIONS);
    }

    /**
     * @return null when {@code password} meets the policy ({@link PasswordPolicy}), else why not
     *     (for the user)
     */
    public static String policyProblem(String password) {
        return PasswordPolicy.problem(password);
    }

    /**
     * PBKDF2-HMAC-SHA256 of {@code password}: the one derivation used for user and uplink
     * credentials.
     */
    public static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * A random password for the first administrator: 20 characters from an unambiguous alphabet (≈
     * 113 bits).
     */
    public String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++)
            out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        String s = new String(out);
        Arrays.fill(out, ' ');
        return s;
    }
}
