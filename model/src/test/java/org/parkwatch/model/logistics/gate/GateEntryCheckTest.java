package org.parkwatch.model.logistics.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each document case of the entry rule, alone, is refused with its own reason; a clean entry
 * passes.
 */
class GateEntryCheckTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant NOON = Instant.parse("2026-12-06T04:00:00Z"); // 12:00 Beijing
    private static final String CHLORINE = "7782-50-5";

    private final GateEntryCheck check =
            new GateEntryCheck(Map.of("E01", Set.of(CHLORINE)), Set.of("E01", "E02"), ZONE);

    private static VehicleDocs vehicle(LocalDate permit) {
        return new VehicleDocs("豫A12345", "安运物流", "压力罐", 20, permit);
    }

    private static DriverDocs driver(LocalDate until) {
        return new DriverDocs("D1", "张三", until);
    }

    private static Waybill waybill(
            String enterprise, String cas, double t, Instant from, Instant to) {
        return new Waybill(
                "W1",
                "豫A12345",
                "D1",
                cas,
                "UN1017",
                "液氯",
                t,
                enterprise,
                Waybill.Direction.UNLOAD,
                from,
                to);
    }

    private static Waybill good() {
        return waybill("E01", CHLORINE, 18, NOON.minusSeconds(3600), NOON.plusSeconds(3600));
    }

    private GateDecision run(
            Optional<VehicleDocs> v, Optional<DriverDocs> d, String driverId, List<Waybill> ws) {
        return check.check("豫A12345", driverId, NOON, v, d, ws);
    }

    private void refused(GateDecision d, GateFinding.Code code) {
        assertEquals(
                List.of(code), d.findings().stream().map(GateFinding::code).toList(), d.toString());
    }

    private static final LocalDate VALID = LocalDate.of(2027, 6, 30);

    @Test
    void cleanEntryPasses() {
        GateDecision d =
                run(Optional.of(vehicle(VALID)), Optional.of(driver(VALID)), "D1", List.of(good()));
        assertTrue(d.allowed(), d.toString());
        assertEquals("W1", d.waybill().id());
    }

    @Test
    void permitValidThroughItsLastDay() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertTrue(
                run(Optional.of(vehicle(today)), Optional.of(driver(today)), "D1", List.of(good()))
                        .allowed());
        refused(
                run(
                        Optional.of(vehicle(today.minusDays(1))),
                        Optional.of(driver(VALID)),
                        "D1",
                        List.of(good())),
                GateFinding.Code.VEHICLE_PERMIT_EXPIRED);
    }

    @Test
    void eachBadDocumentHasItsReason() {
        refused(
                run(Optional.empty(), Optional.of(driver(VALID)), "D1", List.of(good())),
                GateFinding.Code.UNKNOWN_VEHICLE);
        refused(
                run(Optional.of(vehicle(VALID)), Optional.empty(), "D1", List.of(good())),
                GateFinding.Code.UNKNOWN_DRIVER);
        refused(
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(driver(LocalDate.of(2026, 1, 1))),
                        "D1",
                        List.of(good())),
                GateFinding.Code.DRIVER_QUALIFICATION_EXPIRED);
        GateDecision none =
                run(Optional.of(vehicle(VALID)), Optional.of(driver(VALID)), "D1", List.of());
        refused(none, GateFinding.Code.NO_WAYBILL);
        assertNull(none.waybill());
        refused(
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(driver(VALID)),
                        "D1",
                        List.of(
                                waybill(
                                        "E01",
                                        CHLORINE,
                                        18,
                                        NOON.plusSeconds(7200),
                                        NOON.plusSeconds(10800)))),
                GateFinding.Code.OUTSIDE_TIME_SLOT);
        refused(
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(new DriverDocs("D2", "李四", VALID)),
                        "D2",
                        List.of(good())),
                GateFinding.Code.DRIVER_NOT_ON_WAYBILL);
        refused(
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(driver(VALID)),
                        "D1",
                        List.of(
                                waybill(
                                        "E99",
                                        CHLORINE,
                                        18,
                                        NOON.minusSeconds(60),
                                        NOON.plusSeconds(60)))),
                GateFinding.Code.ENTERPRISE_NOT_IN_PARK);
        GateDecision wrongChemical =
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(driver(VALID)),
                        "D1",
                        List.of(
                                waybill(
                                        "E02",
                                        CHLORINE,
                                        18,
                                        NOON.minusSeconds(60),
                                        NOON.plusSeconds(60))));
        refused(wrongChemical, GateFinding.Code.CHEMICAL_NOT_HANDLED);
        assertEquals("液氯", wrongChemical.findings().get(0).facts().get("chemical"));
        refused(
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(driver(VALID)),
                        "D1",
                        List.of(
                                waybill(
                                        "E01",
                                        CHLORINE,
                                        25,
                                        NOON.minusSeconds(60),
                                        NOON.plusSeconds(60)))),
                GateFinding.Code.OVER_CAPACITY);
    }

    @Test
    void everyFailureIsReportedAtOnce() {
        GateDecision d =
                run(
                        Optional.of(vehicle(LocalDate.of(2026, 1, 1))),
                        Optional.empty(),
                        "D9",
                        List.of(
                                waybill(
                                        "E02",
                                        CHLORINE,
                                        25,
                                        NOON.plusSeconds(7200),
                                        NOON.plusSeconds(9000))));
        assertEquals(
                List.of(
                        GateFinding.Code.VEHICLE_PERMIT_EXPIRED,
                        GateFinding.Code.UNKNOWN_DRIVER,
                        GateFinding.Code.OUTSIDE_TIME_SLOT,
                        GateFinding.Code.DRIVER_NOT_ON_WAYBILL,
                        GateFinding.Code.CHEMICAL_NOT_HANDLED,
                        GateFinding.Code.OVER_CAPACITY),
                d.findings().stream().map(GateFinding::code).toList());
    }

    @Test
    void theCoveringWaybillIsJudgedNotAnEarlierOne() {
        Waybill morning =
                waybill(
                        "E02",
                        CHLORINE,
                        18,
                        NOON.minusSeconds(4 * 3600),
                        NOON.minusSeconds(3 * 3600));
        GateDecision d =
                run(
                        Optional.of(vehicle(VALID)),
                        Optional.of(driver(VALID)),
                        "D1",
                        List.of(morning, good()));
        assertTrue(d.allowed(), d.toString());
    }
}
