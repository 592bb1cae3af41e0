package org.parkwatch.backend.hazard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * Stock from the chemical-lot ledger joins a unit's live GB 18218 inventory where no measured tank
 * of the unit holds the chemical (issue 16, scope 5).
 */
class HazardLotsInventoryTest {
    private static final String CHLORINE = "7782-50-5";

    /** Q of chlorine, GB 18218-2018 Table 1. */
    private static final double CHLORINE_Q_T = 5;

    private Vertx vertx;
    private HazardService hazards;
    private final List<InventorySupplement.Held> lots = new ArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        hazards = new HazardService(ParkCatalog.loadDemo(), vertx, 1, System::currentTimeMillis);
        hazards.setInventorySupplement(
                at -> lots.stream().filter(h -> h.locationId().equals(at)).toList());
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private static InventorySupplement.Held lot(String label, double t, String location) {
        return new InventorySupplement.Held("chemical-lots", label, CHLORINE, t, location);
    }

    @Test
    void aLotAtAnUnmeteredUnitAddsItsStockOverQToS() {
        GradingResult before = hazards.liveGrade("E07-U100");
        lots.add(lot("CL-1", 0.45, "E07-U100"));
        GradingResult after = hazards.liveGrade("E07-U100");
        assertEquals(0.45 / CHLORINE_Q_T, after.s() - before.s(), 1e-9);
        GradedItem line = after.items().get(after.items().size() - 1);
        assertEquals("chemical-lots", line.sourceId());
        assertEquals(CHLORINE, line.chemical().cas());
        assertEquals(0.09, line.ratio(), 1e-9);
        assertEquals(
                "chemical-lots",
                GradingJson.toJson(after)
                        .getJsonArray("items")
                        .getJsonObject(after.items().size() - 1)
                        .getString("source"));
    }

    @Test
    void aLotOfAChemicalAMeasuredTankHoldsDoesNotCountAgain() {
        lots.add(lot("CL-2", 2.0, "E01-TF1"));
        // before any level: the tanks count by design, the lot adds 2/5
        double designS = hazards.staticGrade("E01-TF1").s();
        assertEquals(designS + 2.0 / CHLORINE_Q_T, hazards.liveGrade("E01-TF1").s(), 1e-9);
        long now = System.currentTimeMillis();
        vertx.runOnContext(
                v ->
                        hazards.batchApplied(
                                new AppliedBatch(
                                        "E01",
                                        "b",
                                        1,
                                        now,
                                        now,
                                        List.of(Sample.of("E01.V101.LT", 1.0, now)))));
        await().atMost(Duration.ofSeconds(10)).until(() -> hazards.regradings() == 1);
        HazardService.SupplementaryItem item = hazards.supplementaryInventory("E01-TF1").get(0);
        assertFalse(item.counted());
        assertTrue(
                hazards.liveGrade("E01-TF1").items().stream().allMatch(i -> i.sourceId() == null));
    }

    @Test
    void aFiledLotRegradesItsUnitAtOnceAndEmitsTheCrossing() throws Exception {
        // a unit of the demo park that is no major hazard (S < 1) with its design inventories
        String unit =
                hazards.unitIds().stream()
                        .filter(u -> hazards.liveGrade(u).s() < 0.8)
                        .findFirst()
                        .orElseThrow();
        double s0 = hazards.liveGrade(unit).s();
        List<HazardService.GradeEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        hazards.onGradeChange(events::add);
        java.util.concurrent.CompletableFuture<Void> bound =
                new java.util.concurrent.CompletableFuture<>();
        vertx.runOnContext(
                v -> {
                    hazards.runOn(Vertx.currentContext());
                    bound.complete(null);
                });
        bound.get(10, TimeUnit.SECONDS);
        // enough chlorine to take S to 1.2: no tank level arrives, the filing alone regrades
        double t = (1.2 - s0) * CHLORINE_Q_T;
        lots.add(lot("CL-9", t, unit));
        hazards.changed(java.util.Map.of(unit, List.of()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !events.isEmpty());
        HazardService.GradeEvent e = events.get(0);
        assertEquals(unit, e.unitId());
        assertEquals(GradeChange.Kind.BECAME_MAJOR_HAZARD, e.change().kind());
        assertEquals(s0, e.change().before().s(), 1e-9);
        assertEquals(1.2, e.change().after().s(), 1e-9);
        assertEquals(1, events.size());
    }
}
