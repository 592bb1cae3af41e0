package org.parkwatch.backend.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Formula injection neutralised (OWASP "CSV Injection": = + - @ tab CR), numbers kept, RFC 4180
 * quoting.
 */
class CsvCellsTest {
    @Test
    void formulaTriggersGetAnApostropheAndRestoreUndoesIt() {
        for (String evil : new String[] {"=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals('\'', CsvCells.neutralise(evil).charAt(0), evil);
            assertEquals(evil, CsvCells.restore(CsvCells.neutralise(evil)));
        }
    }

    @Test
    void plainNumbersAndTextStayAsTheyAre() {
        assertEquals("-12.5", CsvCells.cell("-12.5"));
        assertEquals("+3", CsvCells.cell("+3"));
        assertEquals("液氯", CsvCells.cell("液氯"));
        assertEquals(
                "'it's", CsvCells.restore("'it's"), "an apostrophe before ordinary text is data");
    }

    @Test
    void cellsWithCommasQuotesOrBreaksAreQuoted() {
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("\"'\rx\"", CsvCells.cell("\rx"));
    }
}
