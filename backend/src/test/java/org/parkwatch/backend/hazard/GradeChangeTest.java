package org.parkwatch.backend.hazard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeChangeTest {

    private final Gb18218Catalogue cat = Gb18218Catalogue.loadDefault();
    private final ChemicalResolver resolver = new ChemicalResolver(cat, ChemicalProperties.loadDefault());
    private final MajorHazardGrader grader = new MajorHazardGrader(cat);

    private GradingResult chlorine(double t) {
        return grader.grade(List.of(new HazardItem(resolver.byName("氯"), t)), 100); // R = 8 · t / 5
    }

    @Test
    void crossingSEqualsOneUpwardsAndDownwards() {
        GradeChange up = GradeChange.between(chlorine(4.9), chlorine(5)).orElseThrow();
        assertEquals(GradeChange.Kind.BECAME_MAJOR_HAZARD, up.kind());
        assertEquals(4, up.after().level());
        assertEquals(GradeChange.Kind.CEASED_MAJOR_HAZARD,
                GradeChange.between(chlorine(5), chlorine(4.9)).orElseThrow().kind());
    }

    @Test
    void levelEdgeCrossings() {
        GradingResult l4 = chlorine(6);   // R = 9.6
        GradingResult l3 = chlorine(6.25); // R = 10
        GradeChange raised = GradeChange.between(l4, l3).orElseThrow();
        assertEquals(GradeChange.Kind.LEVEL_RAISED, raised.kind());
        assertSame(l4, raised.before());
        assertSame(l3, raised.after());
        assertEquals(GradeChange.Kind.LEVEL_LOWERED, GradeChange.between(chlorine(62.5), chlorine(62)).orElseThrow().kind());
    }

    @Test
    void noChangeWithinABandOrBelowOneOrOnFirstGrading() {
        assertTrue(GradeChange.between(chlorine(7), chlorine(30)).isEmpty());
        assertTrue(GradeChange.between(chlorine(1), chlorine(4)).isEmpty());
        assertTrue(GradeChange.between(null, chlorine(100)).isEmpty());
    }
}
