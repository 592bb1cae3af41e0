package org.parkwatch.backend.hazard.registry;

/**
 * CAS registry number check: {@code NNNNNNN-NN-R}, where R = Σ (digit × its position counted from
 * the right, starting at 1, over all digits before R) mod 10. Source: CAS "CAS Registry Number
 * verification" rule [V].
 */
public final class CasNumber {

    private CasNumber() {}

    public static boolean isValid(String cas) {
        if (cas == null || !cas.matches("\\d{2,7}-\\d{2}-\\d")) {
            return false;
        }
        String digits = cas.replace("-", "");
        int check = digits.charAt(digits.length() - 1) - '0';
        int sum = 0;
        for (int i = digits.length() - 2, pos = 1; i >= 0; i--, pos++) {
            sum += (digits.charAt(i) - '0') * pos;
        }
        return sum % 10 == check;
    }
}
