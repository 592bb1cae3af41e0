package org.parkwatch.backend.dualprevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hidden-danger life cycle as a table: every state × action gives the next state or the rule
 * that refuses it ("-" = refused).
 */
class DangerLifecycleTest {
    @ParameterizedTest(name = "{0} + {1} → {2} / {3}")
    @CsvSource({
        "REPORTED,  ASSESS,  ASSESSED,  -",
        "REPORTED,  ASSIGN,  -,         HD-1",
        "REPORTED,  RECTIFY, -,         HD-1",
        "REPORTED,  VERIFY,  -,         HD-3",
        "REPORTED,  REJECT,  -,         HD-3",
        "REPORTED,  CLOSE,   -,         HD-4",
        "ASSESSED,  ASSESS,  ASSESSED,  -",
        "ASSESSED,  ASSIGN,  ASSIGNED,  -",
        "ASSESSED,  RECTIFY, -,         HD-2",
        "ASSESSED,  VERIFY,  -,         HD-3",
        "ASSESSED,  CLOSE,   -,         HD-4",
        "ASSIGNED,  ASSESS,  -,         HD-6",
        "ASSIGNED,  ASSIGN,  ASSIGNED,  -",
        "ASSIGNED,  RECTIFY, RECTIFIED, -",
        "ASSIGNED,  VERIFY,  -,         HD-3",
        "ASSIGNED,  REJECT,  -,         HD-3",
        "ASSIGNED,  CLOSE,   -,         HD-4",
        "RECTIFIED, ASSESS,  -,         HD-6",
        "RECTIFIED, ASSIGN,  -,         HD-6",
        "RECTIFIED, RECTIFY, -,         HD-7",
        "RECTIFIED, VERIFY,  VERIFIED,  -",
        "RECTIFIED, REJECT,  ASSIGNED,  -",
        "RECTIFIED, CLOSE,   -,         HD-4",
        "VERIFIED,  ASSIGN,  -,         HD-6",
        "VERIFIED,  RECTIFY, -,         HD-7",
        "VERIFIED,  VERIFY,  -,         HD-7",
        "VERIFIED,  REJECT,  -,         HD-7",
        "VERIFIED,  CLOSE,   CLOSED,    -",
        "CLOSED,    ASSESS,  -,         HD-5",
        "CLOSED,    RECTIFY, -,         HD-5",
        "CLOSED,    CLOSE,   -,         HD-5"
    })
    void transitionTable(DangerState from, DangerAction action, String to, String rule) {
        if (!"-".equals(to)) {
            assertEquals(DangerState.valueOf(to), DangerLifecycle.apply(from, action));
            return;
        }
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class, () -> DangerLifecycle.apply(from, action));
        assertTrue(e.getMessage().startsWith("rule " + rule + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(from.id()), "names the state: " + e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void closingWithoutVerificationNamesTheVerificationRule() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> DangerLifecycle.apply(DangerState.RECTIFIED, DangerAction.CLOSE));
        assertTrue(e.getMessage().contains("closed only after its rectification is verified"));
        assertTrue(e.getMessage().contains("验收合格后才能销号"));
    }
}
