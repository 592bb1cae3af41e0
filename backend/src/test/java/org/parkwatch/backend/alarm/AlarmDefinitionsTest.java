package org.parkwatch.backend.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;

class AlarmDefinitionsTest {

    static final ParkCatalog PARK = ParkCatalog.loadDemo();
    static final List<AlarmDefinition> DEFAULTS = DefaultAlarmDefinitions.from(PARK);

    static Map<String, AlarmDefinition> byId(List<AlarmDefinition> defs) {
        return defs.stream().collect(Collectors.toMap(AlarmDefinition::id, Function.identity()));
    }

    @Test
    void defaultsOfTheDemoParkAreValid() {
        assertEquals(List.of(), new AlarmDefinitionValidator(PARK::tag).validate(DEFAULTS));
    }

    @Test
    void defaultsTakeDesignLimitsAndPriorities() {
        Map<String, AlarmDefinition> d = byId(DEFAULTS);
        assertEquals(7.2, d.get("E01.TK201.LT.HH").limit());
        assertEquals(Priority.HIGH, d.get("E01.TK201.LT.HH").priority());
        assertEquals(0.4, d.get("E01.TK201.LT.LL").limit());
        assertEquals(Priority.CRITICAL, d.get("E01.GD101.GAS.HH").priority());
        assertEquals(Priority.HIGH, d.get("E01.GD101.GAS.H").priority());
        assertEquals(Priority.HIGH, d.get("E01.SIS1.TRIP.ST").priority());
        assertTrue(d.get("E01.SIS1.TRIP.ST").latched());
        assertEquals(Priority.HIGH, d.get("E01.SIS1.BYP.ST").priority());
        assertEquals(Priority.MEDIUM, d.get("E01.GD101.FLT.ST").priority());
        assertEquals(Priority.HIGH, d.get("E01.FEED_LOST").priority());
    }

    @Test
    void defaultDeadbandIsAShareOfTheRange() {
        assertEquals(
                0.4, byId(DEFAULTS).get("E01.TK201.LT.H").deadband(), 1e-9); // level 5 % of 0..8 m
        assertEquals(
                1.0,
                byId(DEFAULTS).get("E01.V101.TT.H").deadband(),
                1e-9); // temperature 1 % of -40..60
    }

    @Test
    void setpointTagsGiveDeviationAlarmsAndUnitLowAlarmsAreSuppressedWhenStopped() {
        AlarmDefinition dev = byId(DEFAULTS).get("E01.U200.PT.DEV");
        assertEquals("E01.U200.PT_SP", dev.setpointTagId());
        assertEquals(80.0, dev.limit(), 1e-9); // 5 % of 0..1600 kPa
        assertEquals("E01.U100.RUN", byId(DEFAULTS).get("E01.U100.TT.LL").suppressWhenTagId());
        assertNull(byId(DEFAULTS).get("E01.U100.TT.HH").suppressWhenTagId());
    }

    @Test
    void hhBelowHIsRefusedWithTagAndValues() {
        String json =
                """
                {"alarms":[{"tag":"E01.TK201.LT","type":"HH","limit":7.0},
                           {"tag":"E01.TK201.LT","type":"H","limit":7.2}]}""";
        AlarmConfigException e =
                assertThrows(
                        AlarmConfigException.class,
                        () ->
                                new AlarmConfigLoader(PARK::tag)
                                        .apply(DEFAULTS, json, "alarms.json"));
        assertEquals(List.of("E01.TK201.LT: hh (7.0) must be >= h (7.2)"), e.problems());
    }

    @Test
    void everyBadEntryIsNamedWithItsIndexAndField() {
        String json =
                """
                {"alarms":[{"tag":"E01.NOPE.LT","type":"HH","limit":1},
                           {"tag":"E01.TK201.LT","type":"HH","priority":"urgent"},
                           {"tag":"E01.TK201.LT","type":"ROC","limit":0.5},
                           {"tag":"E01.TK201.LT","type":"H","onDelayMs":"soon"}]}""";
        AlarmConfigException e =
                assertThrows(
                        AlarmConfigException.class,
                        () ->
                                new AlarmConfigLoader(PARK::tag)
                                        .apply(DEFAULTS, json, "alarms.json"));
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertTrue(
                e.problems()
                        .get(0)
                        .startsWith("alarms[0].tag: 'E01.NOPE.LT' is not in the tag list"));
        assertTrue(e.problems().get(1).startsWith("alarms[1].priority: unknown priority 'urgent'"));
        assertEquals(
                "alarms[2].priority: missing for a new alarm E01.TK201.LT.ROC",
                e.problems().get(2));
        assertEquals("alarms[3].onDelayMs: must be a number, not \"soon\"", e.problems().get(3));
    }

    @Test
    void validatorRejectsNegativeDelaysAndZeroRateWindow() {
        AlarmDefinition roc =
                new AlarmDefinition(
                        "E01.TK201.LT.ROC",
                        "E01",
                        "E01.TK201.LT",
                        "E01-TK201",
                        AlarmType.ROC,
                        Priority.LOW,
                        0.5,
                        0,
                        -1,
                        0,
                        0,
                        null,
                        false,
                        null);
        assertEquals(
                List.of(
                        "E01.TK201.LT.ROC: onDelayMs (-1) must be >= 0",
                        "E01.TK201.LT.ROC: windowMs (0) must be > 0"),
                new AlarmDefinitionValidator(PARK::tag).validate(List.of(roc)));
    }

    @Test
    void configOverridesChangeOnlyTheGivenFieldsAndCanAddAndRemove() {
        String json =
                """
                {"alarms":[{"tag":"E01.TK201.LT","type":"HH","priority":"critical","deadbandPercent":1},
                           {"tag":"E01.TK201.LT","type":"ROC","limit":0.5,"windowMs":60000,"priority":"medium"},
                           {"tag":"E01.TK201.LT","type":"LL","enabled":false}]}""";
        Map<String, AlarmDefinition> d =
                byId(new AlarmConfigLoader(PARK::tag).apply(DEFAULTS, json, "alarms.json"));
        assertEquals(Priority.CRITICAL, d.get("E01.TK201.LT.HH").priority());
        assertEquals(7.2, d.get("E01.TK201.LT.HH").limit());
        assertEquals(0.08, d.get("E01.TK201.LT.HH").deadband(), 1e-9);
        assertEquals(60000, d.get("E01.TK201.LT.ROC").windowMs());
        assertFalse(d.containsKey("E01.TK201.LT.LL"));
        assertEquals(DEFAULTS.size(), d.size());
    }
}
