package org.parkwatch.backend.lots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LotLedgerTest {
    private static final String CL = "7782-50-5";
    private final List<LotEvent> events = new ArrayList<>();

    private void add(LotEventKind kind, String label, double kg, String location) {
        events.add(
                new LotEvent(
                        events.size() + 1,
                        1000L * events.size(),
                        "u",
                        "enterprise",
                        kind,
                        label,
                        "E07",
                        CL,
                        kg,
                        location,
                        "",
                        ""));
    }

    @Test
    void stockIsInMinusOutMinusUsedMinusDisposed() {
        add(LotEventKind.RECEIPT, "A", 1000, "E07-U200");
        add(LotEventKind.TRANSFER, "A", 0, "E07-U100");
        add(LotEventKind.USE, "A", 300, "E07-U100");
        add(LotEventKind.DISPATCH, "A", 100, "E07-U100");
        add(LotEventKind.DISPOSAL, "A", 50, "E07-U100");
        LotLedger.LotState a = LotLedger.lots(events).get("A");
        assertEquals(550, a.stockKg(), 1e-9);
        assertEquals("E07-U100", a.locationId());
        assertTrue(a.discrepancies().isEmpty());
        assertNull(a.declaredKg());
    }

    @Test
    void aStocktakeThatDiffersFromTheComputedStockIsABalanceGap() {
        add(LotEventKind.RECEIPT, "A", 1000, "E07-U100");
        add(LotEventKind.USE, "A", 300, "E07-U100");
        add(LotEventKind.STOCKTAKE, "A", 690, "E07-U100");
        add(LotEventKind.RECEIPT, "B", 500, "E07-U100");
        add(LotEventKind.STOCKTAKE, "B", 500, "E07-U100");
        List<LotLedger.Balance> balances = LotLedger.balances(LotLedger.lots(events).values());
        assertEquals(1, balances.size());
        LotLedger.Balance b = balances.get(0);
        assertEquals(1500, b.inKg(), 1e-9);
        assertEquals(1200, b.stockKg(), 1e-9);
        assertEquals(1190, b.declaredKg(), 1e-9);
        assertEquals(1, b.discrepancies().size());
        LotLedger.Discrepancy d = b.discrepancies().get(0);
        assertEquals(LotLedger.DiscrepancyKind.DECLARED_COUNT_DIFFERS, d.kind());
        assertEquals("A", d.labelId());
        assertEquals(700, d.expectedKg(), 1e-9);
        assertEquals(690, d.foundKg(), 1e-9);
    }

    @Test
    void aStocktakeIsComparedWithTheStockAtItsMomentNotWithLaterStock() {
        add(LotEventKind.RECEIPT, "A", 1000, "E07-U100");
        add(LotEventKind.STOCKTAKE, "A", 1000, "E07-U100");
        add(LotEventKind.USE, "A", 400, "E07-U100");
        assertTrue(LotLedger.lots(events).get("A").discrepancies().isEmpty());
    }

    @Test
    void moreOutThanInAndEventsWithoutReceiptAreFlagged() {
        add(LotEventKind.RECEIPT, "A", 100, "E07-U100");
        add(LotEventKind.USE, "A", 150, "E07-U100");
        add(LotEventKind.USE, "X", 5, "E07-U100");
        var lots = LotLedger.lots(events);
        assertEquals(
                LotLedger.DiscrepancyKind.NEGATIVE_STOCK,
                lots.get("A").discrepancies().get(0).kind());
        assertEquals(
                LotLedger.DiscrepancyKind.NO_RECEIPT, lots.get("X").discrepancies().get(0).kind());
    }
}
