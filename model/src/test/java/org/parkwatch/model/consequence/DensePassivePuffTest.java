package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Dense → passive hand-over of an instantaneous release ({@link DensePassivePuff}): continuous at
 * the hand-over, dense inside it, a Gaussian puff from the matched virtual source beyond, and the
 * far-field x⁻² extrapolation of the dense curves no longer used.
 */
class DensePassivePuffTest {
    // 10 t of chlorine vapour at its boiling point (239 K): ρ ≈ 3.6 kg/m³, 3 m/s, class D
    private static final double MASS = 10_000;
    private static final double RHO = 101_325 * 0.0709 / (8.314 * 239.1);

    private static DensePassivePuff puff() {
        DenseGasPuff dense = new DenseGasPuff(MASS, MASS / RHO, RHO, 1.184, 3, 239.1, 293.15);
        return new DensePassivePuff(dense, new PuffFootprint(MASS, 3, 0, StabilityClass.D));
    }

    @Test
    void concentrationIsContinuousAtTheHandOver() {
        DensePassivePuff p = puff();
        double x = p.transitionM();
        double before = p.centrelineKgPerM3(x);
        double after = p.centrelineKgPerM3(x * (1 + 1e-9));
        assertEquals(before, after, before * 1e-5);
    }

    @Test
    void beyondTheHandOverItIsTheGaussianPuffFromTheVirtualSource() {
        DensePassivePuff p = puff();
        PuffFootprint g = new PuffFootprint(MASS, 3, 0, StabilityClass.D);
        double x = p.transitionM() + 2000;
        double xi = x - p.transitionM() + p.virtualSourceDistanceM();
        assertEquals(g.centrelineKgPerM3(xi), p.centrelineKgPerM3(x), 1e-15);
        assertEquals(
                DensePassivePuff.GAUSSIAN_PUFF, p.spans().get(1).model(), "names the far model");
    }

    @Test
    void falloffIsMonotoneAndWarningsNameBothModels() {
        DensePassivePuff p = puff();
        double last = Double.MAX_VALUE;
        for (double x = 10; x < 50_000; x *= 1.2) {
            double c = p.centrelineKgPerM3(x);
            assertTrue(c <= last * (1 + 1e-9), "x " + x);
            last = c;
        }
        assertTrue(p.warnings(20_000).stream().anyMatch(w -> w.code().equals("DENSE_TO_PASSIVE")));
        assertTrue(p.warnings(20_000).stream().noneMatch(w -> w.textEn().contains("x⁻²")));
    }
}
