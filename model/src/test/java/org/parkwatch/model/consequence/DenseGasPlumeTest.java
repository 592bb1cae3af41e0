package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DenseGasPlumeTest {

    // Burro LNG example (CCPS 1999 p. 122) with the reference answers of
    // aefarrell/GasDispersion.jl's
    // britter_mcquaid_plume_tests.jl (ref): 0.23 m³/s of LNG at 425.6 kg/m³, gas 1.76 kg/m³ at
    // 111.15 K,
    // air at 298 K and 101325 Pa (M = 0.02896 kg/mol), wind 10.9 m/s.
    private static final double MASS_RATE = 0.23 * 425.6;
    private static final double RELEASE_T = 273.15 - 162;
    private static final double AIR_T = 298;
    private static final double AIR_RHO = 101325 * 0.028960 / (8.31446261815324 * AIR_T);

    private static DenseGasPlume burro(double windSpeed) {
        return new DenseGasPlume(MASS_RATE, 1.76, AIR_RHO, windSpeed, RELEASE_T, AIR_T);
    }

    @Test
    void burroNearInterpolatedAndFarField() {
        DenseGasPlume p = burro(10.9);
        Tolerance.close(0.6720234544594696, p.volumeFraction(2.26 * 20, 0, 0), 1e-9);
        Tolerance.close(0.050717667650511944, p.volumeFraction(367, 0, 0), 1e-9);
        Tolerance.close(0.004921409666659286, p.volumeFraction(1200, 0, 0), 1e-9);
        assertTrue(p.isDense(), "criterion " + p.criterion());
    }

    @Test
    void largeAlphaStopsNearFieldAtFirstCurve() {
        DenseGasPlume p = burro(0.8322);
        double xnf = Math.pow(10, BritterMcQuaidCurves.beta(0, p.alpha())) * p.criticalLengthM();
        Tolerance.close(0.5311215219329275, p.volumeFraction(xnf, 0, 0), 1e-9);
    }

    @Test
    void curvesMatchPublishedBreakpoints() {
        // GasDispersion.jl's correlation tests: α = −0.40 → β(0.1) = 1.784, β(0.002) = 2.714
        Tolerance.close(1.784, BritterMcQuaidCurves.beta(0, -0.40), 1e-12);
        Tolerance.close(2.714, BritterMcQuaidCurves.beta(5, -0.40), 1e-12);
        Tolerance.close(2.06, BritterMcQuaidCurves.beta(1, -0.20), 1e-12);
        Tolerance.close(2.71, BritterMcQuaidCurves.beta(5, 0.0), 1e-12);
    }

    @Test
    void topHatCrosswindAndNoConcentrationOutside() {
        DenseGasPlume p = burro(10.9);
        double lh = p.plumeHalfWidthM(367);
        assertEquals(p.volumeFraction(367, 0, 0), p.volumeFraction(367, lh * 0.99, 0), 0.0);
        assertEquals(0.0, p.volumeFraction(367, lh * 1.01, 0));
    }

    @Test
    void selectorPicksPassiveForLightOrDiluteGas() {
        // methane at ambient temperature is lighter than air: never dense
        DispersionChoice light =
                DispersionChoice.select(
                        1.0,
                        0.656,
                        1.184,
                        3,
                        298,
                        298,
                        0,
                        StabilityClass.D,
                        Terrain.RURAL,
                        SigmaModel.BRIGGS);
        assertEquals(DispersionChoice.GAUSSIAN_PLUME, light.model());
        assertEquals("PASSIVE_GAS", light.warnings().get(0).code());
        // chlorine (3.2 kg/m³) 5 kg/s in 2 m/s wind: dense
        DispersionChoice chlorine =
                DispersionChoice.select(
                        5.0,
                        3.2,
                        1.184,
                        2,
                        239,
                        298,
                        0,
                        StabilityClass.F,
                        Terrain.RURAL,
                        SigmaModel.BRIGGS);
        assertEquals(DispersionChoice.BRITTER_MCQUAID, chlorine.model());
        assertTrue(chlorine.criterion() >= 0.15);
    }

    @Test
    void belowTheLowestCurveAPassivePlumeFromAMatchedVirtualSourceTakesOver() {
        // chlorine 5 kg/s, class F, 1.5 m/s: dense near the source, passive below Cm/C0 = 0.002
        DispersionChoice c =
                DispersionChoice.select(
                        5.0,
                        3.2,
                        1.184,
                        1.5,
                        239,
                        298,
                        0,
                        StabilityClass.F,
                        Terrain.RURAL,
                        SigmaModel.BRIGGS);
        DensePassivePlume plume = (DensePassivePlume) c.field();
        double xt = plume.transitionM();
        DenseGasPlume dense = new DenseGasPlume(5.0, 3.2, 1.184, 1.5, 239, 298);
        Tolerance.close(xt, dense.lowestCurveDistanceM(), 1e-12);
        // continuous at the hand-over
        Tolerance.close(
                dense.centrelineKgPerM3(xt), plume.centrelineKgPerM3(xt * (1 + 1e-9)), 1e-6);
        // beyond it, exactly the ground-level Gaussian plume evaluated at x − x_t + ξ0
        GaussianPlume g =
                GaussianPlume.of(
                        5.0,
                        WindProfile.windSpeedAt(1.5, 0, StabilityClass.F, Terrain.RURAL),
                        0,
                        StabilityClass.F,
                        Terrain.RURAL,
                        SigmaModel.BRIGGS);
        double x = 5000;
        Tolerance.close(
                g.centrelineKgPerM3(x - xt + plume.virtualSourceDistanceM()),
                plume.centrelineKgPerM3(x),
                1e-12);
        assertEquals(DispersionChoice.BRITTER_MCQUAID, plume.modelAt(xt / 2));
        assertEquals(DispersionChoice.GAUSSIAN_PLUME, plume.modelAt(x));
        assertEquals(
                List.of(DispersionChoice.BRITTER_MCQUAID, DispersionChoice.GAUSSIAN_PLUME),
                c.spans().stream().map(DensePassivePlume.Span::model).toList());
        assertTrue(c.warnings().stream().anyMatch(w -> w.code().equals("DENSE_TO_PASSIVE")));
    }
}
