package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiveGradingTrackerTest {

    private static final double TOL = 1e-3;
    private final Gb18218Catalogue cat = Gb18218Catalogue.loadDefault();
    private final ChemicalResolver resolver =
            new ChemicalResolver(cat, ChemicalProperties.loadDefault());

    /**
     * Demo park E01-TF1 shape: three liquid chlorine bullets d 2.8 m × 12 m, 1410 kg/m³, 80 %
     * design fill.
     */
    private HazardUnit chlorineStore() {
        ResolvedChemical cl2 = resolver.byName("液氯");
        TankGeometry bullet = TankGeometry.of("bullet", 2.8, 2.8, 12.0);
        return new HazardUnit(
                "E01-TF1",
                List.of(
                        new Tank("V101", cl2, bullet, 1410, 0.8),
                        new Tank("V102", cl2, bullet, 1410, 0.8),
                        new Tank("V103", cl2, bullet, 1410, 0.8)),
                120);
    }

    @Test
    void firstGradingUsesDesignQuantities() {
        LiveGradingTracker tracker =
                new LiveGradingTracker(new MajorHazardGrader(cat), List.of(chlorineStore()));
        GradingResult g = tracker.current("E01-TF1").orElseThrow();
        double q = 3 * Math.PI * 1.4 * 1.4 * 12 * 1.41 * 0.8; // 250.1 t
        assertEquals(q, g.items().get(0).quantityT(), TOL);
        assertEquals(q / 5, g.s(), TOL);
        assertEquals(1, g.level()); // R = 2 × 4 × 50 = 400
    }

    @Test
    void fillingAnEmptiedStorePastTheCriticalQuantityRaisesAnEvent() {
        LiveGradingTracker tracker =
                new LiveGradingTracker(new MajorHazardGrader(cat), List.of(chlorineStore()));
        tracker.onLevel("V101", 0);
        tracker.onLevel("V102", 0);
        assertTrue(
                tracker.onLevel("V103", 0)
                        .isPresent()); // S falls below 1 only with the last tank empty
        assertFalse(tracker.current("E01-TF1").orElseThrow().majorHazard());
        // 0.3 m in a 2.8 m bullet: (1.96·acos(1.1/1.4) − 1.1·√(0.84 − 0.09))·12 = 0.3545·12 = 4.255
        // m³ → 6.00 t ≥ 5 t
        GradeChange up = tracker.onLevel("V101", 0.3).orElseThrow();
        assertEquals(GradeChange.Kind.BECAME_MAJOR_HAZARD, up.kind());
        assertEquals(6.00, up.after().items().get(0).quantityT(), 0.01);
        assertEquals(4, up.after().level()); // R = 2 × 4 × 1.2 = 9.6
        GradeChange level3 = tracker.onLevel("V102", 0.3).orElseThrow(); // R = 19.2
        assertEquals(GradeChange.Kind.LEVEL_RAISED, level3.kind());
        assertTrue(tracker.onLevel("V102", 0.31).isEmpty());
    }

    @Test
    void badOrUnknownReadingsLeaveTheStateAlone() {
        LiveGradingTracker tracker =
                new LiveGradingTracker(new MajorHazardGrader(cat), List.of(chlorineStore()));
        GradingResult before = tracker.current("E01-TF1").orElseThrow();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> tracker.onLevel("V101", 3.5));
        assertTrue(e.getMessage().contains("V101"), e.getMessage());
        assertTrue(tracker.onLevel("TK999", 1).isEmpty());
        assertEquals(before, tracker.current("E01-TF1").orElseThrow());
    }
}
