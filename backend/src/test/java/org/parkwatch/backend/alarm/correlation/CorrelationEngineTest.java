package org.parkwatch.backend.alarm.correlation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.alarm.AlarmConfigException;
import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.alarm.Priority;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagKind;

/** Correlation rules on hand-made alarm streams over the demo park's real feature positions. */
class CorrelationEngineTest {
    static final long T = 1_700_000_000_000L;
    static final FeatureLocator PARK = new CatalogFeatureLocator(ParkCatalog.loadDemo());

    final List<Incident> published = new ArrayList<>();

    CorrelationEngine engine(CorrelationConfig cfg) {
        return new CorrelationEngine(cfg, PARK, "INC-", published::add);
    }

    static AlarmSignal gas(String detector, long t) {
        return new AlarmSignal(
                "E01." + detector + ".GAS.H",
                "E01",
                "E01-" + detector,
                TagKind.GAS_TOXIC,
                AlarmType.H,
                Priority.HIGH,
                true,
                t);
    }

    static AlarmSignal gasClear(String detector, long t) {
        AlarmSignal s = gas(detector, t);
        return new AlarmSignal(
                s.alarmId(), "E01", s.featureId(), s.kind(), s.type(), s.priority(), false, t);
    }

    static CorrelationConfig leakOf(int n) {
        CorrelationConfig d = CorrelationConfig.defaults();
        return new CorrelationConfig(
                new CorrelationConfig.LeakRule(true, n, 50, 60, Priority.CRITICAL),
                d.sisTrip(),
                d.domino());
    }

    @Test
    void threeDetectorsAroundTheChlorineBulletConfirmALeakAtTheirCentroid() {
        CorrelationEngine e = engine(leakOf(3));
        e.onAlarm(gas("GD101", T));
        e.onAlarm(gas("GD103", T + 10_000));
        assertEquals(List.of(), published);
        e.onAlarm(gas("GD104", T + 20_000));
        assertEquals(1, published.size());
        Incident i = published.get(0);
        assertEquals(Incident.Kind.LEAK, i.kind());
        assertEquals(Priority.CRITICAL, i.severity());
        assertEquals(
                List.of("E01.GD101.GAS.H", "E01.GD103.GAS.H", "E01.GD104.GAS.H"), i.alarmIds());
        assertEquals(List.of("E01"), i.enterprises());
        LonLat v101 = PARK.position("E01-V101").orElseThrow();
        double d = Geo.distanceM(new LonLat(i.lon(), i.lat()), v101);
        assertTrue(d < 5, "leak centroid " + d + " m from V101");
        assertEquals(T + 20_000, i.openedMs());
    }

    @Test
    void detectorsFarApartDoNotConfirmALeak() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(gas("GD101", T)); // chlorine storage
        e.onAlarm(gas("GD113", T + 5_000)); // liquefaction unit, about 200 m away
        assertEquals(List.of(), published);
    }

    @Test
    void detectorsOutsideTheTimeWindowDoNotConfirmALeak() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(gas("GD101", T));
        e.onAlarm(gas("GD103", T + 61_000));
        assertEquals(List.of(), published);
    }

    @Test
    void laterDetectorsJoinTheLeakAndItStaysOpenWhenAllClear() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(gas("GD101", T));
        e.onAlarm(gas("GD102", T + 1_000));
        e.onAlarm(gas("GD103", T + 2_000));
        assertEquals(1, e.open().size());
        assertEquals(3, e.open().get(0).alarmIds().size());
        e.onAlarm(gasClear("GD101", T + 60_000));
        e.onAlarm(gasClear("GD102", T + 61_000));
        e.onAlarm(gasClear("GD103", T + 62_000));
        assertEquals(1, e.open().size(), "an operator closes an incident, not its alarms clearing");
        assertEquals(false, e.isActive("E01.GD101.GAS.H"));
    }

    @Test
    void anOperatorClosesTheIncidentAndItReopensWhenItsAlarmReturns() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(gas("GD101", T));
        e.onAlarm(gas("GD102", T + 1_000));
        e.onAlarm(gasClear("GD101", T + 60_000));
        Incident closed = e.close("INC-1", T + 70_000).orElseThrow();
        assertEquals(Incident.State.CLOSED, closed.state());
        assertEquals(T + 70_000, closed.updatedMs());
        assertEquals(closed, published.get(published.size() - 1));
        assertEquals(List.of(), e.open());
        assertTrue(e.close("INC-1", T + 71_000).isEmpty(), "closing twice does nothing");

        e.onAlarm(gas("GD101", T + 90_000));
        assertEquals(1, e.open().size());
        Incident reopened = e.open().get(0);
        assertEquals("INC-1", reopened.id(), "the same incident, not a new one");
        assertEquals(Incident.State.OPEN, reopened.state());
        assertEquals(T + 90_000, reopened.updatedMs());
    }

    @Test
    void aRestoredClosedIncidentReopensWhenItsAlarmReturns() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.restore(
                List.of(
                        new Incident(
                                "INC-7",
                                Incident.Kind.LEAK,
                                Priority.HIGH,
                                List.of("E01.GD101.GAS.H", "E01.GD102.GAS.H"),
                                113.6,
                                34.8,
                                List.of("E01"),
                                null,
                                T,
                                T + 1,
                                Incident.State.CLOSED)));
        assertEquals(List.of(), e.open());
        e.onAlarm(gas("GD102", T + 5_000));
        assertEquals("INC-7", e.open().get(0).id());
    }

    static AlarmSignal trip(String sis, String feature, long t) {
        return new AlarmSignal(
                sis + ".TRIP.ST",
                sis.substring(0, 3),
                feature,
                TagKind.SIS_TRIP,
                AlarmType.DISCRETE,
                Priority.HIGH,
                true,
                t);
    }

    static AlarmSignal process(String tag, String feature, TagKind kind, long t) {
        return new AlarmSignal(
                tag + ".HH",
                tag.substring(0, 3),
                feature,
                kind,
                AlarmType.HH,
                Priority.HIGH,
                true,
                t);
    }

    @Test
    void sisTripWithProcessAlarmsOfItsUnitIsOneIncident() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(
                process(
                        "E01.V101.PT",
                        "E01-V101",
                        TagKind.PRESSURE,
                        T)); // V101 stands in tank farm E01-TF1
        e.onAlarm(trip("E01.SIS1", "E01-TF1", T + 30_000));
        e.onAlarm(process("E01.V102.TT", "E01-V102", TagKind.TEMPERATURE, T + 40_000));
        assertEquals(1, e.open().size());
        Incident i = e.open().get(0);
        assertEquals(Incident.Kind.SIS_TRIP, i.kind());
        assertEquals("E01-TF1", i.unitId());
        assertEquals(List.of("E01.V101.PT.HH", "E01.SIS1.TRIP.ST", "E01.V102.TT.HH"), i.alarmIds());
        assertEquals(PARK.position("E01-TF1").orElseThrow(), new LonLat(i.lon(), i.lat()));
    }

    @Test
    void sisTripAndAlarmsOfAnotherUnitStayApart() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(trip("E01.SIS1", "E01-TF1", T));
        e.onAlarm(process("E01.U100.TT", "E01-U100", TagKind.TEMPERATURE, T + 10_000));
        assertEquals(List.of(), e.open());
    }

    @Test
    void alarmsInNeighbouringEnterprisesWithinEscalationRadiusAreADominoIncident() {
        // E01's liquefaction unit and E04's tank farm TF1 are about 287 m apart (default radius 300
        // m)
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(process("E01.U200.PT", "E01-U200", TagKind.PRESSURE, T));
        e.onAlarm(process("E04.TK101.LT", "E04-TK101", TagKind.LEVEL, T + 60_000));
        List<Incident> domino =
                e.open().stream().filter(i -> i.kind() == Incident.Kind.DOMINO).toList();
        assertEquals(1, domino.size());
        assertEquals(List.of("E04", "E01"), domino.get(0).enterprises());
        assertEquals(Priority.CRITICAL, domino.get(0).severity());
    }

    @Test
    void dominoNeedsBothEnterprisesRadiiToReach() {
        CorrelationConfig d = CorrelationConfig.defaults();
        CorrelationConfig cfg =
                new CorrelationConfig(
                        d.leak(),
                        d.sisTrip(),
                        new CorrelationConfig.DominoRule(
                                true,
                                300,
                                Map.of("E04", 200.0),
                                600,
                                Priority.HIGH,
                                Priority.CRITICAL));
        CorrelationEngine e = engine(cfg);
        e.onAlarm(process("E01.U200.PT", "E01-U200", TagKind.PRESSURE, T));
        e.onAlarm(process("E04.TK101.LT", "E04-TK101", TagKind.LEVEL, T + 60_000));
        assertEquals(List.of(), e.open());
    }

    @Test
    void farApartEnterprisesAreNoDomino() {
        CorrelationEngine e = engine(CorrelationConfig.defaults());
        e.onAlarm(process("E01.U200.PT", "E01-U200", TagKind.PRESSURE, T));
        e.onAlarm(process("E08.U100.PT", "E08-U100", TagKind.PRESSURE, T + 1_000));
        assertEquals(List.of(), e.open());
    }

    @Test
    void configOverridesDefaultsAndNamesBadFields() {
        CorrelationConfig c =
                CorrelationConfig.parse(
                        """
                {"leak":{"minDetectors":3},"domino":{"radiusByEnterpriseM":{"E01":500}}}""",
                        "correlation.json");
        assertEquals(3, c.leak().minDetectors());
        assertEquals(50, c.leak().radiusM());
        assertEquals(500, c.domino().radiusOf("E01"));
        assertEquals(300, c.domino().radiusOf("E02"));
        AlarmConfigException ex =
                assertThrows(
                        AlarmConfigException.class,
                        () ->
                                CorrelationConfig.parse(
                                        """
                {"leak":{"minDetectors":1,"radiusM":"far"},"sisTrip":{"severity":"urgent"},"domino":{"windowS":0},
                 "extra":1}""",
                                        "correlation.json"));
        assertTrue(ex.problems().get(0).startsWith("extra: unknown field"), ex.problems().get(0));
        assertEquals(
                List.of(
                        "leak.minDetectors: must be >= 2 (got 1)",
                        "leak.radiusM: must be a number, not \"far\"",
                        "sisTrip.severity: unknown priority 'urgent'; expected one of [critical, high, medium, low]",
                        "domino.windowS: must be >= 1 (got 0)"),
                ex.problems().subList(1, ex.problems().size()));
    }

    @Test
    void haversineGivesAboutAHundredAndElevenKilometresPerDegreeOfLatitude() {
        assertEquals(
                111_195.08, Geo.distanceM(new LonLat(113.95, 35.0), new LonLat(113.95, 36.0)), 0.1);
    }
}
