package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DenseGasPuffTest {

    // Potchefstroom ammonia release, the worked example of Britter & McQuaid (1988) "Workbook on
    // the Dispersion of
    // Dense Gases" (HSE CRR 17/1988), with the reference answers of aefarrell/GasDispersion.jl's
    // britter_mcquaid_puff_tests.jl (ref): 38 t of ammonia in an initial cloud of 7.25e4 m³ at
    // 1.434 kg/m³ and
    // 239.834 K, air at 293.15 K and 101325 Pa (M = 0.0289652 kg/mol, the reference's dry air), u10
    // = 2 m/s.
    private static final double AIR_T = 293.15;
    private static final double AIR_RHO = 101325 * 0.0289652 / (8.31446261815324 * AIR_T);

    private static DenseGasPuff potchefstroom() {
        return new DenseGasPuff(38e3, 7.25e4, 1.434, AIR_RHO, 2.0, 273.15 - 33.316, AIR_T);
    }

    @Test
    void potchefstroomNearInterpolatedAndFarField() {
        // the reference prints each answer as (kg/m³)/1.434, the answer over the release density
        DenseGasPuff p = potchefstroom();
        Tolerance.close(0.11109705839813348, p.concentrationKgPerM3(160, 0, 0, 200), 1e-9);
        Tolerance.close(0.06264084534270946, p.concentrationKgPerM3(355, 0, 0, 200), 1e-9);
        Tolerance.close(0.0006403658290584752, p.concentrationKgPerM3(3133, 0, 0, 3000), 1e-9);
        assertTrue(p.isDense());
    }

    @Test
    void cloudIsATopHatCylinderOfGrowingRadius() {
        DenseGasPuff p = potchefstroom();
        double r = p.radiusM(200);
        double c = p.concentrationKgPerM3(160, 0, 0, 200);
        // centre at 0.4·u·t = 160 m: the edge is r away crosswind
        assertEquals(c, p.concentrationKgPerM3(160, r * 0.999, 0, 200), 0.0);
        assertEquals(0.0, p.concentrationKgPerM3(160, r * 1.001, 0, 200));
    }

    @Test
    void footprintIsTheWidestCoverOfThePassingCloud() {
        DenseGasPuff p = potchefstroom();
        double x = 500;
        double widest = 0;
        for (double t = 0; t < 5000; t += 0.5) {
            double centre = 0.4 * 2.0 * t;
            double r = p.radiusM(t);
            double dx = x - centre;
            if (r > Math.abs(dx)) {
                widest = Math.max(widest, Math.sqrt(r * r - dx * dx));
            }
        }
        Tolerance.close(widest, p.footprintHalfWidthM(x), 1e-4);
        assertTrue(p.warnings().stream().anyMatch(w -> w.code().equals("DENSE_GAS")));
    }
}
