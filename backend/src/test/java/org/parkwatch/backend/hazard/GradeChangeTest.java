package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradeChangeTest {

    private final Gb18218Catalogue cat = Gb18218Catalogue.loadDefault();
    private final ChemicalResolver resolver =
            new ChemicalResolver(cat, ChemicalProperties.loadDefault());
    private final MajorHazardGrader grader = new MajorHazardGrader(cat);

    private GradingResult chlorine(double t) {
        return grader.grade(List.of(new HazardItem(resolver.byName("氯"), t)), 100); // R = 8 · t / 5
    }

    @Test
    void crossingSEqualsOneUpwardsAndDownwards() {
        GradeChange up = GradeChange.between(chlorine(4.9), chlorine(5)).orElseThrow();
        assertEquals(GradeChange.Kind.BECAME_MAJOR_HAZARD, up.kind());
        assertEquals(4, up.after().level());
        assertEquals(
                GradeChange.Kind.CEASED_MAJOR_HAZARD,
                GradeChange.between(chlorine(5), chlorine(4.9)).orElseThrow().kind());
    }

    @Test
    void levelEdgeCrossings() {
        GradingResult l4 = chlorine(6); // R = 9.6
        GradingResult l3 = chlorine(6.25); // R = 10
        GradeChange raised = GradeChange.between(l4, l3).orElseThrow();
        assertEquals(GradeChange.Kind.LEVEL_RAISED, raised.kind());
        assertSame(l4, raised.before());
        assertSame(l3, raised.after());
        assertEquals(
                GradeChange.Kind.LEVEL_LOWERED,
                GradeChange.between(chlorine(62.5), chlorine(62)).orElseThrow().kind());
    }

    @Test
    void noChangeWithinABandOrBelowOneOrOnFirstGrading() {
        assertTrue(GradeChange.between(chlorine(7), chlorine(30)).isEmpty());
        assertTrue(GradeChange.between(chlorine(1), chlorine(4)).isEmpty());
        assertTrue(GradeChange.between(null, chlorine(100)).isEmpty());
    }

    @Test
    void liveGradingNearAnEdgeReportsOnlyOnceClearOfTheHysteresisBand() {
        double m =
                GradeChange
                        .EDGE_HYSTERESIS; // R = 8 t / 5 with 100 people; level 3 from R = 10 (t =
        // 6.25)
        GradingResult level4 = chlorine(6.2);
        assertTrue(
                GradeChange.between(level4, chlorine(6.25), m).isEmpty(),
                "R = 10.0 sits on the edge");
        assertTrue(
                GradeChange.between(level4, chlorine(6.3), m).isEmpty(),
                "R = 10.08 is inside the 2 % band");
        assertEquals(
                GradeChange.Kind.LEVEL_RAISED,
                GradeChange.between(level4, chlorine(6.4), m).orElseThrow().kind(),
                "R = 10.24 is clear of it");
        GradingResult level3 = chlorine(6.4);
        assertTrue(
                GradeChange.between(level3, chlorine(6.2), m).isEmpty(),
                "R = 9.92: back below, not yet clear");
        assertEquals(
                GradeChange.Kind.LEVEL_LOWERED,
                GradeChange.between(level3, chlorine(6.1), m).orElseThrow().kind());
        assertTrue(
                GradeChange.between(chlorine(4.95), chlorine(5.05), m).isEmpty(),
                "S = 1.01 is inside the band");
        assertEquals(
                GradeChange.Kind.BECAME_MAJOR_HAZARD,
                GradeChange.between(chlorine(4.95), chlorine(5.2), m).orElseThrow().kind());
    }
}
