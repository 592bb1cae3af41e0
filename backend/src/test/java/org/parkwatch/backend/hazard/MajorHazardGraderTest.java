package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MajorHazardGraderTest {

    private static final double TOL = 1e-9;
    private final Gb18218Catalogue cat = Gb18218Catalogue.loadDefault();
    private final ChemicalResolver resolver =
            new ChemicalResolver(cat, ChemicalProperties.loadDefault());
    private final MajorHazardGrader grader = new MajorHazardGrader(cat);

    @Test
    void g1Chlorine20tWith100People() {
        GradingResult g = grade(100, item("7782-50-5", 20));
        assertEquals(4.0, g.s(), TOL);
        assertTrue(g.majorHazard());
        assertEquals(2.0, g.alpha());
        assertEquals(32.0, g.r(), TOL);
        assertEquals(3, g.level());
        assertEquals(4.0, g.items().get(0).chemical().beta());
        assertEquals("table3", g.items().get(0).chemical().betaBasis());
    }

    @Test
    void g2AmmoniaAndHydrogenSulfideBelowOne() {
        GradingResult g = grade(100, item("7664-41-7", 3), item("7783-06-4", 1));
        assertEquals(0.5, g.s(), TOL);
        assertEquals(0.3, g.items().get(0).ratio(), TOL);
        assertEquals(0.2, g.items().get(1).ratio(), TOL);
        assertFalse(g.majorHazard());
        assertNull(g.r());
        assertNull(g.level());
        assertTrue(g.arithmeticZh().contains("不构成重大危险源"), g.arithmeticZh());
    }

    @Test
    void g3Ammonia50tNobodyNearby() {
        GradingResult g = grade(0, item("7664-41-7", 50));
        assertEquals(5.0, g.s(), TOL);
        assertEquals(0.5, g.alpha());
        assertEquals(5.0, g.r(), TOL);
        assertEquals(4, g.level());
    }

    @Test
    void g4Chlorine12andAHalfTonnes() {
        GradingResult g = grade(100, item("7782-50-5", 12.5));
        assertEquals(20.0, g.r(), TOL);
        assertEquals(3, g.level());
    }

    @Test
    void g5BandEdgesThroughTheGrader() {
        // chlorine, α 2 × β 4 = 8 per unit of q/Q
        assertEquals(1, grade(100, item("7782-50-5", 62.5)).level()); // R = 100
        assertEquals(2, grade(100, item("7782-50-5", 31.25)).level()); // R = 50
        assertEquals(3, grade(100, item("7782-50-5", 6.25)).level()); // R = 10
        assertEquals(4, grade(100, item("7782-50-5", 6.249375)).level()); // R = 9.999
    }

    @Test
    void exactlyOneIsAMajorHazard() {
        GradingResult g = grade(10, item("67-56-1", 500));
        assertEquals(1.0, g.s());
        assertTrue(g.majorHazard());
        assertEquals(1.0, g.r(), TOL); // α 1, β 1 (W5.3)
    }

    @Test
    void classBasedItemTakesTable2QAndTable4Beta() {
        GradingResult g = grade(40, new HazardItem(resolver.byClass("W2"), 12));
        GradedItem line = g.items().get(0);
        assertEquals(10, line.chemical().criticalQuantityT());
        assertEquals("table2:W2", line.chemical().qBasis());
        assertEquals(1.5, line.chemical().beta());
        assertEquals(1.2, line.ratio(), TOL);
        assertEquals(1.2 * 1.5 * 1.2, g.r(), TOL); // α 1.2 for 30–49 people
    }

    @Test
    void table1ChemicalNotInTable3TakesBetaOfItsClass() {
        ResolvedChemical lpg = resolver.byName("LPG");
        assertEquals(50, lpg.criticalQuantityT());
        assertEquals("table1:52", lpg.qBasis());
        assertEquals(1.5, lpg.beta());
        assertEquals("table4:W2", lpg.betaBasis());
        ResolvedChemical methanol = resolver.byName("甲醇");
        assertEquals(1.0, methanol.beta());
        assertEquals("table4:W5.3", methanol.betaBasis());
    }

    @Test
    void table3BetaWinsOverTheClassBeta() {
        // ammonia is W2 (β 1.5) and J3 (β 2) but Table 3 names it: β 2
        ResolvedChemical ammonia = resolver.byName("液氨");
        assertEquals(2.0, ammonia.beta());
        assertEquals("table3", ammonia.betaBasis());
        // hydrogen sulfide: Table 3 β 5, larger than its classes' β
        assertEquals(5.0, resolver.byCas("7783-06-4").beta());
        // carbon monoxide: Table 1 row 13 (coal gas) for Q, Table 3 for β
        ResolvedChemical co = resolver.byCas("630-08-0");
        assertEquals(20, co.criticalQuantityT());
        assertEquals(2.0, co.beta());
    }

    @Test
    void chemicalNotInGb18218IsListedButDoesNotCount() {
        GradingResult g =
                grade(
                        100,
                        item("7782-50-5", 5),
                        new HazardItem(resolver.byName("氢氧化钠"), 500),
                        new HazardItem(resolver.byName("盐酸"), 300));
        assertEquals(1.0, g.s(), TOL);
        assertEquals(8.0, g.r(), TOL);
        assertNull(g.items().get(1).ratio());
        assertFalse(g.items().get(2).chemical().counts());
        assertTrue(g.arithmeticZh().contains("不计入"), g.arithmeticZh());
        assertTrue(g.arithmeticEn().contains("sodium hydroxide"), g.arithmeticEn());
    }

    @Test
    void notInTablesClassifiedChemicalUsesSmallestQOfItsClasses() {
        ResolvedChemical xylene = resolver.byName("二甲苯");
        assertEquals(5000, xylene.criticalQuantityT());
        assertEquals("table2:W5.4", xylene.qBasis());
    }

    @Test
    void table1ChemicalWithoutKnownClassCannotBeGraded() {
        ResolvedChemical so3 = resolver.byName("三氧化硫");
        assertEquals(75, so3.criticalQuantityT());
        assertNull(so3.beta());
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> grade(10, new HazardItem(so3, 100)));
        assertTrue(e.getMessage().contains("三氧化硫"), e.getMessage());
        assertEquals(2.0, resolver.byName("三氧化硫", "J3").beta());
    }

    @Test
    void table1ChemicalWithoutRecordTakesItsClassFromTheCatalogue() {
        ResolvedChemical ether = resolver.byName("乙醚");
        assertEquals(10, ether.criticalQuantityT());
        assertEquals(1.5, ether.beta());
        assertEquals("table4:W5.1", ether.betaBasis());
        assertEquals(2.0, resolver.byName("TNT").beta());
    }

    @Test
    void arithmeticShowsEveryStep() {
        GradingResult g =
                grade(
                        100,
                        item("7782-50-5", 20),
                        new HazardItem(resolver.byName("甲醇"), 1000),
                        new HazardItem(resolver.byClass("W2"), 12));
        assertEquals(7.2, g.s(), TOL);
        assertEquals(39.6, g.r(), TOL);
        assertEquals(
                "S = Σq/Q = 20/5 + 1000/500 + 12/10 = 4 + 2 + 1.2 = 7.2 ≥ 1，构成重大危险源；α = 2（厂区边界外 500 m 内 "
                        + "100 人）；R = α × Σβq/Q = 2 × (4×4 + 1×2 + 1.5×1.2) = 2 × 19.8 = 39.6 → 三级重大危险源。",
                g.arithmeticZh());
        assertTrue(g.arithmeticEn().endsWith("= 39.6 → level 3."), g.arithmeticEn());
    }

    private HazardItem item(String cas, double q) {
        return new HazardItem(resolver.byCas(cas), q);
    }

    private GradingResult grade(int people, HazardItem... items) {
        return grader.grade(List.of(items), people);
    }
}
