package org.parkwatch.backend.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parkwatch.model.uplink.Sample;

class HistoryCsvTest {
    static String row(Sample s) {
        StringBuilder out = new StringBuilder();
        HistoryCsv.row(out, s);
        return out.toString();
    }

    @Test
    void formulaLikeTextCellsAreNeutralisedAndNumbersAreNot() {
        assertEquals("T1,1970-01-01T00:00:01Z,1000,-2.5,0\r\n", row(Sample.of("T1", -2.5, 1000)));
        assertEquals(
                "T1,1970-01-01T00:00:01Z,1000,'=1+2,0\r\n", row(new Sample("T1", "=1+2", 1000, 0)));
        for (String bad : new String[] {"+x", "-x", "@x", "\tx"}) {
            assertEquals("'" + bad, HistoryCsv.text(bad));
        }
        assertEquals("\"'\rx\"", HistoryCsv.text("\rx"));
        assertEquals("'-T9", HistoryCsv.text("-T9"), "tag ids are text cells too");
        assertEquals("\"a,\"\"b\"\"\"", HistoryCsv.text("a,\"b\""));
    }

    @Test
    void everyValueKindHasACell() {
        assertEquals("T,1970-01-01T00:00:00Z,0,true,0\r\n", row(new Sample("T", true, 0, 0)));
        assertEquals(
                "T,1970-01-01T00:00:00Z,0,,2150694912\r\n",
                row(new Sample("T", null, 0, Sample.BAD_NO_COMMUNICATION)));
        assertEquals("T,1970-01-01T00:00:00Z,0,NaN,0\r\n", row(Sample.of("T", Double.NaN, 0)));
        assertEquals(
                "T,1970-01-01T00:00:00Z,0,'-Infinity,0\r\n",
                row(Sample.of("T", Double.NEGATIVE_INFINITY, 0)));
    }
}
