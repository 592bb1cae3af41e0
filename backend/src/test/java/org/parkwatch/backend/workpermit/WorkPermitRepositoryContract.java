package org.parkwatch.backend.workpermit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/**
 * The permit tables on one database (H2GIS, PostGIS): a permit round-trips every field, an update
 * replaces it, a failing batch stores nothing, the external id is unique per enterprise, spot
 * checks round-trip.
 */
abstract class WorkPermitRepositoryContract {
    @TempDir Path dir;

    protected abstract DatabaseOptions database(Path dir) throws Exception;

    private static final long T0 = 1_796_000_000_000L;

    private static SpecialWorkPermit permit(String id, String ext) {
        return new SpecialWorkPermit(
                id,
                "E04",
                ext,
                WorkKind.HOT_WORK,
                "1",
                WorkState.APPLIED,
                "管廊焊接",
                WorkPermitJson.LON_LAT.createPoint(new Coordinate(113.9348, 35.25335)),
                T0 + 1_000_000L,
                T0 + 2_000_000L,
                List.of(
                        new ResponsiblePerson("leader", "王建军", "13800000401"),
                        new ResponsiblePerson("guardian", "李卫东", null)),
                List.of(
                        new GasAnalysis(T0 + 900_000L, "汽油蒸气", 0.1, "%vol", 1.3, "孙丽"),
                        new GasAnalysis(T0 + 950_000L, "O2", 20.9, "%vol", Double.NaN, "孙丽")),
                0,
                "u",
                T0,
                T0,
                "备注");
    }

    @Test
    void permitsRoundTripAndABadBatchStoresNothing() throws Exception {
        try (Database db = Database.open(database(dir))) {
            WorkPermitRepository repo = new WorkPermitRepository(db);
            SpecialWorkPermit p = permit("WP-E04-0001", "EXT-1");
            repo.save(List.of(p), List.of());
            SpecialWorkPermit back = repo.all().get(0);
            assertEquals(p.id(), back.id());
            assertEquals(p.externalId(), back.externalId());
            assertEquals(p.people(), back.people());
            assertEquals(p.gasAnalyses().size(), back.gasAnalyses().size());
            assertEquals(1.3, back.gasAnalyses().get(0).lelVolPercent());
            assertTrue(Double.isNaN(back.gasAnalyses().get(1).lelVolPercent()));
            assertTrue(p.geometry().equalsExact(back.geometry(), 1e-9));
            assertEquals(p.startMs(), back.startMs());
            assertEquals("备注", back.note());
            SpecialWorkPermit moved = back.withState(WorkState.APPROVED, T0 + 7);
            repo.save(List.of(), List.of(moved));
            assertEquals(WorkState.APPROVED, repo.all().get(0).state());
            // same enterprise and external id: refused by the database, and the batch's other row
            // is not stored either
            assertThrows(
                    SQLException.class,
                    () ->
                            repo.save(
                                    List.of(
                                            permit("WP-E04-0002", null),
                                            permit("WP-E04-0003", "EXT-1")),
                                    List.of()));
            assertEquals(1, repo.all().size());
            // many permits without an external id are fine
            repo.save(List.of(permit("WP-E04-0004", null), permit("WP-E04-0005", null)), List.of());
            assertEquals(3, repo.all().size());
            repo.insertSpotCheck(
                    new SpotCheck(
                            1, "WP-E04-0001", "E04", "E04-CAM2", "op", "operator", T0 + 9, "ok"));
            assertEquals("E04-CAM2", repo.spotChecks().get(0).cameraId());
        }
    }
}
