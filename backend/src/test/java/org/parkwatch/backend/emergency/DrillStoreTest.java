package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** Drill periods outlive a restart: stored on each switch, restored at start (H2GIS file). */
class DrillStoreTest {
    @TempDir Path data;

    @Test
    void periodsSwitchedBeforeARestartAreKnownAfterIt() throws Exception {
        try (Database db = Database.open(DatabaseOptions.embedded(data))) {
            DrillStore store = new DrillStore(db);
            List<DrillMode.State> switched = new ArrayList<>();
            DrillMode before = new DrillMode(switched::add);
            before.set(true, 1_000, "commander", "氯气泄漏桌面推演");
            before.set(true, 1_500, "commander", "again"); // no switch
            before.set(false, 2_000, "commander", null);
            before.signal(true, 5_000, "PARK.SYS.DRILL");
            assertEquals(3, switched.size(), "only real switches reach the store");
            for (DrillMode.State s : switched) {
                if (s.on()) store.started(s.sinceMs(), s.by(), s.note());
                else store.ended(s.sinceMs());
            }

            // the process restarts: a new drill mode from the stored periods
            DrillMode after = new DrillMode();
            after.restore(store.load());
            assertFalse(after.during(999));
            assertTrue(after.during(1_000));
            assertTrue(after.during(1_999));
            assertFalse(after.during(2_000), "the first drill ended at 2 000");
            assertFalse(after.during(4_999));
            assertTrue(after.during(9_000), "the second drill was still running");
            assertTrue(after.on(), "a drill running at the crash runs on");
            assertEquals("drill-signal PARK.SYS.DRILL", after.state().by());
            // and the tag that started it can still end it
            after.signal(false, 10_000, "PARK.SYS.DRILL");
            assertFalse(after.on());
        }
    }

    @Test
    void aNewDrillClosesAPeriodLeftOpenByACrash() throws Exception {
        try (Database db = Database.open(DatabaseOptions.embedded(data))) {
            DrillStore store = new DrillStore(db);
            store.started(1_000, "commander", null);
            store.started(3_000, "commander", "second"); // the first never ended
            List<DrillStore.Period> p = store.load();
            assertEquals(2, p.size());
            assertEquals(3_000, p.get(0).endMs());
            assertTrue(p.get(1).open());
        }
    }
}
