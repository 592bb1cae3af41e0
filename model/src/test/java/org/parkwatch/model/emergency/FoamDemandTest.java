package org.parkwatch.model.emergency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FoamDemandTest {
    @Test
    void concentrateIsAreaTimesRateTimesDurationTimesProportion() {
        // 1000 m² × 6.5 L/(min·m²) × 15 min = 97 500 L solution; 3 % = 2925 L ≈ 2.925 t
        assertEquals(2.925, FoamDemand.concentrateT(1000), 1e-9);
        assertEquals(0, FoamDemand.concentrateT(0), 0);
    }

    @Test
    void negativeAreaIsRefusedNamingTheParameter() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> FoamDemand.concentrateT(-1));
        assertEquals("areaM2 must be ≥ 0 but was -1.0", e.getMessage());
    }
}
