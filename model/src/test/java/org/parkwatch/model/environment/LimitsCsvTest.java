package org.parkwatch.model.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitsCsvTest {

    private static final String HEADER =
            "id,medium,pollutant,averaging,min,max,unit,standard,clause,status,note\n";

    @Test
    void readsRowsWithQuotedNotesAndOpenBounds() {
        List<EnvLimit> limits =
                parse(
                        "# comment\n"
                                + HEADER
                                + "a,AMBIENT,SO2,1h,,500,μg/m³,GB 3095-2012,表1 二级,P,\n"
                                + "\n"
                                + "w,WASTEWATER,PH,grab,6,9,pH,GB 8978-1996,表4,P,\"pH 6, 9\"\n");
        assertEquals(2, limits.size());
        EnvLimit so2 = limits.get(0);
        assertEquals(Pollutant.SO2, so2.pollutant());
        assertEquals(AveragingPeriod.HOUR_1, so2.averaging());
        assertTrue(Double.isNaN(so2.min()));
        assertEquals(500, so2.max());
        assertEquals(EnvLimit.Status.P, so2.status());
        assertEquals("pH 6, 9", limits.get(1).note());
    }

    @Test
    void refusesAnUnknownMediumNamingLineAndRow() {
        LimitsFileException e =
                refuse(
                        HEADER
                                + "a,AMBIENT,SO2,1h,,500,μg/m³,GB 3095-2012,表1,P,\n"
                                + "b,AIR,SO2,1h,,500,μg/m³,GB 3095-2012,表1,P,\n");
        assertEquals(3, e.line());
        assertTrue(
                e.getMessage().startsWith("limits.csv line 3: row b, column medium"),
                e.getMessage());
    }

    @Test
    void refusesANonNumericLimit() {
        assertMessage(
                HEADER + "a,AMBIENT,SO2,1h,,five,μg/m³,GB 3095-2012,表1,P,\n",
                "column max: expected a number");
    }

    @Test
    void refusesANegativeLimit() {
        assertMessage(
                HEADER + "a,AMBIENT,SO2,1h,,-5,μg/m³,GB 3095-2012,表1,P,\n", "finite number >= 0");
    }

    @Test
    void refusesMinNotBelowMax() {
        assertMessage(
                HEADER + "w,WASTEWATER,PH,grab,9,6,pH,GB 8978-1996,表4,P,\n",
                "min 9.0 must be below max 6.0");
    }

    @Test
    void refusesARowWithoutBounds() {
        assertMessage(
                HEADER + "w,WASTEWATER,COD,24h,,,mg/L,GB 8978-1996,表4,P,\n", "at least one bound");
    }

    @Test
    void refusesAUnitOfAnotherMedium() {
        assertMessage(HEADER + "a,AMBIENT,SO2,1h,,500,mg/L,GB 3095-2012,表1,P,\n", "column unit");
    }

    @Test
    void refusesEightHourMaximumForAnythingButOzone() {
        assertMessage(HEADER + "a,AMBIENT,NO2,8h-max,,160,μg/m³,GB 3095-2012,表1,P,\n", "O3 only");
    }

    @Test
    void refusesAMissingSourceOrStatus() {
        assertMessage(HEADER + "a,AMBIENT,SO2,1h,,500,μg/m³,,表1,P,\n", "column standard is empty");
        assertMessage(HEADER + "a,AMBIENT,SO2,1h,,500,μg/m³,GB 3095-2012,表1,X,\n", "column status");
    }

    @Test
    void refusesADuplicateId() {
        LimitsFileException e =
                refuse(
                        HEADER
                                + "a,AMBIENT,SO2,1h,,500,μg/m³,GB 3095-2012,表1,P,\n"
                                + "a,AMBIENT,SO2,24h,,150,μg/m³,GB 3095-2012,表1,P,\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("duplicate id a"), e.getMessage());
    }

    @Test
    void refusesAShortRowAndABadHeader() {
        assertMessage(HEADER + "a,AMBIENT,SO2,1h,,500\n", "expected 11 columns but found 6");
        LimitsFileException e = refuse("id,medium\n");
        assertEquals(1, e.line());
    }

    private static List<EnvLimit> parse(String text) {
        return LimitsCsv.parse(new StringReader(text), "limits.csv");
    }

    private static LimitsFileException refuse(String text) {
        return assertThrows(LimitsFileException.class, () -> parse(text));
    }

    private static void assertMessage(String text, String fragment) {
        LimitsFileException e = refuse(text);
        assertEquals(2, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
