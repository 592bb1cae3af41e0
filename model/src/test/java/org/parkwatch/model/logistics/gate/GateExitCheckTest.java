package org.parkwatch.model.logistics.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateExitCheckTest {
    private static final GateExitCheck RULE = new GateExitCheck();
    private static final Instant T = Instant.parse("2026-12-06T02:00:00Z");

    private static Waybill waybill(Waybill.Direction d) {
        return new Waybill(
                "WB-1",
                "豫E00001",
                "D1",
                "7782-50-5",
                "UN1017",
                "液氯",
                18,
                "E01",
                d,
                T,
                T.plusSeconds(7200));
    }

    @Test
    void aTruckThatEnteredAndLoadedAfterTheFiveChecksLeaves() {
        GateDecision d = RULE.check("豫E00001", true, waybill(Waybill.Direction.LOAD), List.of());
        assertTrue(d.allowed());
        assertEquals("WB-1", d.waybill().id());
    }

    @Test
    void aTruckWithoutAnEntryRecordIsHeld() {
        GateDecision d = RULE.check("豫E00001", false, null, List.of());
        assertEquals(List.of(GateFinding.Code.NO_ENTRY_RECORD), codes(d));
    }

    @Test
    void aLoadingTripWithChecksMissingIsHeldNamingThem() {
        GateDecision d =
                RULE.check(
                        "豫E00001",
                        true,
                        waybill(Waybill.Direction.LOAD),
                        List.of("tank", "waybill"));
        assertEquals(List.of(GateFinding.Code.LOADING_UNCHECKED), codes(d));
        assertEquals("罐、单", d.findings().get(0).facts().get("missingZh"));
        assertEquals("tank, waybill", d.findings().get(0).facts().get("missingEn"));
        assertEquals("E01", d.findings().get(0).facts().get("enterprise"));
    }

    @Test
    void anUnloadingTripNeedsNoLoadingCheck() {
        GateDecision d =
                RULE.check(
                        "豫E00001",
                        true,
                        waybill(Waybill.Direction.UNLOAD),
                        List.of("vehicle", "driver", "documents", "tank", "waybill"));
        assertTrue(d.allowed());
    }

    @Test
    void everyFailureIsReportedAtOnce() {
        GateDecision d =
                RULE.check("豫E00001", false, waybill(Waybill.Direction.LOAD), List.of("vehicle"));
        assertEquals(
                List.of(GateFinding.Code.NO_ENTRY_RECORD, GateFinding.Code.LOADING_UNCHECKED),
                codes(d));
    }

    private static List<GateFinding.Code> codes(GateDecision d) {
        return d.findings().stream().map(GateFinding::code).toList();
    }
}
