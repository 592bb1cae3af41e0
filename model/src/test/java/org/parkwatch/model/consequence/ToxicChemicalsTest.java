package org.parkwatch.model.consequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToxicChemicalsTest {

    /** The toxic chemicals of the demo park and the usual suspects of a chemical park. */
    private static final List<String> REQUIRED =
            List.of("Cl2", "NH3", "H2S", "HCN", "HCl", "HF", "COCl2", "CO", "SO2", "C6H6");

    @Test
    void everyRequiredChemicalHasLevelsAndACcpsProbitWithSourceAndStatus() {
        for (String key : REQUIRED) {
            ToxicChemical c = ToxicChemicals.byKey(key).orElseThrow(() -> new AssertionError(key));
            assertFalse(c.erpg().isEmpty(), key + " ERPG");
            assertFalse(c.aegl().isEmpty(), key + " AEGL");
            ToxicChemical.Probit p =
                    c.probit(ToxicProbit.ConstantSet.CCPS)
                            .orElseThrow(() -> new AssertionError(key));
            assertTrue(p.source().startsWith("CCPS"), key);
            assertTrue(p.status().matches("\\[[VPU]]"), key);
            for (ToxicChemical.Level l : c.erpg()) {
                assertTrue(
                        l.status().matches("\\[[VPU]]") && !l.source().isBlank(),
                        key + " " + l.id());
            }
            assertTrue(ProbitConstants.TOXIC_CCPS.containsKey(key), key);
        }
    }

    @Test
    void aeglLevelsExistForHcnPhosgeneHclAndCo() {
        // ThresholdLevels used to have no AEGLs for these, so "levels":"aegl" failed for HCN
        assertEquals(
                List.of("AEGL-3", "AEGL-2", "AEGL-1"),
                ThresholdLevels.aegl("HCN").stream().map(Threshold::id).toList());
        assertEquals(15, ThresholdLevels.aegl("HCN").get(0).value());
        assertEquals(
                List.of("AEGL-3", "AEGL-2"),
                ThresholdLevels.aegl("COCl2").stream().map(Threshold::id).toList());
        assertEquals(100, ThresholdLevels.aegl("HCl").get(0).value());
        assertEquals(330, ThresholdLevels.aegl("CO").get(0).value());
    }

    @Test
    void thresholdLevelsAndProbitsAreViewsOfTheOneSource() {
        for (ToxicChemical c : ToxicChemicals.ALL.values()) {
            ThresholdLevels.ToxicLevels l = ThresholdLevels.toxic(c.key());
            assertEquals(c.molarMassKgPerMol(), l.molarMassKgPerMol(), 0.0);
            c.level("ERPG-3").ifPresent(e -> assertEquals(e.ppm(), l.erpg3(), 0.0));
            c.level("AEGL-2").ifPresent(e -> assertEquals(e.ppm(), l.aegl2(), 0.0));
        }
        assertEquals("chlorine", ToxicChemicals.byCas("7782-50-5").orElseThrow().catalogueId());
        assertEquals("COCl2", ToxicChemicals.byCatalogueId("phosgene").orElseThrow().key());
    }

    @Test
    void phosgeneProbitGivesHalfLethalityAtItsLct50() {
        // Y = a + b·ln(C·t) with n = 1: Y = 5 where C·t = exp((5 − a)/b) ppm·min
        ToxicProbit p = new ToxicProbit(ToxicProbit.ConstantSet.CCPS, "COCl2");
        double ct = Math.exp((5 + 19.27) / 3.686);
        Tolerance.close(5.0, p.probitFromPpm(ct / 30, 30, 0.098916), 1e-12);
    }
}
