package org.parkwatch.backend.hazard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small RFC 4180 style CSV files of the hazard catalogue: a header row, then data rows;
 * lines starting with {@code #} and blank lines are skipped; fields may be double-quoted (no line
 * breaks inside quotes).
 */
public final class CsvRows {

    /** One data row with its 1-based line number in the file, fields addressed by header name. */
    record Row(String file, int line, Map<String, String> fields) {

        /** The trimmed field; empty string when absent. */
        String text(String column) {
            String v = fields.get(column);
            return v == null ? "" : v.trim();
        }

        String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                throw new IllegalStateException(
                        file + " line " + line + ": column " + column + " is empty");
            }
            return v;
        }

        double number(String column) {
            String v = required(column);
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(
                        file + " line " + line + ": column " + column + " is not a number: " + v,
                        e);
            }
        }
    }

    private CsvRows() {}

    /** Reads a classpath resource, failing with the file name when it is missing or malformed. */
    static List<Row> readResource(String resource) {
        InputStream in = CsvRows.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Row> parse(String file, List<String> lines) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = split(line);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalStateException(
                        file
                                + " line "
                                + (i + 1)
                                + ": "
                                + cells.size()
                                + " fields, header has "
                                + header.size());
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c).trim(), cells.get(c));
            }
            rows.add(new Row(file, i + 1, fields));
        }
        return rows;
    }

    /** Splits one CSV line; a doubled quote inside a quoted field is a literal quote. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
