package org.parkwatch.backend.history;

import java.time.Instant;
import org.parkwatch.model.uplink.Sample;

/**
 * The rows of the history export: {@code tag,time_utc,time_ms,value,status}. Text cells (tag ids,
 * text values) that begin with {@code = + - @}, a tab or a carriage return get a leading
 * apostrophe, so a spreadsheet shows them as text and does not run them as formulas (OWASP "CSV
 * Injection"). Numbers are written by this class and are never formulas, so a negative value stays
 * a number. Cells are quoted as RFC 4180 requires.
 */
final class HistoryCsv {
    static final String HEADER = "tag,time_utc,time_ms,value,status\r\n";

    private HistoryCsv() {}

    static void row(StringBuilder out, Sample s) {
        out.append(text(s.tagId()))
                .append(',')
                .append(Instant.ofEpochMilli(s.sourceTimeMs()))
                .append(',')
                .append(s.sourceTimeMs())
                .append(',');
        Object v = s.value();
        if (v instanceof Double d)
            out.append(d.isNaN() || d.isInfinite() ? text(d.toString()) : d.toString());
        else if (v instanceof Boolean b) out.append(b ? "true" : "false");
        else if (v instanceof String str) out.append(text(str));
        out.append(',').append(s.status()).append("\r\n");
    }

    /** A text cell, neutralised against formula injection and quoted when needed. */
    static String text(String cell) {
        String c = cell;
        if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) c = "'" + c;
        if (c.indexOf(',') < 0 && c.indexOf('"') < 0 && c.indexOf('\n') < 0 && c.indexOf('\r') < 0)
            return c;
        return '"' + c.replace("\"", "\"\"") + '"';
    }
}
