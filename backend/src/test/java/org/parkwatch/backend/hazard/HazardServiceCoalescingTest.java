package org.parkwatch.backend.hazard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.uplink.Sample;

/**
 * Level samples are coalesced: a unit is regraded at most once per regrade interval, with the
 * latest levels.
 */
class HazardServiceCoalescingTest {
    private static final long REGRADE_MS = 5_000;
    private Vertx vertx;
    private HazardService hazards;
    private final List<HazardService.GradeEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        hazards =
                new HazardService(
                        ParkCatalog.loadDemo(), vertx, REGRADE_MS, System::currentTimeMillis);
        hazards.onGradeChange(events::add);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private void onContext(Runnable r) {
        vertx.runOnContext(v -> r.run());
    }

    private static AppliedBatch batch(long seq, Sample... samples) {
        long now = System.currentTimeMillis();
        return new AppliedBatch("E01", "b", seq, now, now, List.of(samples));
    }

    @Test
    void aBurstRegradesOnceAndTheNextWaitsForTheInterval() {
        long now = System.currentTimeMillis();
        onContext(
                () -> {
                    for (int i = 0; i < 20; i++) {
                        double level = 2.5 - i * 0.13; // falls from 2.5 m to 0.03 m: only the last
                        // value counts
                        hazards.batchApplied(
                                batch(
                                        i,
                                        Sample.of("E01.V101.LT", level, now),
                                        Sample.of("E01.V102.LT", 0.1, now),
                                        Sample.of("E01.V103.LT", 0.1, now)));
                    }
                });
        await().atMost(Duration.ofSeconds(5)).until(() -> hazards.regradings() == 1);
        assertEquals(1, events.size());
        assertEquals(GradeChange.Kind.CEASED_MAJOR_HAZARD, events.get(0).change().kind());
        assertEquals(0.03, hazards.measuredLevels("E01-TF1").get("E01-V101"), 1e-9);

        onContext(() -> hazards.batchApplied(batch(21, Sample.of("E01.V101.LT", 1.4, now))));
        // within the 5 s interval nothing is regraded; afterwards the unit is regraded with the new
        // level
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> hazards.regradings() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> hazards.regradings() == 2);
        assertEquals(2, events.size());
        assertEquals(GradeChange.Kind.BECAME_MAJOR_HAZARD, events.get(1).change().kind());
    }

    @Test
    void badAndForeignSamplesAreIgnored() {
        long now = System.currentTimeMillis();
        onContext(
                () ->
                        hazards.batchApplied(
                                batch(
                                        1,
                                        new Sample(
                                                "E01.V101.LT",
                                                0.1,
                                                now,
                                                Sample.BAD_NO_COMMUNICATION),
                                        Sample.of("E01.V101.TT", 0.1, now),
                                        Sample.of("E01.V102.LT", 99.0, now))));
        // V102 at 99 m is outside its 2.8 m shell: logged and ignored, the unit keeps its design
        // grading
        await().atMost(Duration.ofSeconds(5)).until(() -> hazards.regradings() == 1);
        assertEquals(0, events.size());
        assertEquals(0, hazards.measuredLevels("E01-TF1").size());
        assertEquals(hazards.staticGrade("E01-TF1").s(), hazards.liveGrade("E01-TF1").s(), 1e-9);
    }
}
