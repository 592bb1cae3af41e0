package org.parkwatch.model.consequence;

/** Pasquill–Gifford atmospheric stability class, A (very unstable) to F (moderately stable). */
public enum StabilityClass {
    A,
    B,
    C,
    D,
    E,
    F;

    /**
     * True for the stable classes E and F, where Gaussian models are least reliable at long range.
     */
    public boolean isStable() {
        return this == E || this == F;
    }

    /**
     * Parses "A".."F" (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static StabilityClass parse(String text) {
        if (text != null && text.trim().length() == 1) {
            char c = Character.toUpperCase(text.trim().charAt(0));
            if (c >= 'A' && c <= 'F') {
                return values()[c - 'A'];
            }
        }
        throw new IllegalArgumentException("expected one of A, B, C, D, E, F but was " + text);
    }
}
