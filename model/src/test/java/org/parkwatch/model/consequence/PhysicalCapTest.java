package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Results near a source never exceed what the source itself can give, and say so when capped. */
class PhysicalCapTest {

    @Test
    void plumeNeverDenserThanPureVapourAtTheSource() {
        // chlorine 5 kg/s at 1 cm: the point-source formula gives millions of kg/m³
        GaussianPlume raw =
                GaussianPlume.of(5, 2, 0, StabilityClass.F, Terrain.RURAL, SigmaModel.BRIGGS);
        assertTrue(raw.centrelineKgPerM3(0.01) > 1e5);
        double pure = GaussianPlume.pureVapourKgPerM3(0.070906, 298.15); // P·M/(R·T) = 2.898 kg/m³
        Tolerance.close(101_325 * 0.070906 / (8.314462618 * 298.15), pure, 1e-12);
        GaussianPlume capped = raw.withPureVapourCap(pure);
        assertEquals(pure, capped.centrelineKgPerM3(0.01), 0.0);
        assertTrue(capped.cappedWithinM() > 0.01);
        // far from the source the cap changes nothing
        assertEquals(raw.centrelineKgPerM3(1000), capped.centrelineKgPerM3(1000), 0.0);
        assertTrue(codes(capped.warnings(0.01)).contains("CONCENTRATION_CAPPED"));
        assertFalse(codes(capped.warnings(1000)).contains("CONCENTRATION_CAPPED"));
        assertFalse(codes(raw.warnings(Double.NaN)).contains("CONCENTRATION_CAPPED"));
    }

    @Test
    void passiveChoiceIsCappedAtTheReleaseDensity() {
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
        assertEquals(0.656, light.field().centrelineKgPerM3(0.01), 0.0);
        assertTrue(codes(light.warnings()).contains("CONCENTRATION_CAPPED"));
    }

    @Test
    void poolFireFluxNeverAboveTheFlameSurfaceEmissivePower() {
        // 10 m pool of benzene (m″ = 0.0819 kg/m²·s, Hc = 40.1 MJ/kg), η = 0.24: the point source
        // at 2 m from the
        // centre gave about 1.6 MW/m²
        PoolFire fire = new PoolFire(10, 0.0819, 40.1e6, 1.2, 0.24, 1.0);
        double sep = fire.surfaceEmissivePowerWPerM2();
        // SEP = m″·η·Hc/(72·m″^0.6 + 1) (textbook total power over the flame surface)
        Tolerance.close(0.0819 * 0.24 * 40.1e6 / (72 * Math.pow(0.0819, 0.6) + 1), sep, 1e-12);
        assertEquals(sep, fire.fluxWPerM2(2), 0.0);
        assertTrue(codes(fire.warnings(2)).contains("FLUX_CAPPED"));
        // a level above the SEP is reached only at the flame: the pool edge
        assertEquals(10, fire.distanceForFluxM(sep * 1.5), 0.0);
        // far away, unchanged point source
        double q = fire.totalPowerW();
        Tolerance.close(q / (4 * Math.PI * 200 * 200), fire.fluxWPerM2(200), 1e-12);
        assertFalse(codes(fire.warnings(200)).contains("FLUX_CAPPED"));
        Warning w =
                fire.warnings(2).stream()
                        .filter(x -> x.code().equals("FLUX_CAPPED"))
                        .findFirst()
                        .orElseThrow();
        assertFalse(w.textZh().isBlank() || w.textEn().isBlank());
    }

    private static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }
}
