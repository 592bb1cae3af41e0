package org.parkwatch.model.logistics.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The truck rules as a table: each row one position (after an optional stop that began earlier) and
 * the breaches it is in. Rules: corridor 50 m, limit 30 km/h on 纬二路 + 5 km/h tolerance, standing
 * below 3 km/h, 300 s stop outside a permitted place.
 */
class ConductWatchTest {
    private static final RoadOnFix WEI2 = new RoadOnFix("R-WEI2", "纬二路", "Weier Road", 30, false);
    private static final RoadOnFix WEI1 = new RoadOnFix("R-WEI1", "纬一路", "Weiyi Road", 30, true);
    private static final long T0 = 1_700_000_000_000L;

    private static Arguments row(
            String name,
            long standingForS,
            double speed,
            double offRouteM,
            RoadOnFix road,
            boolean place,
            Set<Breach> expected) {
        return Arguments.of(name, standingForS, speed, offRouteM, road, place, expected);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row("on route at the limit", -1, 30, 10, WEI2, false, Set.of()),
                row("on route within the tolerance", -1, 35, 10, WEI2, false, Set.of()),
                row(
                        "speeding past the tolerance",
                        -1,
                        35.1,
                        10,
                        WEI2,
                        false,
                        Set.of(Breach.SPEEDING)),
                row("at the corridor's edge", -1, 20, 50, WEI2, false, Set.of()),
                row(
                        "just outside the corridor",
                        -1,
                        20,
                        50.1,
                        WEI2,
                        false,
                        Set.of(Breach.OFF_ROUTE)),
                row("no route: no route breach", -1, 20, Double.NaN, WEI2, false, Set.of()),
                row("inside the loading site off route", -1, 10, 400, null, true, Set.of()),
                row(
                        "off the roads: park default limit",
                        -1,
                        36,
                        10,
                        null,
                        false,
                        Set.of(Breach.SPEEDING)),
                row(
                        "on a road closed to hazmat, off route",
                        -1,
                        25,
                        120,
                        WEI1,
                        false,
                        Set.of(Breach.OFF_ROUTE, Breach.CLOSED_ROAD)),
                row("standing 299 s on the road", 299, 0, 10, WEI2, false, Set.of()),
                row(
                        "standing 300 s on the road",
                        300,
                        0,
                        10,
                        WEI2,
                        false,
                        Set.of(Breach.STOPPED_OUTSIDE)),
                row("standing 2 h in the vehicle park", 7200, 0, 300, null, true, Set.of()),
                row(
                        "creeping at 2.9 km/h counts as standing",
                        600,
                        2.9,
                        10,
                        WEI2,
                        false,
                        Set.of(Breach.STOPPED_OUTSIDE)),
                row("driving on ends the stop", 600, 3, 10, WEI2, false, Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void breachesOfOnePosition(
            String name,
            long standingForS,
            double speed,
            double offRouteM,
            RoadOnFix road,
            boolean place,
            Set<Breach> expected) {
        ConductWatch w = new ConductWatch(TruckRules.DEFAULTS);
        if (standingForS >= 0) {
            w.judge(new TruckFix(T0, 0, offRouteM, road, place));
        }
        long at = T0 + Math.max(0, standingForS) * 1000;
        Map<Breach, Finding> got = w.judge(new TruckFix(at, speed, offRouteM, road, place));
        assertEquals(expected, got.keySet(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void findingsCarryTheirFacts(
            String name,
            long standingForS,
            double speed,
            double offRouteM,
            RoadOnFix road,
            boolean place,
            Set<Breach> expected) {
        ConductWatch w = new ConductWatch(TruckRules.DEFAULTS);
        if (standingForS >= 0) w.judge(new TruckFix(T0, 0, offRouteM, road, place));
        long at = T0 + Math.max(0, standingForS) * 1000;
        Map<Breach, Finding> got = w.judge(new TruckFix(at, speed, offRouteM, road, place));
        Finding off = got.get(Breach.OFF_ROUTE);
        if (off != null) assertEquals(new Finding(Breach.OFF_ROUTE, offRouteM, 50, road), off);
        Finding fast = got.get(Breach.SPEEDING);
        if (fast != null) assertEquals(new Finding(Breach.SPEEDING, speed, 30, road), fast);
        Finding stop = got.get(Breach.STOPPED_OUTSIDE);
        if (stop != null) assertEquals(standingForS, stop.value(), 1e-9);
    }

    @org.junit.jupiter.api.Test
    void aStopThatMovesOnStartsAgain() {
        ConductWatch w = new ConductWatch(TruckRules.DEFAULTS);
        w.judge(new TruckFix(T0, 0, 10, WEI2, false));
        w.judge(new TruckFix(T0 + 200_000, 20, 10, WEI2, false));
        w.judge(new TruckFix(T0 + 210_000, 0, 10, WEI2, false));
        assertEquals(Set.of(), w.judge(new TruckFix(T0 + 400_000, 0, 10, WEI2, false)).keySet());
        assertEquals(
                Set.of(Breach.STOPPED_OUTSIDE),
                w.judge(new TruckFix(T0 + 510_000, 0, 10, WEI2, false)).keySet());
    }
}
