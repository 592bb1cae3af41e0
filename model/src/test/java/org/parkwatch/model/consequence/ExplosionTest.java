package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExplosionTest {

    @Test
    void tntMassFromFuel() {
        // 0.04·1.8·1000 kg·46000 kJ/kg / 4500 kJ/kg = 736 kg
        Tolerance.close(736, TntEquivalence.tntMassKg(1000, 46_000, 0.04, 1.8, 4500), 1e-12);
    }

    @Test
    void tableRowIsExactForReferenceCharge() {
        TntEquivalence tnt = new TntEquivalence(1000);
        Tolerance.close(0.76, tnt.overpressureMpa(10).value(), 1e-12);
        Tolerance.close(0.013, tnt.overpressureMpa(75).value(), 1e-12);
        Tolerance.close(2.94, tnt.overpressureMpa(5).value(), 1e-12);
    }

    @Test
    void betweenRowsInterpolatesLogLogWithCubeRootScaling() {
        // 8000 kg: scale 2, R = 22 m → R0 = 11 m between (10, 0.76) and (12, 0.50): 0.610595
        TntEquivalence tnt = new TntEquivalence(8000);
        Tolerance.close(0.6105950439, tnt.overpressureMpa(22).value(), 1e-9);
        Tolerance.close(22, tnt.distanceM(0.6105950439).value(), 1e-9);
    }

    @Test
    void beyondTableFallsBackToKingeryBulmashWithWarning() {
        TntEquivalence tnt = new TntEquivalence(1000);
        BlastResult near = tnt.overpressureMpa(4);
        assertTrue(near.beyondTable());
        Tolerance.close(KingeryBulmash.overpressureMpa(4, 1000).value(), near.value(), 1e-12);
        assertEquals("KINGERY_BULMASH_FALLBACK", near.warnings().get(0).code());
        BlastResult far = tnt.overpressureMpa(80);
        assertTrue(far.beyondTable() && far.value() > 0 && far.value() < 0.0235);
        assertTrue(tnt.distanceM(0.01).beyondTable());
        assertFalse(tnt.distanceM(0.02).beyondTable());
    }

    @Test
    void eardrumAndGlassRingsOfTenTonnesOfFuelAreDrawn() {
        // 10 t of hydrocarbon (46,000 kJ/kg) with the textbook defaults; the table stops at 0.013
        // MPa
        TntEquivalence tnt =
                new TntEquivalence(TntEquivalence.tntMassKg(10_000, 46_000, 0.04, 1.8, 4500));
        BlastResult heavy = tnt.distanceM(0.02);
        BlastResult eardrum = tnt.distanceM(0.01);
        BlastResult glass = tnt.distanceM(0.003);
        assertTrue(eardrum.value() > heavy.value(), "0.01 MPa ring beyond the 0.02 MPa ring");
        assertTrue(glass.value() > eardrum.value(), "0.003 MPa ring beyond the 0.01 MPa ring");
        assertEquals("KINGERY_BULMASH_FALLBACK", glass.warnings().get(0).code());
        assertFalse(glass.warnings().get(0).textZh().isBlank());
    }

    @Test
    void onePsiEndpointMatchesTheRmpGuidanceScaledDistance() {
        // US EPA, Risk Management Program Guidance for Offsite Consequence Analysis (2009),
        // Appendix C: the distance to
        // 1 psi (6.895 kPa) is 0.0081 mi/lb^(1/3) = 17 m/kg^(1/3) of TNT; the Swisdak fit gives
        // about 18 (within 10 %)
        TntEquivalence tnt = new TntEquivalence(1000);
        double z = tnt.distanceM(0.006895).value() / Math.cbrt(1000);
        assertEquals(17.0, z, 1.7);
    }

    @Test
    void distanceOfOverpressureRoundTrips() {
        TntEquivalence tnt = new TntEquivalence(736);
        for (double r : new double[] {6, 13.3, 40, 60}) {
            Tolerance.close(r, tnt.distanceM(tnt.overpressureMpa(r).value()).value(), 1e-9);
        }
    }

    @Test
    void kingeryBulmashAtKnownScaledDistances() {
        // Z = 1: exp(7.2106) = 1353.70 kPa; Z = 5: 43.2300 kPa (Swisdak 1994 fit)
        Tolerance.close(1353.7042463, KingeryBulmash.overpressureKpa(1.0), 1e-9);
        Tolerance.close(43.2299637, KingeryBulmash.overpressureKpa(5.0), 1e-7);
        // 1000 kg at 50 m is Z = 5
        Tolerance.close(0.0432299637, KingeryBulmash.overpressureMpa(50, 1000).value(), 1e-7);
        Tolerance.close(50, KingeryBulmash.distanceM(0.0432299637, 1000).value(), 1e-7);
        assertEquals(
                "OUTSIDE_VALIDITY",
                KingeryBulmash.overpressureMpa(0.5, 1000).warnings().get(0).code());
    }
}
