package org.parkwatch.backend.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.TestBackend;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * Emergency command on the machine's PostgreSQL 15 + PostGIS (a throw-away database), run as a
 * drill: the record, its log and the report say so.
 */
class EmergencyCommandPostgisTest {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_emergency");
    @TempDir Path dataDir;

    @AfterEach
    void drop() throws Exception {
        postgis.drop();
    }

    @Test
    void drillIsCommandedAndReportedOnPostgis() throws Exception {
        try (TestBackend b = EmergencyCommandTest.start(dataDir, postgis.create())) {
            EmergencyScenario s = new EmergencyScenario(b);
            s.drill(true);
            String id = s.leak();
            s.drill(false);
            s.proposalSaysWhy(id);
            assertTrue(s.commanderFlow(id).getBoolean("drill"));
            s.reportMatchesApi(id, true);
            assertEquals(1, s.drillsOnTheTracker(), "the drill counts on the regulator's tracker");
        }
    }
}
