package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Gb18218CatalogueTest {

    private final Gb18218Catalogue cat = Gb18218Catalogue.loadDefault();

    @Test
    void tablesHaveTheStandardsRowCounts() {
        assertEquals(85, cat.table1().size());
        assertEquals(24, cat.hazardClasses().size());
        assertEquals(14, cat.namedBetas().size());
        assertEquals(5, cat.alphaBands().size());
        for (int i = 0; i < 85; i++) {
            assertEquals(i + 1, cat.table1().get(i).seq());
        }
    }

    @Test
    void knownCriticalQuantitiesByCas() {
        assertEquals(5, q("7782-50-5")); // chlorine
        assertEquals(10, q("7664-41-7")); // ammonia
        assertEquals(5, q("1333-74-0")); // hydrogen, not the OCR-damaged 200
        assertEquals(50, q("68476-85-7")); // LPG
        assertEquals(200, q("86290-81-5")); // gasoline
        assertEquals(500, q("67-56-1")); // methanol
        assertEquals(50, q("71-43-2")); // benzene
        assertEquals(5, q("7783-06-4")); // hydrogen sulfide
        assertEquals(0.3, q("75-44-5")); // phosgene
    }

    @Test
    void lookupByNameIgnoresCaseWhitespaceAndFullWidth() {
        assertEquals(12, only(cat.byName("氯")).seq());
        assertEquals(12, only(cat.byName("液氯")).seq());
        assertEquals(12, only(cat.byName("  Chlorine ")).seq());
        assertEquals(1, only(cat.byName("液氨")).seq());
        assertEquals(52, only(cat.byName("LPG")).seq());
        assertEquals(52, only(cat.byName("液化石油气")).seq());
        assertEquals(52, only(cat.byName("lpg")).seq());
        assertEquals(6, only(cat.byName("光气")).seq());
        assertEquals(6, only(cat.byName("PHOSGENE")).seq());
        assertEquals(6, only(cat.byName("碳酰氯（光气）")).seq());
        assertEquals(23, only(cat.byName("TDI")).seq());
        assertEquals(65, only(cat.byName("甲醇")).seq());
        assertTrue(cat.byName("氢氧化钠").isEmpty());
    }

    @Test
    void propaneCasAndCarbonMonoxideMapToTheirRows() {
        assertEquals(52, only(cat.byCas("74-98-6")).seq());
        assertEquals(49, only(cat.byCas("8006-14-2")).seq());
        assertEquals(13, only(cat.byCas("630-08-0")).seq());
    }

    @Test
    void ammoniumNitrateCasIsAmbiguousAndBaseNameToo() {
        assertEquals(
                List.of(43, 44), cat.byCas("6484-52-2").stream().map(NamedChemical::seq).toList());
        assertTrue(cat.byName("硝化纤维素").size() > 1);
    }

    @Test
    void classesByCode() {
        HazardClass w2 = cat.hazardClass("w2").orElseThrow();
        assertEquals(10, w2.criticalQuantityT());
        assertEquals(1.5, w2.beta());
        assertEquals(5000, cat.hazardClass("W5.4").orElseThrow().criticalQuantityT());
        assertEquals(4, cat.hazardClass("J1").orElseThrow().beta());
        assertTrue(cat.hazardClass("W12").isEmpty());
    }

    @Test
    void namedBetasAndAlphaBands() {
        assertEquals(4, cat.namedBeta("7782-50-5").orElseThrow().beta());
        assertEquals(20, cat.namedBeta("75-44-5").orElseThrow().beta());
        assertEquals(2, cat.namedBeta("630-08-0").orElseThrow().beta());
        assertEquals(0.5, cat.alphaBand(0).alpha());
        assertEquals(1.0, cat.alphaBand(1).alpha());
        assertEquals(1.0, cat.alphaBand(29).alpha());
        assertEquals(1.2, cat.alphaBand(30).alpha());
        assertEquals(1.5, cat.alphaBand(99).alpha());
        assertEquals(2.0, cat.alphaBand(100).alpha());
        assertEquals(2.0, cat.alphaBand(1_000_000).alpha());
    }

    @Test
    void gradeBandsIncludeTheirLowerEdge() {
        // G5
        assertEquals(1, GradeBands.level(100));
        assertEquals(2, GradeBands.level(50));
        assertEquals(2, GradeBands.level(99.999));
        assertEquals(3, GradeBands.level(10));
        assertEquals(4, GradeBands.level(9.999));
        assertEquals(4, GradeBands.level(0));
        assertEquals("三级", GradeBands.labelZh(3));
    }

    private double q(String cas) {
        return only(cat.byCas(cas)).criticalQuantityT();
    }

    private static NamedChemical only(List<NamedChemical> rows) {
        assertEquals(1, rows.size(), () -> "expected one row, got " + rows);
        return rows.get(0);
    }
}
