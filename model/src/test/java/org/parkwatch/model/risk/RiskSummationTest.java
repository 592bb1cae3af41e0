package org.parkwatch.model.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RiskSummationTest {

    private static void close(double expected, double actual) {
        assertEquals(
                expected,
                actual,
                Math.abs(expected) * 1e-9,
                () -> "expected " + expected + " got " + actual);
    }

    @Test
    void i1IndividualRiskAndGbCheck() {
        double ir =
                IndividualRiskTerm.sum(
                        List.of(
                                new IndividualRiskTerm(1e-5, 0.6, 0.125, 1.0, 0.5),
                                new IndividualRiskTerm(1e-5, 0.4, 0.125, 1.0, 0.9)));
        close(8.25e-7, ir);
        Gb36894Check check = new Gb36894Check();
        Gb36894Check.IndividualVerdict asNew =
                check.individual(ProtectionClass.HIGHLY_SENSITIVE, true, ir);
        assertFalse(asNew.acceptable());
        close(3e-7, asNew.limitPerYear());
        close(2.75, asNew.excessRatio());
        assertTrue(check.individual(ProtectionClass.HIGHLY_SENSITIVE, false, ir).acceptable());
    }

    @Test
    void limitsPerProtectionClass() {
        close(3e-7, RiskCriteria.individualRiskLimit(ProtectionClass.IMPORTANT, true));
        close(3e-6, RiskCriteria.individualRiskLimit(ProtectionClass.GENERAL_1, false));
        close(3e-6, RiskCriteria.individualRiskLimit(ProtectionClass.GENERAL_2, true));
        close(1e-5, RiskCriteria.individualRiskLimit(ProtectionClass.GENERAL_2, false));
        close(1e-5, RiskCriteria.individualRiskLimit(ProtectionClass.GENERAL_3, true));
        close(3e-5, RiskCriteria.individualRiskLimit(ProtectionClass.GENERAL_3, false));
    }

    @Test
    void i2CumulativeFn() {
        FnCurve fn =
                FnCurve.of(
                        List.of(
                                new FnCurve.Outcome(1e-4, 2),
                                new FnCurve.Outcome(1e-5, 10),
                                new FnCurve.Outcome(1e-6, 50),
                                new FnCurve.Outcome(2e-6, 10)));
        close(1.13e-4, fn.frequencyOfAtLeast(1));
        close(1.13e-4, fn.frequencyOfAtLeast(2));
        close(1.3e-5, fn.frequencyOfAtLeast(10));
        close(1e-6, fn.frequencyOfAtLeast(50));
        assertEquals(0.0, fn.frequencyOfAtLeast(100));
        // PLL = 2e-4 + 1e-4 + 5e-5 + 2e-5
        close(3.7e-4, fn.potentialLossOfLife());
        assertEquals(3, fn.points().size());
    }

    @Test
    void fnIsMonotoneNonIncreasing() {
        Random random = new Random(7);
        List<FnCurve.Outcome> outcomes = new java.util.ArrayList<>();
        for (int k = 0; k < 500; k++) {
            outcomes.add(
                    new FnCurve.Outcome(
                            random.nextDouble() * 1e-5, Math.floor(random.nextDouble() * 300)));
        }
        FnCurve fn = FnCurve.of(outcomes);
        double prev = Double.MAX_VALUE;
        for (double n = 1; n < 400; n += 0.5) {
            double f = fn.frequencyOfAtLeast(n);
            assertTrue(f <= prev, "F rises at N=" + n);
            prev = f;
        }
        for (int i = 1; i < fn.points().size(); i++) {
            assertTrue(
                    fn.points().get(i).frequencyPerYear()
                            < fn.points().get(i - 1).frequencyPerYear());
        }
    }

    @Test
    void societalRegionsAgainstDefaultLines() {
        Gb36894Check check = new Gb36894Check();
        assertEquals(Gb36894Check.SocietalRegion.UNACCEPTABLE, check.region(10, 2e-4));
        assertEquals(Gb36894Check.SocietalRegion.ALARP, check.region(10, 5e-5));
        assertEquals(Gb36894Check.SocietalRegion.ACCEPTABLE, check.region(10, 5e-7));
        FnCurve fn =
                FnCurve.of(List.of(new FnCurve.Outcome(1e-4, 2), new FnCurve.Outcome(1e-5, 10)));
        Gb36894Check.SocietalVerdict v = check.societal(fn);
        assertEquals(Gb36894Check.SocietalRegion.ALARP, v.region());
        assertEquals(2, v.worstPoint().fatalities());
        assertNull(check.societal(FnCurve.of(List.of())).worstPoint());
    }
}
