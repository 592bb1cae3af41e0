package org.parkwatch.backend.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The task file: the shipped one loads, and a file with a bad row is refused naming line and field.
 */
class PlanTaskLoaderTest {
    private static final String HEADER =
            "# a comment\nid,kind,title_zh,title_en,lead_zh,lead_en,deadline,status,percent,figures,verified\n";
    private static final String GOOD =
            "5,task,园区定量风险评估,\"Park QRA, risk grade\",省安全监管局,Work Safety Bureau,2018-12-31,in-progress,70,qraDone,U\n";

    @Test
    void theShippedFileHoldsTheSeedPlanTasksAndTargets() {
        List<PlanTask> tasks = PlanTaskLoader.loadDefault();
        assertEquals(
                List.of(
                        "1", "2", "3", "4", "5", "6", "7", "8", "12-14", "17", "18", "20-22",
                        "28-29", "30-33", "34", "T1", "T2", "T3", "T4"),
                tasks.stream().map(PlanTask::id).toList());
        PlanTask t5 = tasks.get(4);
        assertEquals(
                "Park quantitative risk assessment, risk grade and risk capacity; an integrated"
                        + " safety–environment–emergency platform; tank-farm hazard checks",
                t5.titleEn());
        assertEquals(List.of("qraDone"), t5.figureKeys());
        assertFalse(t5.verified(), "lead departments and deadlines are [U]");
        assertTrue(tasks.get(14).figureKeys().isEmpty(), "task 34: no figure on the platform");
        assertTrue(tasks.get(15).target());
    }

    @Test
    void aGoodRowWithAQuotedCommaIsRead() {
        PlanTask t = PlanTaskLoader.read("t.csv", HEADER + GOOD).get(0);
        assertEquals("Park QRA, risk grade", t.titleEn());
        assertEquals(LocalDate.of(2018, 12, 31), t.deadline());
        assertEquals(TaskStatus.IN_PROGRESS, t.initialStatus());
        assertEquals(70, t.initialPercent());
    }

    @Test
    void aPercentageOutside0To100IsRefusedWithLineAndField() {
        checkRefused(GOOD.replace(",70,", ",120,"), 3, "percent", "120 is outside 0–100");
    }

    @Test
    void aBadDeadlineIsRefusedWithLineAndField() {
        checkRefused(GOOD.replace("2018-12-31", "2018-13-01"), 3, "deadline", "not a date");
    }

    @Test
    void anUnknownFigureIsRefusedWithLineAndField() {
        checkRefused(GOOD.replace("qraDone", "qraDone;openDays"), 3, "figures", "'openDays'");
    }

    @Test
    void aRowWithAnUnquotedCommaIsRefusedAsTooManyFields() {
        checkRefused(
                GOOD.replace("\"Park QRA, risk grade\"", "Park QRA, risk grade"),
                3,
                "row",
                "12 fields, 11 expected");
    }

    @Test
    void anEmptyLeadDepartmentIsRefused() {
        checkRefused(GOOD.replace("省安全监管局", ""), 3, "lead_zh", "is empty");
    }

    @Test
    void aTaskTwiceIsRefused() {
        checkRefused(GOOD + GOOD, 4, "id", "'5' twice");
    }

    @Test
    void anUnknownStatusIsRefused() {
        checkRefused(GOOD.replace("in-progress", "started"), 3, "status", "'started'");
    }

    private static void checkRefused(String rows, int line, String field, String problem) {
        PlanTaskException e =
                assertThrows(
                        PlanTaskException.class, () -> PlanTaskLoader.read("t.csv", HEADER + rows));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(
                e.getMessage().startsWith("t.csv line " + line + ", field " + field + ": "),
                e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
