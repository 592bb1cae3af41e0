package org.parkwatch.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two-installation toy park computed by hand. A (0, 0): flammable, leak f = 1e-5 /yr, immediate
 * ignition 0.2 → pool fire killing 50 % within 200 m; delayed 0.5 → flash fire killing everyone
 * within 50 m. B (1000, 0): chlorine, leak f = 1e-5 /yr, no ignition → toxic plume killing 20 %
 * from 0 to 900 m downwind within ±50 m. Weather D 70 % with rose (from N, E, S, W) = (0.1, 0.4,
 * 0.2, 0.3); F 30 % with a uniform rose.
 */
class ToyParkQraTest {

    private static final WeatherCase D =
            new WeatherCase("D", 0.7, new double[] {0.1, 0.4, 0.2, 0.3});
    private static final WeatherCase F = WeatherCase.uniform("F", 0.3, 4);
    private static final List<WeatherCase> WEATHER = List.of(D, F);

    private static LethalityField plumeBox() {
        return new LethalityField() {
            @Override
            public double lethality(double x, double y) {
                return x >= 0 && x <= 900 && Math.abs(y) <= 50 ? 0.2 : 0.0;
            }

            @Override
            public double minDownwindM() {
                return 0;
            }

            @Override
            public double maxDownwindM() {
                return 900;
            }

            @Override
            public double maxHalfWidthM() {
                return 50;
            }

            @Override
            public boolean isotropic() {
                return false;
            }
        };
    }

    private static Map<String, List<RiskOutcome>> park() {
        EventTree a = new EventTree(0.2, 0.5);
        LethalityField pool = LethalityField.radial(r -> 0.5, 200);
        LethalityField flash = LethalityField.radial(r -> 1.0, 50);
        EventTree b = EventTree.nonFlammable();
        Map<String, List<RiskOutcome>> park = new LinkedHashMap<>();
        park.put(
                "A",
                List.of(
                        new RiskOutcome("A-pool", 0, 0, 1e-5 * a.immediate(), List.of(pool, pool)),
                        new RiskOutcome(
                                "A-flash", 0, 0, 1e-5 * a.delayed(), List.of(flash, flash))));
        park.put(
                "B",
                List.of(
                        new RiskOutcome(
                                "B-toxic",
                                1000,
                                0,
                                1e-5 * b.none(),
                                List.of(plumeBox(), plumeBox()))));
        return park;
    }

    private static final ProtectionTarget SCHOOL =
            new ProtectionTarget("T1", "school", ProtectionClass.HIGHLY_SENSITIVE, 150, 0);
    private static final ProtectionTarget WORKSHOP =
            new ProtectionTarget("T2", "workshop", ProtectionClass.GENERAL_3, 1500, 0);
    private static final ProtectionTarget HOSPITAL =
            new ProtectionTarget("T3", "clinic", ProtectionClass.IMPORTANT, 1000, 120);

    private static void close(double expected, double actual) {
        assertEquals(
                expected,
                actual,
                1e-15 + Math.abs(expected) * 1e-9,
                () -> "expected " + expected + " got " + actual);
    }

    @Test
    void eventTreeBranchesSumToOne() {
        EventTree t = new EventTree(0.2, 0.5);
        close(0.2, t.immediate());
        close(0.4, t.delayed());
        close(0.4, t.none());
        close(0.09, EventTree.immediateIgnitionContinuous(150, true));
        close(0.5, EventTree.immediateIgnitionInstantaneous(5000, false));
    }

    @Test
    void pointRiskEqualsHandSum() {
        List<RiskOutcome> all = park().values().stream().flatMap(List::stream).toList();
        // T1: pool fire 2e-6·0.5 + chlorine with east wind 1e-5·0.2·(0.7·0.4 + 0.3·0.25) = 1e-6 +
        // 7.1e-7
        close(1.71e-6, PointRisk.at(all, WEATHER, 150, 0));
        // T2 east of B: west wind 1e-5·0.2·(0.7·0.3 + 0.3·0.25) = 5.7e-7
        close(5.7e-7, PointRisk.at(all, WEATHER, 1500, 0));
        // T3 north of B: south wind 1e-5·0.2·(0.7·0.2 + 0.3·0.25) = 4.3e-7
        close(4.3e-7, PointRisk.at(all, WEATHER, 1000, 120));
        // 30 m from A: pool 1e-6 + flash 4e-6·1
        close(5e-6, PointRisk.at(all, WEATHER, 30, 0));
    }

    @Test
    void gridAgreesWithPointRiskAtCellCentres() {
        // cell centres fall on the targets: −505 + (i + ½)·10
        GridSpec spec = new GridSpec(-505, -505, 10, 220, 100);
        List<RiskOutcome> all = park().values().stream().flatMap(List::stream).toList();
        RiskGridResult r = new IndividualRiskGrid(spec, 2).compute(all, WEATHER, null);
        close(1.71e-6, r.atPoint(150, 0));
        close(5.7e-7, r.atPoint(1500, 0));
        close(4.3e-7, r.atPoint(1000, 120));
        close(5e-6, r.atPoint(30, 0));
    }

    @Test
    void relocationScreeningRanksEnterprisesByExcess() {
        RelocationScreening.Result result =
                RelocationScreening.screen(
                        park(), WEATHER, List.of(SCHOOL, WORKSHOP, HOSPITAL), true);
        assertEquals(
                List.of("T1", "T3"),
                result.violations().stream().map(v -> v.target().id()).toList());
        RelocationScreening.Violation school = result.violations().get(0);
        close(1.41e-6, school.excessPerYear());
        assertEquals("A", school.contributions().get(0).enterpriseId());
        close(1e-6 / 1.71e-6, school.contributions().get(0).share());
        assertFalse(school.contributions().get(0).compliesWithout());
        assertTrue(result.violations().get(1).contributions().get(0).compliesWithout());

        assertEquals(
                List.of("A", "B"),
                result.candidates().stream()
                        .map(RelocationScreening.Candidate::enterpriseId)
                        .toList());
        close(1e-6 / 1.71e-6 * 1.41e-6, result.candidates().get(0).attributedExcess());
        close(7.1e-7 / 1.71e-6 * 1.41e-6 + 1.3e-7, result.candidates().get(1).attributedExcess());
        assertEquals(List.of("T3"), result.candidates().get(1).soleCauseTargets());
    }

    @Test
    void inServiceLimitsAreMet() {
        assertTrue(
                RelocationScreening.screen(
                                park(), WEATHER, List.of(SCHOOL, WORKSHOP, HOSPITAL), false)
                        .violations()
                        .isEmpty());
    }
}
