package org.parkwatch.backend.workpermit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The permit state machine as a table: every (from, to) pair, allowed or refused with a message.
 */
class WorkStateMachineTest {
    private static final Set<String> ALLOWED =
            Set.of(
                    "APPLIED>APPROVED",
                    "APPLIED>CLOSED",
                    "APPROVED>IN_PROGRESS",
                    "APPROVED>CLOSED",
                    "IN_PROGRESS>SUSPENDED",
                    "IN_PROGRESS>CLOSED",
                    "SUSPENDED>IN_PROGRESS",
                    "SUSPENDED>CLOSED");

    @Test
    void everyTransitionOfTheTable() {
        int allowed = 0;
        for (WorkState from : WorkState.values()) {
            for (WorkState to : WorkState.values()) {
                boolean expected = ALLOWED.contains(from + ">" + to);
                assertEquals(expected, WorkStateMachine.allowed(from, to), from + " → " + to);
                if (expected) {
                    WorkStateMachine.check(from, to);
                    allowed++;
                } else {
                    IllegalStateException e =
                            assertThrows(
                                    IllegalStateException.class,
                                    () -> WorkStateMachine.check(from, to));
                    assertTrue(
                            e.getMessage().contains(from.name())
                                    && e.getMessage().contains(to.name()),
                            e.getMessage());
                }
            }
        }
        assertEquals(ALLOWED.size(), allowed);
    }
}
