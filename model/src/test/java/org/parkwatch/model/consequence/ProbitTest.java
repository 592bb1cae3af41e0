package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProbitTest {

    @Test
    void phiMatchesReferenceValues() {
        // references: 0.5·erfc(−x/√2) computed in double precision
        assertEquals(0.5, NormalDistribution.cdf(0), 1e-15);
        assertEquals(0.8413447460685429, NormalDistribution.cdf(1), 1e-14);
        assertEquals(0.024997895148220435, NormalDistribution.cdf(-1.96), 1e-14);
        assertEquals(0.9986501019683699, NormalDistribution.cdf(3), 1e-14);
        Tolerance.close(
                9.865876450377012e-10,
                NormalDistribution.cdf(-6),
                1e-8); // relative in the far tail
        assertEquals(0.0, NormalDistribution.cdf(-40));
    }

    @Test
    void b1EisenbergThermal() {
        double y = ProbitModel.THERMAL_EISENBERG.thermal(37_500, 20);
        assertEquals(5.139, y, 5e-4);
        assertEquals(0.555, NormalDistribution.probitToProbability(y), 5e-4);
        Tolerance.close(5.1386296904, y, 1e-9);
    }

    @Test
    void b2EisenbergLung() {
        double y = ProbitModel.OVERPRESSURE_LUNG.overpressure(200_000, 0);
        assertEquals(7.244, y, 5e-4);
        assertEquals(0.988, NormalDistribution.probitToProbability(y), 5e-4);
    }

    @Test
    void thermalVariantsAtSameDose() {
        // q = 37.5 kW/m², t = 20 s; ln V = 17.03853
        Tolerance.close(7.2386296904, ProbitModel.THERMAL_TSAO.thermal(37_500, 20), 1e-9);
        Tolerance.close(6.3886296904, ProbitModel.THERMAL_TNO.thermal(37_500, 20), 1e-9);
        Tolerance.close(3.5073062841, ProbitModel.THERMAL_LEES.thermal(37_500, 20), 1e-9);
        Tolerance.close(
                0.9874099896,
                NormalDistribution.probitToProbability(
                        ProbitModel.THERMAL_TSAO.thermal(37_500, 20)),
                1e-8);
    }

    @Test
    void otherOverpressureRelations() {
        Tolerance.close(
                6.0796116374, ProbitModel.OVERPRESSURE_LUNG_HSE.overpressure(200_000, 0), 1e-9);
        Tolerance.close(
                -18.5650275399, ProbitModel.OVERPRESSURE_HEAD_TNO.overpressure(50_000, 500), 1e-9);
        Tolerance.close(
                5.1192443989,
                ProbitModel.OVERPRESSURE_STRUCTURE_TNO.overpressure(50_000, 500),
                1e-9);
        assertThrows(IllegalStateException.class, () -> ProbitModel.THERMAL_TNO.overpressure(1, 1));
    }

    @Test
    void toxicProbitNamesItsSetAndConvertsUnits() {
        // CCPS Cl2: Y = −8.29 + 0.92·ln(100²·30) = 3.0908 (100 ppm, 30 min)
        ToxicProbit ccps = new ToxicProbit(ToxicProbit.ConstantSet.CCPS, "Cl2");
        Tolerance.close(
                -8.29 + 0.92 * Math.log(100.0 * 100 * 30),
                ccps.probitFromPpm(100, 30, 0.0709),
                1e-12);
        // the same dose given in kg/m³ and seconds
        double kgPerM3 = ToxicProbit.ppmToKgPerM3(100, 0.0709);
        Tolerance.close(100 * 70.9 / 24.465 * 1e-6, kgPerM3, 1e-9);
        Tolerance.close(
                ccps.probitFromPpm(100, 30, 0.0709),
                ccps.probitFromKgPerM3(kgPerM3, 1800, 0.0709),
                1e-9);
        // Purple Book uses mg/m³: Y = −6.35 + 0.5·ln(289.8^2.75·30)
        ToxicProbit pb = new ToxicProbit(ToxicProbit.ConstantSet.PURPLE_BOOK, "Cl2");
        double mg = 100 * 70.9 / 24.465;
        Tolerance.close(
                -6.35 + 0.5 * Math.log(Math.pow(mg, 2.75) * 30),
                pb.probitFromPpm(100, 30, 0.0709),
                1e-9);
        assertTrue(
                assertThrows(
                                IllegalArgumentException.class,
                                () -> new ToxicProbit(ToxicProbit.ConstantSet.CCPS, "CH3OH"))
                        .getMessage()
                        .contains("CH3OH"));
    }
}
