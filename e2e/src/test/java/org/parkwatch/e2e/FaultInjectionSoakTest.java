package org.parkwatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.e2e.soak.Soak;
import org.parkwatch.e2e.soak.SoakAccount;

/**
 * Issue 19: the short form of {@code ./parkwatch soak}. The demo park as real processes (OPC UA
 * simulator, the bridges with their disk spools, the backend on PostgreSQL) under a background
 * load; every kind of fault once, in a random order from a printed seed (SIGKILL of the backend,
 * the bridges, the simulator; database connections cut; a spool deleted); then every batch the
 * bridges created is looked up in the history: none lost, none stored twice, none out of order.
 */
class FaultInjectionSoakTest {
    @TempDir Path work;

    @Test
    void everyFaultOnceLosesNothing() throws Exception {
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        Soak.Result r =
                Soak.run(
                        new Soak.Options(
                                10, 5, seed, 5_000, work, EnumSet.allOf(Soak.Fault.class)));
        System.out.println(r.describe());
        SoakAccount.Tally t = r.tally();
        assertEquals(5, r.cycles(), "every fault injected once (seed " + seed + ")");
        assertTrue(t.batches() > 50 && t.stored() > 0, "the bridges sent data: " + r.describe());
        assertEquals(0, t.lostBatches(), r.describe());
        assertEquals(0, t.duplicated(), r.describe());
        assertEquals(0, t.duplicatedBatches(), r.describe());
        assertEquals(0, t.outOfOrder(), r.describe());
    }

    /**
     * D2, acknowledged means durable: the backend SIGKILLed twice while the bridges stream; every
     * batch a bridge removed from its spool (PUBACKed) is in the history, and no "seq gap" appears.
     */
    @Test
    void backendKilledMidStreamKeepsEveryAcknowledgedBatch() throws Exception {
        long seed = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        Soak.Result r =
                Soak.run(
                        new Soak.Options(
                                10, 2, seed, 2_000, work, EnumSet.of(Soak.Fault.BACKEND_KILL)));
        System.out.println(r.describe());
        SoakAccount.Tally t = r.tally();
        assertEquals(2, r.cycles());
        assertTrue(t.stored() > 0, r.describe());
        assertEquals(0, t.lostBatches(), r.describe());
        assertEquals(0, t.duplicated(), r.describe());
        assertEquals(0, t.duplicatedBatches(), r.describe());
        assertEquals(0, t.outOfOrder(), "no seq gap: " + r.describe());
    }
}
