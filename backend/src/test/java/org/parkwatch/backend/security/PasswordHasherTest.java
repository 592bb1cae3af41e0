package org.parkwatch.backend.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashCarriesSchemeIterationsAndA16ByteSalt() {
        String h = hasher.hash("correct horse battery".toCharArray());
        String[] parts = h.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(600_000, Integer.parseInt(parts[1]));
        assertEquals(16, java.util.Base64.getDecoder().decode(parts[2]).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), h));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), h));
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        assertNotEquals(
                hasher.hash("same password here".toCharArray()),
                hasher.hash("same password here".toCharArray()));
    }

    @Test
    void olderIterationCountsStillVerify() {
        // a hash made with fewer iterations (as if the count was raised since) verifies with its
        // own parameters
        String low = "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$" + lowHash();
        assertTrue(hasher.verify("password-one-two".toCharArray(), low));
    }

    @Test
    void malformedHashesNeverMatch() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain"));
        assertFalse(hasher.verify("x".toCharArray(), "pbkdf2-sha256$abc$AA$AA"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$AA$AA"));
    }

    @Test
    void policyNeedsTwelveCharacters() {
        assertEquals(
                "password must have at least 12 characters",
                PasswordHasher.policyProblem("eleven-char"));
        assertNull(PasswordHasher.policyProblem("twelve-chars"));
        assertEquals("password must not be blank", PasswordHasher.policyProblem("            "));
        assertTrue(PasswordHasher.policyProblem(hasher.randomPassword()) == null);
    }

    @Test
    void policyRefusesRepeatedCharactersRunsAndCommonPasswords() {
        assertTrue(PasswordHasher.policyProblem("aaaaaaaaaaaa").contains("repeated"));
        assertTrue(
                PasswordHasher.policyProblem("abc1abc1abc1").contains("repeated"),
                "one unit written thrice");
        assertTrue(
                PasswordHasher.policyProblem("aaaabbbbcccc").contains("repeated"),
                "three different characters");
        assertTrue(PasswordHasher.policyProblem("cdefghijklmnop").contains("straight run"));
        assertTrue(PasswordHasher.policyProblem("9876543210/.").contains("straight run"));
        // both lines are in parkwatch/security/common-passwords.txt; case does not matter
        assertTrue(PasswordHasher.policyProblem("Password1234").contains("most common"));
        assertTrue(PasswordHasher.policyProblem("1qaz2wsx3edc").contains("most common"));
        assertNull(PasswordHasher.policyProblem("Password1234 is mine"));
    }

    private static String lowHash() {
        try {
            javax.crypto.spec.PBEKeySpec spec =
                    new javax.crypto.spec.PBEKeySpec(
                            "password-one-two".toCharArray(), new byte[16], 1000, 256);
            byte[] dk =
                    javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(spec)
                            .getEncoded();
            return java.util.Base64.getEncoder().withoutPadding().encodeToString(dk);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
