package org.parkwatch.model.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.consequence.Warning;

/**
 * HJ 633-2012 Table 1 and eq. 1–2; worked examples computed by hand from the table (shown in each
 * test).
 */
class AqiCalculatorTest {

    @Test
    void everyBreakpointOfTableOneRatesToItsColumn() {
        for (AqiItem item : AqiItem.values()) {
            for (int i = 0; i < item.breakpointCount(); i++) {
                assertEquals(
                        AqiItem.iaqiAt(i),
                        AqiCalculator.subIndex(item, item.breakpoint(i)).iaqi(),
                        item + " breakpoint " + i);
            }
        }
    }

    @Test
    void gb3095ClassTwoLimitsRateToOneHundred() {
        // HJ 633-2012 §3.5: IAQI 100 is the GB 3095-2012 class II limit (Table 1 of GB 3095-2012,
        // values below).
        Map<AqiItem, Double> classTwo =
                Map.of(
                        AqiItem.SO2_24H,
                        150.0,
                        AqiItem.SO2_1H,
                        500.0,
                        AqiItem.NO2_24H,
                        80.0,
                        AqiItem.NO2_1H,
                        200.0,
                        AqiItem.PM10_24H,
                        150.0,
                        AqiItem.PM2_5_24H,
                        75.0,
                        AqiItem.CO_24H,
                        4.0,
                        AqiItem.CO_1H,
                        10.0,
                        AqiItem.O3_1H,
                        200.0,
                        AqiItem.O3_8H,
                        160.0);
        classTwo.forEach(
                (item, c) ->
                        assertEquals(100, AqiCalculator.subIndex(item, c).iaqi(), item.name()));
    }

    @Test
    void interpolatesLinearlyBetweenBreakpoints() {
        // PM2.5 95 μg/m³: (150 − 100)/(115 − 75)·(95 − 75) + 100 = 125
        assertEquals(125.0, AqiCalculator.rawIaqi(AqiItem.PM2_5_24H, 95), 1e-12);
        // CO 1 h 47.5 mg/m³: (200 − 150)/(60 − 35)·(47.5 − 35) + 150 = 175
        assertEquals(175.0, AqiCalculator.rawIaqi(AqiItem.CO_1H, 47.5), 1e-12);
    }

    @Test
    void subIndexIsRoundedUp() {
        // NO2 24 h 45 μg/m³: (100 − 50)/(80 − 40)·(45 − 40) + 50 = 56.25 → 57
        assertEquals(57, AqiCalculator.subIndex(AqiItem.NO2_24H, 45).iaqi());
        // O3 1 h 1 μg/m³: 50/160 = 0.3125 → 1
        assertEquals(1, AqiCalculator.subIndex(AqiItem.O3_1H, 1).iaqi());
    }

    @Test
    void dailyWorkedExample() {
        // Hand computation from HJ 633-2012 Table 1 and eq. 1:
        // SO2 20 → 20; NO2 45 → 56.25 → 57; PM10 160 → 50/100·10 + 100 = 105; CO 1.2 mg → 25·1.2 =
        // 30;
        // O3-1h 150 → 50/160·150 = 46.875 → 47; O3-8h 120 → 50/60·20 + 50 = 66.7 → 67;
        // PM2.5 98 → 50/40·23 + 100 = 128.75 → 129. AQI = 129 (三级, 轻度污染, 橙色), 首要污染物 PM2.5,
        // 超标污染物 PM10 and PM2.5.
        Map<AqiItem, Double> day = new EnumMap<>(AqiItem.class);
        day.put(AqiItem.SO2_24H, 20.0);
        day.put(AqiItem.NO2_24H, 45.0);
        day.put(AqiItem.PM10_24H, 160.0);
        day.put(AqiItem.CO_24H, 1.2);
        day.put(AqiItem.O3_1H, 150.0);
        day.put(AqiItem.O3_8H, 120.0);
        day.put(AqiItem.PM2_5_24H, 98.0);
        AqiResult r = AqiCalculator.daily(day);
        assertEquals(
                List.of(20, 57, 105, 30, 47, 67, 129),
                r.subIndices().stream().map(SubIndex::iaqi).toList());
        assertEquals(129, r.aqi());
        assertEquals(AqiLevel.III, r.level());
        assertEquals("轻度污染", r.level().categoryZh());
        assertEquals("#FF7E00", r.level().colourHex());
        assertEquals(List.of(AqiItem.PM2_5_24H), r.primary());
        assertEquals(List.of(AqiItem.PM10_24H, AqiItem.PM2_5_24H), r.exceeding());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void noPrimaryPollutantAtFiftyOrBelow() {
        // PM2.5 35 → 50 exactly: AQI 50 is 一级 and names no 首要污染物 (HJ 633-2012 §4.3).
        AqiResult r = AqiCalculator.daily(Map.of(AqiItem.PM2_5_24H, 35.0, AqiItem.SO2_24H, 10.0));
        assertEquals(50, r.aqi());
        assertEquals(AqiLevel.I, r.level());
        assertTrue(r.primary().isEmpty());
    }

    @Test
    void tiedSubIndicesAreAllPrimary() {
        AqiResult r = AqiCalculator.daily(Map.of(AqiItem.PM10_24H, 150.0, AqiItem.PM2_5_24H, 75.0));
        assertEquals(100, r.aqi());
        assertEquals(List.of(AqiItem.PM10_24H, AqiItem.PM2_5_24H), r.primary());
        assertTrue(r.exceeding().isEmpty(), "IAQI 100 is at the limit, not above it");
    }

    @Test
    void so2OneHourAbove800UsesTheDailyMean() {
        // Note (1): SO2 1 h 900 is not rated; SO2 24 h 300 → 50/325·150 + 100 = 123.08 → 124.
        AqiResult r = AqiCalculator.realTime(Map.of(AqiItem.SO2_1H, 900.0, AqiItem.SO2_24H, 300.0));
        assertEquals(List.of(new SubIndex(AqiItem.SO2_24H, 300.0, 124, false)), r.subIndices());
        assertEquals(List.of("SO2_1H_ABOVE_800"), codes(r.warnings()));
    }

    @Test
    void so2OneHourAbove800WithoutDailyMeanIsLeftOutWithAWarning() {
        AqiResult r = AqiCalculator.realTime(Map.of(AqiItem.SO2_1H, 900.0, AqiItem.NO2_1H, 150.0));
        assertEquals(List.of(AqiItem.NO2_1H), r.subIndices().stream().map(SubIndex::item).toList());
        assertEquals(List.of("SO2_1H_ABOVE_800_NO_24H"), codes(r.warnings()));
    }

    @Test
    void realTimeRatesSo2OneHourWhenAt800OrBelow() {
        // SO2 1 h 100 → 50/150·100 = 33.3 → 34; the 24-hour value is not rated.
        AqiResult r = AqiCalculator.realTime(Map.of(AqiItem.SO2_1H, 100.0, AqiItem.SO2_24H, 300.0));
        assertEquals(List.of(new SubIndex(AqiItem.SO2_1H, 100.0, 34, false)), r.subIndices());
    }

    @Test
    void ozoneEightHourAbove800UsesTheOneHourValue() {
        // Note (3): O3 8 h 850 is not rated; O3 1 h 900 → 100/200·100 + 300 = 350 (六级).
        AqiResult r = AqiCalculator.daily(Map.of(AqiItem.O3_8H, 850.0, AqiItem.O3_1H, 900.0));
        assertEquals(List.of(new SubIndex(AqiItem.O3_1H, 900.0, 350, false)), r.subIndices());
        assertEquals(AqiLevel.VI, r.level());
        assertEquals(List.of("O3_8H_ABOVE_800"), codes(r.warnings()));
    }

    @Test
    void aboveTheTopBreakpointIsCappedAt500WithAWarning() {
        AqiResult r = AqiCalculator.daily(Map.of(AqiItem.PM2_5_24H, 640.0));
        assertEquals(500, r.aqi());
        assertTrue(r.subIndices().get(0).capped());
        assertEquals(List.of("ABOVE_AQI_SCALE"), codes(r.warnings()));
    }

    @Test
    void dailyReportRefusesOneHourItems() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AqiCalculator.daily(Map.of(AqiItem.NO2_1H, 50.0)));
        assertTrue(e.getMessage().contains("NO2_1H"), e.getMessage());
    }

    @Test
    void negativeConcentrationIsRefusedNamingTheItem() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AqiCalculator.subIndex(AqiItem.CO_24H, -1));
        assertTrue(e.getMessage().contains("CO_24H"), e.getMessage());
    }

    @Test
    void truncatedRowAboveItsTopIsNotRatedDirectly() {
        assertThrows(
                IllegalArgumentException.class, () -> AqiCalculator.subIndex(AqiItem.O3_8H, 801));
        assertFalse(AqiItem.PM10_24H.truncated());
    }

    @Test
    void levelsFollowTableTwo() {
        int[] aqi = {0, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500};
        AqiLevel[] expected = {
            AqiLevel.I,
            AqiLevel.I,
            AqiLevel.II,
            AqiLevel.II,
            AqiLevel.III,
            AqiLevel.III,
            AqiLevel.IV,
            AqiLevel.IV,
            AqiLevel.V,
            AqiLevel.V,
            AqiLevel.VI,
            AqiLevel.VI
        };
        for (int i = 0; i < aqi.length; i++) {
            assertEquals(expected[i], AqiLevel.of(aqi[i]), "AQI " + aqi[i]);
        }
        assertEquals("#00E400", AqiLevel.I.colourHex());
        assertEquals("#99004C", AqiLevel.V.colourHex());
        assertEquals("#7E0023", AqiLevel.VI.colourHex());
        assertEquals("六级", AqiLevel.VI.levelZh());
    }

    private static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }
}
