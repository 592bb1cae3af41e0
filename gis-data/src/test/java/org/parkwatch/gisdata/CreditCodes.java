package org.parkwatch.gisdata;

/**
 * Check character of a unified social credit code (GB 32100-2015): weights 3^i mod 31 over 17
 * characters.
 */
final class CreditCodes {
    static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCodes() {}

    static char checkChar(String first17) {
        int sum = 0, w = 1;
        for (int i = 0; i < 17; i++) {
            int v = CHARS.indexOf(first17.charAt(i));
            if (v < 0)
                throw new IllegalArgumentException("character " + first17.charAt(i) + " at " + i);
            sum += v * w;
            w = w * 3 % 31;
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
