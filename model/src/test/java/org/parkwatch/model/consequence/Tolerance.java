package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Relative-tolerance assertion shared by the model tests. */
public final class Tolerance {
    private Tolerance() {}

    public static void close(double expected, double actual, double relative) {
        assertEquals(
                expected,
                actual,
                Math.abs(expected) * relative,
                () -> "expected " + expected + " got " + actual);
    }
}
