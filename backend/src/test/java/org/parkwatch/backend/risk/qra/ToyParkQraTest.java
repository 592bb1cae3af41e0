package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.parkwatch.model.consequence.NormalDistribution;
import org.parkwatch.model.consequence.PoolFire;
import org.parkwatch.model.consequence.ProbitModel;
import org.parkwatch.model.consequence.StabilityClass;
import org.parkwatch.model.risk.FnCurve;
import org.parkwatch.model.risk.GridSpec;
import org.parkwatch.model.risk.ProtectionClass;
import org.parkwatch.model.risk.RelocationScreening;

/**
 * The QRA of a two-installation toy park checked against hand arithmetic: two atmospheric tanks of
 * a flammable liquid (boiling point 80 °C: immediate ignition 0.065 → pool fire, no toxic branch)
 * 600 m apart, frequencies of the Purple Book for atmospheric tanks (5e-6, 5e-6, 1e-4 /yr). The
 * expected values are built here from those literals, the pool radii (bund circle, or a 1 cm deep
 * spread pool for the 10 mm hole) and the pool-fire lethality (library pool fire + Eisenberg
 * probit, 60 s), independently of the scenario generator and the grid.
 */
class ToyParkQraTest {
    static final GeometryFactory GF = new GeometryFactory();
    static final double HC = 43e6;
    static final double BURNING = 0.05;
    static final double DENSITY = 800;
    static final double BUND_M2 = 2000;
    static final ChemicalProfile FUEL =
            new ChemicalProfile("toy-fuel", 0.1, 80, DENSITY, HC, 1.0, BURNING, null);
    static final QraInstallation A =
            new QraInstallation("A", "E1", 0, 0, FUEL, 800_000, 800_000, false, 0, 10, BUND_M2);
    static final QraInstallation B =
            new QraInstallation("B", "E2", 600, 0, FUEL, 400_000, 400_000, false, 0, 10, BUND_M2);
    static final WindRose ROSE = rose();

    /** 10 m cells whose centres fall on whole tens of metres. */
    static final GridSpec GRID = new GridSpec(-1005, -1005, 10, 261, 201);

    static QraResult result;

    @BeforeAll
    static void run() {
        List<TargetArea> targets =
                List.of(
                        new TargetArea(
                                "school",
                                "学校",
                                "school",
                                ProtectionClass.HIGHLY_SENSITIVE,
                                100,
                                point(0, 40)),
                        new TargetArea(
                                "farm", "农户", "farm", ProtectionClass.GENERAL_3, 0, point(640, 0)),
                        new TargetArea(
                                "field",
                                "田野",
                                "field",
                                ProtectionClass.GENERAL_1,
                                0,
                                point(300, 0)));
        result =
                new QraCalculation(GRID, 2, QraService.check())
                        .run(
                                List.of(A, B),
                                ROSE,
                                targets.stream()
                                        .map(t -> t.withConfiguredStatus(FacilityStatus.NEW))
                                        .toList());
    }

    static WindRose rose() {
        double[] sectors = new double[16];
        Arrays.fill(sectors, 1.0 / 16);
        return new WindRose(
                sectors,
                List.of(
                        new WeatherClass(StabilityClass.D, 5, 0.6),
                        new WeatherClass(StabilityClass.F, 1.5, 0.4)),
                "configured",
                "toy");
    }

    static Geometry point(double e, double n) {
        return GF.createPoint(new Coordinate(e, n));
    }

    /** P_death at distance r (m) of a pool fire of radius R: point-source flux, 60 s, Eisenberg. */
    static double lethality(double poolRadiusM, double r) {
        PoolFire fire = new PoolFire(poolRadiusM, BURNING, HC, 1.2, 0.24, 1.0);
        double q = fire.fluxWPerM2(Math.max(r, poolRadiusM));
        return NormalDistribution.probitToProbability(ProbitModel.THERMAL_EISENBERG.thermal(q, 60));
    }

    static final double BUND_RADIUS = Math.sqrt(BUND_M2 / Math.PI);

    /** Pool of the 10 mm hole: Torricelli with 10 m head, Cd 0.65, for 30 min, spread 1 cm deep. */
    static double holePoolRadius() {
        double rate = 0.65 * Math.PI * 0.01 * 0.01 / 4 * DENSITY * Math.sqrt(2 * 9.80665 * 10);
        double volume = rate * 1800 / DENSITY;
        return Math.sqrt(volume / (Math.PI * 0.01));
    }

    /** IR (/yr) from one tank at distance r: Σ f × 0.065 × P_death over the three releases. */
    static double tankIr(double r) {
        return (5e-6 + 5e-6) * 0.065 * lethality(BUND_RADIUS, r)
                + 1e-4 * 0.065 * lethality(holePoolRadius(), r);
    }

    static QraResult.TargetCheck check(String id) {
        return result.targets().stream()
                .filter(t -> t.target().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void individualRiskAtTargetsMatchesHandArithmetic() {
        double school = tankIr(40) + tankIr(Math.hypot(600, 40));
        double farm = tankIr(640) + tankIr(40);
        double field = tankIr(300) + tankIr(300);
        assertTrue(
                school > 1e-7 && farm > 1e-7,
                "toy values must be meaningful: " + school + ", " + farm);
        assertEquals(school, check("school").verdict().riskPerYear(), school * 1e-9);
        assertEquals(farm, check("farm").verdict().riskPerYear(), farm * 1e-9);
        assertEquals(field, check("field").verdict().riskPerYear(), Math.max(field * 1e-9, 1e-20));
    }

    @Test
    void rasterMatchesHandArithmeticAtCellCentres() {
        // cell centres on whole tens: (0, 40) and (600, 40) are table nodes of the half-cell
        // lethality table
        double atSchool = tankIr(40) + tankIr(Math.hypot(600, 40));
        double nearB = tankIr(Math.hypot(600, 40)) + tankIr(40);
        int iSchool = 100;
        int jSchool = 104;
        assertEquals(0, GRID.centreEastM(iSchool), 1e-9);
        assertEquals(40, GRID.centreNorthM(jSchool), 1e-9);
        assertEquals(atSchool, result.irPerYear()[GRID.index(iSchool, jSchool)], atSchool * 1e-6);
        assertEquals(nearB, result.irPerYear()[GRID.index(160, 104)], nearB * 1e-6);
    }

    @Test
    void fnPointsMatchHandArithmetic() {
        // 100 people in the school's cell; every other cell empty. Fires do not depend on weather,
        // so the two
        // weather classes add up to the release's f × 0.065.
        double nBund = 100 * lethality(BUND_RADIUS, 40);
        double nHole = 100 * lethality(holePoolRadius(), 40);
        double nFromB = 100 * lethality(BUND_RADIUS, Math.hypot(600, 40));
        assertTrue(nBund >= 1, "toy school must see fatalities: " + nBund);
        assertTrue(nFromB < 1, "tank B must not reach the school: " + nFromB);
        FnCurve fn = result.fn();
        assertEquals((5e-6 + 5e-6) * 0.065, fn.frequencyOfAtLeast(nBund), 1e-6 * 1e-6);
        assertTrue(nHole < 1, "the small pool must not reach the school: " + nHole);
        assertEquals(1, fn.points().size(), "one N above 1 (tank A's large pool): " + fn.points());
        assertEquals(0.0, fn.frequencyOfAtLeast(nBund * 1.001 + 1e-9));
        double pll = (5e-6 + 5e-6) * 0.065 * nBund + 1e-4 * 0.065 * nHole;
        assertEquals(pll, fn.potentialLossOfLife(), pll * 1e-6 + 1e-15);
    }

    @Test
    void schoolBreaksTheNewFacilityLimitAndTankAIsTheCandidate() {
        double ir = tankIr(40) + tankIr(Math.hypot(600, 40));
        assertTrue(ir > 3e-7, "toy school IR " + ir);
        QraResult.TargetCheck school = check("school");
        assertEquals(3e-7, school.verdict().limitPerYear());
        assertFalse(school.verdict().acceptable());
        assertEquals(ir / 3e-7, school.verdict().excessRatio(), 1e-6);
        assertTrue(check("farm").verdict().acceptable(), "general-3, new: 1e-5 /yr");
        assertEquals(1, result.relocation().violations().size());
        RelocationScreening.Violation v = result.relocation().violations().get(0);
        assertEquals("school", v.target().id());
        assertEquals(ir - 3e-7, v.excessPerYear(), ir * 1e-9);
        assertEquals(
                List.of("E1"),
                result.relocation().candidates().stream()
                        .map(RelocationScreening.Candidate::enterpriseId)
                        .toList());
    }

    @Test
    void contoursNest() {
        List<Geometry> c = result.contoursM();
        assertEquals(4, c.size());
        assertFalse(c.get(0).isEmpty());
        for (int k = 1; k < c.size(); k++) {
            if (c.get(k).isEmpty()) {
                continue;
            }
            double outside = c.get(k).difference(c.get(k - 1)).getArea();
            assertTrue(
                    outside < 1e-6 * c.get(k).getArea() + 1e-6,
                    "level " + k + " sticks out by " + outside + " m²");
            assertTrue(c.get(k).getArea() <= c.get(k - 1).getArea());
        }
    }
}
