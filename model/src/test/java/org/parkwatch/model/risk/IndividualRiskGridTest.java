package org.parkwatch.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndividualRiskGridTest {

    /**
     * P_death = value for 5 ≤ x ≤ 15 m downwind and |y| ≤ 3 m, else 0 (bounded by x ∈ [0, 20], |y|
     * ≤ 4).
     */
    private static LethalityField box(double value) {
        return new LethalityField() {
            @Override
            public double lethality(double x, double y) {
                return x >= 5 && x <= 15 && Math.abs(y) <= 3 ? value : 0.0;
            }

            @Override
            public double minDownwindM() {
                return 0;
            }

            @Override
            public double maxDownwindM() {
                return 20;
            }

            @Override
            public double maxHalfWidthM() {
                return 4;
            }

            @Override
            public boolean isotropic() {
                return false;
            }
        };
    }

    private static void close(double expected, double actual) {
        assertEquals(
                expected,
                actual,
                1e-12 + Math.abs(expected) * 1e-9,
                () -> "expected " + expected + " got " + actual);
    }

    @Test
    void tinyGridEqualsHandSum() {
        // 5 × 5 cells of 10 m; source at the centre of cell (2, 2); 4 wind sectors: from N, E, S, W
        GridSpec spec = new GridSpec(0, 0, 10, 5, 5);
        WeatherCase a = new WeatherCase("A", 0.6, new double[] {0.4, 0.3, 0.2, 0.1});
        WeatherCase b = WeatherCase.uniform("B", 0.4, 4);
        RiskOutcome toxic = new RiskOutcome("toxic", 25, 25, 1e-5, List.of(box(0.5), box(0.9)));
        LethalityField fire = LethalityField.radial(r -> 1.0, 12);
        RiskOutcome pool = new RiskOutcome("fire", 25, 25, 2e-6, List.of(fire, fire));
        double[] people = new double[25];
        people[spec.index(2, 1)] = 100;

        RiskGridResult r =
                new IndividualRiskGrid(spec, 2)
                        .compute(List.of(toxic, pool), List.of(a, b), people);

        // south of the source: north wind carries the plume there
        close(1e-5 * 0.6 * 0.4 * 0.5 + 1e-5 * 0.4 * 0.25 * 0.9 + 2e-6, r.at(2, 1));
        // west: east wind; north: south wind; east: west wind
        close(1e-5 * 0.6 * 0.3 * 0.5 + 1e-5 * 0.4 * 0.25 * 0.9 + 2e-6, r.at(1, 2));
        close(1e-5 * 0.6 * 0.2 * 0.5 + 1e-5 * 0.4 * 0.25 * 0.9 + 2e-6, r.at(2, 3));
        close(1e-5 * 0.6 * 0.1 * 0.5 + 1e-5 * 0.4 * 0.25 * 0.9 + 2e-6, r.at(3, 2));
        close(2e-6, r.at(2, 2)); // source cell: only the fire
        close(0, r.at(1, 1));
        close(0, r.at(2, 0));
        close(r.at(2, 1), r.atPoint(21, 12));

        FnCurve fn = r.fnCurve();
        close(2e-6, fn.frequencyOfAtLeast(100));
        close(2e-6 + 1e-5 * 0.4 * 0.25, fn.frequencyOfAtLeast(90));
        close(2e-6 + 1e-6 + 1e-5 * 0.6 * 0.4, fn.frequencyOfAtLeast(50));
    }

    @Test
    void parallelAndSerialAgree() {
        GridSpec spec = new GridSpec(-500, -500, 25, 40, 40);
        WeatherCase d = WeatherCase.uniform("D5", 0.7, 16);
        WeatherCase f = WeatherCase.uniform("F2", 0.3, 16);
        LethalityField wide = LethalityField.radial(rr -> Math.exp(-rr / 50), 300);
        RiskOutcome o1 = new RiskOutcome("a", 0, 0, 1e-5, Arrays.asList(box(0.7), null));
        RiskOutcome o2 = new RiskOutcome("b", 120, -80, 3e-6, List.of(wide, wide));
        double[] one =
                new IndividualRiskGrid(spec, 1)
                        .compute(List.of(o1, o2), List.of(d, f), null)
                        .irPerYear();
        double[] two =
                new IndividualRiskGrid(spec, 2)
                        .compute(List.of(o1, o2), List.of(d, f), null)
                        .irPerYear();
        for (int k = 0; k < one.length; k++) {
            assertEquals(one[k], two[k], 1e-18);
        }
        assertTrue(Arrays.stream(one).max().getAsDouble() > 0);
    }
}
