package org.parkwatch.backend.hazard.registry;

import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, S, V, Z); the last is a check character, 31 − (Σ
 * c_i·w_i mod 31) with w_i = 3^i mod 31. Source: GB 32100-2015 clause 4 and appendix; status [P]
 * (checked against the published example 91350100M000100Y43 and the demo park's codes).
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
    };

    private CreditCode() {}

    /** Why the code is invalid, or empty when it is valid. Letters must be upper case. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of(
                    "must have 18 characters, got " + (code == null ? 0 : code.length()));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(code.charAt(i));
            if (v < 0) {
                return Optional.of(
                        "character '"
                                + code.charAt(i)
                                + "' at position "
                                + (i + 1)
                                + " is not allowed (digits and capitals except I O S V Z)");
            }
            sum += v * WEIGHTS[i];
        }
        char expected = ALPHABET.charAt((31 - sum % 31) % 31);
        if (code.charAt(17) != expected) {
            return Optional.of(
                    "check character is '" + code.charAt(17) + "', expected '" + expected + "'");
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }
}
