package org.parkwatch.backend.dualprevention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The four-colour grading at and around each band boundary, and the refused factor values. */
class RiskGradingTest {
    @ParameterizedTest(name = "LEC {0}×{1}×{2} = {3} → {4}")
    @CsvSource({
        "10, 6, 7,   420, RED",
        "1, 10, 40,  400, RED",
        // 320 exactly is red (D ≥ 320)
        "0.5, 6, 100, 300, ORANGE",
        "1, 2, 100,  200, ORANGE",
        // 160 is not a product of the scales; closest below and above
        "3, 6, 7,    126, YELLOW",
        "1, 2, 40,   80, YELLOW",
        // 70 is orange's lower neighbour: 1 × 10 × 7 = 70 is yellow (D ≥ 70)
        "1, 10, 7,   70, YELLOW",
        "1, 6, 7,    42, BLUE",
        "0.1, 0.5, 1, 0.05, BLUE"
    })
    void lecScoresFallInTheirBand(double l, double e, double c, double d, RiskGrade grade) {
        RiskAssessment a = RiskGrading.grade(GradingMethod.LEC, l, e, c);
        assertEquals(d, a.score(), 1e-9);
        assertEquals(grade, a.grade());
    }

    @ParameterizedTest(name = "LEC band edge {0} → {1}")
    @CsvSource({
        "320, RED",
        "319.99, ORANGE",
        "160, ORANGE",
        "159.99, YELLOW",
        "70, YELLOW",
        "69.99, BLUE"
    })
    void lecBandEdges(double d, RiskGrade grade) {
        assertEquals(grade, RiskBands.grade(RiskBands.LEC, d));
    }

    @ParameterizedTest(name = "LS {0}×{1} = {2} → {3}")
    @CsvSource({
        "5, 5, 25, RED",
        "4, 5, 20, RED",
        "4, 4, 16, ORANGE",
        "3, 5, 15, ORANGE",
        "3, 4, 12, YELLOW",
        "3, 3, 9,  YELLOW",
        "2, 4, 8,  BLUE",
        "1, 1, 1,  BLUE"
    })
    void lsScoresFallInTheirBand(double l, double s, double r, RiskGrade grade) {
        RiskAssessment a = RiskGrading.grade(GradingMethod.LS, l, null, s);
        assertEquals(r, a.score(), 1e-9);
        assertEquals(grade, a.grade());
    }

    @ParameterizedTest(name = "LEC L={0} E={1} C={2} refused, naming {3}")
    @CsvSource({"2, 6, 7, likelihood (L)", "1, 5, 7, exposure (E)", "1, 6, 8, consequence (C)"})
    void lecFactorsOffTheScaleAreRefused(double l, double e, double c, String factor) {
        IllegalArgumentException x =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RiskGrading.grade(GradingMethod.LEC, l, e, c));
        assertTrue(x.getMessage().startsWith(factor), x.getMessage());
    }

    @ParameterizedTest(name = "LS L={0} S={1} refused")
    @CsvSource({"0, 3", "6, 3", "2.5, 3", "3, 0", "3, 6"})
    void lsFactorsOutsideOneToFiveAreRefused(double l, double s) {
        IllegalArgumentException x =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RiskGrading.grade(GradingMethod.LS, l, null, s));
        assertTrue(x.getMessage().contains("5 × 5"), x.getMessage());
    }

    @org.junit.jupiter.api.Test
    void everyBandNamesItsSourceAndStatus() {
        for (RiskBands.Table t : java.util.List.of(RiskBands.LEC, RiskBands.LS)) {
            assertEquals(4, t.bands().size());
            for (RiskBands.Band b : t.bands()) {
                assertTrue(!b.source().isBlank());
                assertEquals("U", b.status(), "not verified against a standard text");
            }
        }
    }
}
