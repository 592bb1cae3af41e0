package org.parkwatch.backend.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.Role;

/**
 * The progress entries on PostGIS (migration V115): filed, read back in order after the service is
 * built again, and a percentage outside 0–100 is refused by the service and by the table's check.
 */
class TrackerPostgisTest {
    @TempDir Path dir;
    private final ThrowawayPostgis pg = new ThrowawayPostgis("pw_tracker");
    private Database db;

    @AfterEach
    void drop() throws Exception {
        try {
            if (db != null) db.close();
        } finally {
            pg.drop();
        }
    }

    @Test
    void entriesSurviveANewServiceAndTheTableRefusesABadPercentage() throws Exception {
        db = Database.open(DatabaseOptions.from(pg.create()::get, dir));
        long[] now = {1_765_000_000_000L};
        Principal reg = new Principal("reg-1", Role.REGULATOR, null);
        TrackerService s = service(db, now);
        s.addProgress(reg, "6", "搬迁筛查完成", 45);
        now[0] += 60_000;
        s.addProgress(reg, "6", "两家企业纳入搬迁名单", 55);
        assertThrows(IllegalArgumentException.class, () -> s.addProgress(reg, "6", "x", 120));

        TrackerOverview o = service(db, now).overview(Quarter.parse("2025Q4"));
        TaskView t6 =
                o.tasks().stream().filter(t -> t.task().id().equals("6")).findFirst().orElseThrow();
        assertEquals(List.of(45, 55), t6.entries().stream().map(ProgressEntry::percent).toList());
        assertEquals("reg-1", t6.entries().get(1).author());
        assertEquals(55, t6.percent());
        assertEquals(TaskStatus.IN_PROGRESS, t6.status());
        assertEquals(2, o.entriesInQuarter().size(), "2025-12-06 is in 2025 Q4");

        java.sql.SQLException e =
                assertThrows(
                        java.sql.SQLException.class,
                        () ->
                                new TrackerRepository(db)
                                        .add(
                                                new ProgressEntry(
                                                        0,
                                                        "6",
                                                        now[0],
                                                        "reg-1",
                                                        "regulator",
                                                        "x",
                                                        101)));
        assertTrue(e.getMessage().contains("percent"), e.getMessage());
    }

    private static TrackerService service(Database db, long[] now) {
        return new TrackerService(
                PlanTaskLoader.loadDefault(),
                new TrackerRepository(db),
                PlatformFigures.NONE,
                DailySafetyFigures.NONE,
                ZoneId.of("Asia/Shanghai"),
                () -> now[0]);
    }
}
