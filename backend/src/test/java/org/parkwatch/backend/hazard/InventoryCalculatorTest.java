package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryCalculatorTest {

    private static final double TOL = 1e-3;
    private final ChemicalResolver resolver =
            new ChemicalResolver(Gb18218Catalogue.loadDefault(), ChemicalProperties.loadDefault());

    @Test
    void verticalCylinderVolumeAndMass() {
        // π · 5² · 4 = 314.159 m³; × 800 kg/m³ = 251.327 t
        TankGeometry g = new TankGeometry.VerticalCylinder(10, 12);
        assertEquals(314.159, g.liquidVolumeM3(4), TOL);
        assertEquals(942.478, g.capacityM3(), TOL);
        Tank t = new Tank("T1", resolver.byName("甲醇"), g, 800, 0.9);
        assertEquals(251.327, InventoryCalculator.massT(t, 4), TOL);
        assertEquals(942.478 * 0.8 * 0.9, InventoryCalculator.staticMassT(t), TOL);
    }

    @Test
    void sphereIsASphericalCap() {
        TankGeometry s = new TankGeometry.Sphere(10);
        assertEquals(54.454, s.liquidVolumeM3(2), TOL); // π·2²·(15−2)/3
        assertEquals(261.799, s.liquidVolumeM3(5), TOL); // half of 4/3·π·125
        assertEquals(523.599, s.capacityM3(), TOL);
        assertEquals(0, s.liquidVolumeM3(0), TOL);
    }

    @Test
    void horizontalCylinderIsACircularSegment() {
        TankGeometry h = new TankGeometry.HorizontalCylinder(2, 10, false);
        assertEquals(6.14185, h.liquidVolumeM3(0.5), TOL); // (π/3 − 0.5·√0.75)·10
        assertEquals(15.708, h.liquidVolumeM3(1), TOL); // half: 5π
        assertEquals(31.416, h.capacityM3(), TOL);
        TankGeometry bullet = new TankGeometry.HorizontalCylinder(2, 10, true);
        assertEquals(15.708 + 2.0944, bullet.liquidVolumeM3(1), TOL); // + half sphere of r = 1
        assertEquals(31.416 + 4.18879, bullet.capacityM3(), TOL);
    }

    @Test
    void levelOutsideTheTankIsRejectedNamingTheTank() {
        Tank t = new Tank("V-101", resolver.byName("液氯"), new TankGeometry.Sphere(4), 1410, 0.8);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class, () -> InventoryCalculator.massT(t, 4.5));
        assertTrue(e.getMessage().contains("V-101"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InventoryCalculator.massT(t, -0.1));
    }

    @Test
    void unitQuantitySumsTanksPerChemical() {
        ResolvedChemical lpg = resolver.byName("LPG");
        ResolvedChemical methanol = resolver.byName("甲醇");
        List<Tank> tanks =
                List.of(
                        new Tank("S1", lpg, new TankGeometry.Sphere(10), 500, 0.85),
                        new Tank("S2", lpg, new TankGeometry.Sphere(10), 500, 0.85),
                        new Tank(
                                "M1",
                                methanol,
                                new TankGeometry.VerticalCylinder(10, 12),
                                791,
                                0.9));
        List<HazardItem> live =
                InventoryCalculator.liveQuantities(tanks, Map.of("S1", 5.0, "S2", 2.0, "M1", 4.0));
        assertEquals(2, live.size());
        assertEquals(lpg, live.get(0).chemical());
        assertEquals((261.799 + 54.454) * 0.5, live.get(0).quantityT(), TOL);
        assertEquals(314.159 * 0.791, live.get(1).quantityT(), TOL);
        List<HazardItem> stat = InventoryCalculator.staticQuantities(tanks);
        assertEquals(2 * 523.599 * 0.5 * 0.85, stat.get(0).quantityT(), TOL);
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> InventoryCalculator.liveQuantities(tanks, Map.of("S1", 5.0)));
        assertTrue(e.getMessage().contains("S2"), e.getMessage());
    }

    @Test
    void fillingATankPastTheCriticalQuantityMakesTheUnitAMajorHazard() {
        // LPG sphere d = 6 m, 500 kg/m³: Q = 50 t is 100 m³, reached at h ≈ 4.72 m
        Gb18218Catalogue cat = Gb18218Catalogue.loadDefault();
        MajorHazardGrader grader = new MajorHazardGrader(cat);
        Tank t = new Tank("S1", resolver.byName("LPG"), new TankGeometry.Sphere(6), 500, 0.85);
        GradingResult low =
                grader.grade(InventoryCalculator.liveQuantities(List.of(t), Map.of("S1", 4.5)), 20);
        GradingResult high =
                grader.grade(InventoryCalculator.liveQuantities(List.of(t), Map.of("S1", 4.8)), 20);
        assertEquals(0.954259, low.s(), 1e-6); // π·4.5²·(9 − 4.5)/3 = 95.426 m³ → 47.71 t / 50 t
        assertEquals(1.013352, high.s(), 1e-6); // π·4.8²·(9 − 4.8)/3 = 101.34 m³ → 50.67 t / 50 t
        assertTrue(!low.majorHazard() && high.majorHazard());
        assertEquals(
                GradeChange.Kind.BECAME_MAJOR_HAZARD,
                GradeChange.between(low, high).orElseThrow().kind());
    }
}
