package org.parkwatch.backend.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A push message cannot be published without a decision about its owners, and the decision is
 * explicit.
 */
class PushOwnersTest {
    @Test
    void ownersMustBeDecided() {
        assertThrows(NullPointerException.class, () -> new PushOwners(null, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> PushOwners.enterprises(List.of()));
        assertThrows(IllegalArgumentException.class, () -> PushOwners.enterprise(" "));
        assertThrows(
                IllegalArgumentException.class,
                () -> new PushOwners(PushOwners.Audience.PARK_ROLES, Set.of("E01")));
    }

    @Test
    void taggedItemsBelongToTheirEnterpriseAndParkLevelOnesToEveryone() {
        assertEquals(PushOwners.enterprise("E01"), PushOwners.ofTagged("E01"));
        assertEquals(PushOwners.everyone(), PushOwners.ofTagged("PARK"));
        assertEquals(PushOwners.everyone(), PushOwners.ofTagged((String) null));
        assertEquals(
                PushOwners.enterprises(List.of("E01", "E02")),
                PushOwners.ofTagged(List.of("E02", "PARK", "E01")));
    }
}
