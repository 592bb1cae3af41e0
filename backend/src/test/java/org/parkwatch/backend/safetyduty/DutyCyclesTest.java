package org.parkwatch.backend.safetyduty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The duty-cycle table of 应急厅〔2021〕12号 as data: when a duty is overdue. */
class DutyCyclesTest {
    static final long DAY = 86_400_000L;
    static final long SINCE = 1_700_000_000_000L;

    @ParameterizedTest(
            name = "{0}: last check {1} d after taking the duty, now day {2} → overdue {3}")
    @CsvSource({
        // role, last check (days after since; -1 none), now (days after since), overdue
        "operation, 10, 17, false", // exactly a week: due, not yet overdue
        "operation, 10, 17.01, true",
        "operation, -1, 6, false", // a new operation lead has a week for the first check
        "operation, -1, 8, true",
        "technical, 0, 31, false",
        "technical, 0, 32, true",
        "principal, 5, 96, false",
        "principal, 5, 98, true",
        "principal, -1, 93, true",
    })
    void overdueWhenTheCycleHasPassedSinceTheLastCheck(
            String role, double lastDays, double nowDays, boolean overdue) {
        Long last = lastDays < 0 ? null : SINCE + Math.round(lastDays * DAY);
        assertEquals(
                overdue,
                DutyCycles.overdue(
                        DutyRole.parse(role), SINCE, last, SINCE + Math.round(nowDays * DAY)));
    }

    @ParameterizedTest
    @CsvSource({"principal, 92", "technical, 31", "operation, 7"})
    void cyclesAreDataWithTheirSource(String role, int days) {
        assertEquals(days, DutyCycles.of(DutyRole.parse(role)).periodDays());
        assertEquals("《危险化学品企业重大危险源安全包保责任制办法(试行)》应急厅〔2021〕12号", DutyCycles.SOURCE);
        assertFalse(DutyCycles.VERIFIED, "marked [U] until checked against the document");
    }
}
