package org.parkwatch.backend.risk.qra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.model.consequence.FlashingRelease;

/**
 * Discharge → flash and aerosol / rain-out → pool → evaporation, as the QRA's toxic plume is fed.
 */
class ToxicSourceTermTest {

    private final ChemicalProperties chemicals = ChemicalProperties.loadDefault();

    @Test
    void liquefiedChlorineFlashesCarriesAerosolAndItsRainOutBoilsOff() {
        ChemicalProfile cl2 = ChemicalProfile.of(chemicals.byId("chlorine").orElseThrow());
        double rate = 10;
        FlashingRelease f =
                new FlashingRelease(
                        cl2.liquidHeatCapacityJPerKgK(),
                        cl2.boilingPointC() + 273.15,
                        cl2.heatOfVaporisationJPerKg(),
                        cl2.molarMassKgPerMol(),
                        cl2.liquidDensityKgPerM3(),
                        293.15);
        double airborne = rate * Math.min(1, 2 * f.flashFraction());
        assertTrue(airborne < rate, "flash + aerosol alone: " + airborne);
        // the rain-out boils off during the release (conservative until the ground heat flux is
        // modelled)
        assertEquals(
                airborne + ToxicSourceTerm.rainOutBoilOffKgPerS(rate - airborne),
                ToxicSourceTerm.airborneRateKgPerS(cl2, rate, 5, 3),
                1e-12);
    }

    @Test
    void aToxicLiquidFeedsThePlumeByPoolEvaporationNotByItsDischarge() {
        ChemicalProfile benzene = ChemicalProfile.of(chemicals.byId("benzene").orElseThrow());
        double evaporation = ToxicSourceTerm.airborneRateKgPerS(benzene, 50, 10, 3);
        assertTrue(evaporation > 0 && evaporation < 50, "pool evaporation " + evaporation);
        // a small pool in a strong wind evaporates at most what the discharge brings
        assertEquals(1e-4, ToxicSourceTerm.airborneRateKgPerS(benzene, 1e-4, 30, 10), 1e-18);
    }

    @Test
    void withoutThermalDataEverythingIsAirborne() {
        ChemicalProfile bare =
                new ChemicalProfile("x", 0.07, -34, 1400, Double.NaN, Double.NaN, 0.05, "Cl2");
        assertEquals(7.0, ToxicSourceTerm.airborneRateKgPerS(bare, 7.0, 5, 3), 0.0);
    }
}
