package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DisposalCardsTest {

    private final DisposalCards cards = DisposalCards.loadDefault();
    private final ChemicalProperties props = ChemicalProperties.loadDefault();

    @Test
    void everyChemicalHasACardInBothLanguages() {
        for (ChemicalRecord r : props.all()) {
            DisposalCard c =
                    cards.byChemicalId(r.id())
                            .orElseThrow(() -> new AssertionError("no card for " + r.id()));
            assertEquals(r.cas(), c.cas(), r.id());
            assertEquals(r.unNumber(), c.unNumber(), r.id());
            assertEquals(c.zh().firstAid().size(), c.en().firstAid().size(), r.id());
            assertEquals(c.zh().hazards().size(), c.en().hazards().size(), r.id());
            assertTrue(c.isolation().source().endsWith("[U]"), r.id());
        }
        assertEquals(props.all().size(), cards.all().size());
    }

    @Test
    void chlorineCardCarriesToxicGasDistances() {
        DisposalCard cl2 = cards.byCas("7782-50-5").orElseThrow();
        assertEquals("124", cl2.ergGuide());
        assertEquals(60, cl2.isolation().smallSpill().isolationM());
        assertEquals(1.1, cl2.isolation().smallSpill().protectNightKm());
        assertNull(cl2.isolation().largeSpill());
        assertNotNull(cl2.isolation().largeSpillNoteZh());
        assertTrue(cl2.zh().name().contains("氯"));
        assertTrue(cl2.en().spill().stream().anyMatch(s -> s.contains("caustic")));
    }

    @Test
    void flammableLiquidCardsUseTheGuideDistances() {
        DisposalCard gasoline = cards.byCas("86290-81-5").orElseThrow();
        assertEquals(50, gasoline.isolation().immediatePrecautionM());
        assertEquals(300, gasoline.isolation().largeSpillDownwindEvacuationM());
        assertEquals(800, gasoline.isolation().fireIsolationM());
        assertNull(gasoline.isolation().smallSpill());
        assertEquals("hydrogen-chloride", cards.byCas("7647-01-0").orElseThrow().chemicalId());
        assertEquals("1789", cards.byChemicalId("hydrochloric-acid").orElseThrow().unNumber());
    }
}
