package org.parkwatch.backend.platform.http;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV cells for every export: RFC 4180 quoting, and neutralises formula injection (OWASP
 * "CSV Injection"): a text cell starting with {@code = + - @}, tab or carriage return is prefixed
 * with an apostrophe, so a spreadsheet shows it as text instead of running it. Plain decimal
 * numbers ({@code -12.5}) are left as they are. The importer undoes the prefix with {@link
 * #restore}, so an export imports back unchanged.
 */
public final class CsvCells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvCells() {}

    /** Appends one row (cells neutralised and quoted) and CRLF. */
    public static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell as written: neutralised, then quoted when it holds a comma, quote or line break. */
    public static String cell(String value) {
        String v = neutralise(value == null ? "" : value);
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0)
            return v;
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code '} + the value when it starts with a formula trigger and is not a plain number; else
     * the value.
     */
    public static String neutralise(String value) {
        if (value.isEmpty() || !isTrigger(value.charAt(0)) || PLAIN_NUMBER.matcher(value).matches())
            return value;
        return "'" + value;
    }

    /**
     * Undoes {@link #neutralise} on an imported cell: drops an apostrophe that precedes a formula
     * trigger.
     */
    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && isTrigger(cell.charAt(1)))
            return cell.substring(1);
        return cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
