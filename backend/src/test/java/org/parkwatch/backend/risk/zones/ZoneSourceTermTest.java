package org.parkwatch.backend.risk.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.model.consequence.PoolEvaporation;
import org.parkwatch.model.consequence.SourceTermConstants;
import org.parkwatch.model.consequence.StabilityClass;

/**
 * The airborne rate of threat zones (issue 12: no pool evaporation had a caller; the whole liquid
 * discharge was taken as gas): a liquefied gas flashes and its rain-out boils off (airborne =
 * discharge, the split named); a liquid below its boiling point feeds a pool whose highest
 * evaporation, from the model library, is what disperses.
 */
class ZoneSourceTermTest {
    private static final ChemicalProperties CHEMICALS = ChemicalProperties.loadDefault();
    private static final Weather W = new Weather(270, 3, 293.15, 8, StabilityClass.D, 0, "manual");

    @Test
    void liquefiedChlorineFlashesAndNamesTheSplit() {
        ChemicalHazard cl2 = ChemicalHazard.of(CHEMICALS.byCas("7782-50-5").orElseThrow());
        ZoneSourceTerm s = ZoneSourceTerm.of(cl2, 2, 600, W);
        assertEquals(2, s.airborneKgPerS(), 1e-12, "rain-out boils off during the release");
        assertEquals("flashing", s.model());
        // f = Cp·(T − Tb)/Hv = 950·(293.15 − 239.15)/288e3 = 17.8 %
        assertTrue(s.assumptions().get(0)[1].contains("flash 18 %"), s.assumptions().get(0)[1]);
    }

    @Test
    void benzeneSpillEvaporatesFromItsPoolAtTheModelsRate() {
        ChemicalHazard benzene = ChemicalHazard.of(CHEMICALS.byCas("71-43-2").orElseThrow());
        ZoneSourceTerm s = ZoneSourceTerm.of(benzene, 2, 600, W);
        double tb = 80.1 + 273.15;
        double psat =
                SourceTermConstants.ATMOSPHERIC_PA
                        * Math.exp(
                                394e3
                                        * 0.07811
                                        / SourceTermConstants.R_J_PER_MOL_K
                                        * (1 / tb - 1 / 293.15));
        double expected =
                PoolEvaporation.simulate(0, 2, 600, 879, 0, 3, psat, 0.07811, 293.15, tb, 3600)
                        .peakRateKgPerS();
        assertEquals("pool", s.model());
        assertEquals(Math.min(2, expected), s.airborneKgPerS(), 1e-12);
        assertTrue(s.airborneKgPerS() < 2, "a pool evaporates slower than the spill feeds it");
    }
}
