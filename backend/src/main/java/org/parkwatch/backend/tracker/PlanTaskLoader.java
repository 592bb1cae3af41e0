package org.parkwatch.backend.tracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the plan's task file (CSV, UTF-8: a header row, then one task per line; lines starting with
 * {@code #} and blank lines are skipped; fields may be double-quoted, {@code ""} inside quotes is a
 * quote). The whole file is refused at its first bad row with the line number and the field named.
 */
public final class PlanTaskLoader {
    /** The task file on the classpath. */
    public static final String RESOURCE = "tracker/henan-plan-tasks.csv";

    static final List<String> COLUMNS =
            List.of(
                    "id",
                    "kind",
                    "title_zh",
                    "title_en",
                    "lead_zh",
                    "lead_en",
                    "deadline",
                    "status",
                    "percent",
                    "figures",
                    "verified");

    private PlanTaskLoader() {}

    /** The tasks of {@link #RESOURCE}. */
    public static List<PlanTask> loadDefault() {
        try (InputStream in = PlanTaskLoader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " not read", e);
        }
    }

    /**
     * @param file the file's name, for messages
     * @throws PlanTaskException naming the file, line and field of the first bad row
     */
    public static List<PlanTask> read(String file, String text) {
        String[] lines = text.split("\r?\n", -1);
        List<PlanTask> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> cells = split(file, no, line);
            if (!header) {
                if (!cells.equals(COLUMNS))
                    throw new PlanTaskException(
                            file, no, "header", "expected " + String.join(",", COLUMNS));
                header = true;
                continue;
            }
            if (cells.size() != COLUMNS.size())
                throw new PlanTaskException(
                        file,
                        no,
                        "row",
                        cells.size()
                                + " fields, "
                                + COLUMNS.size()
                                + " expected (quote a text that holds a comma)");
            PlanTask t = task(file, no, cells);
            if (!ids.add(t.id()))
                throw new PlanTaskException(file, no, "id", "'" + t.id() + "' twice");
            out.add(t);
        }
        if (!header) throw new PlanTaskException(file, 1, "header", "the file has no header row");
        if (out.isEmpty()) throw new PlanTaskException(file, lines.length, "row", "no task");
        return List.copyOf(out);
    }

    private static PlanTask task(String file, int no, List<String> c) {
        String id = required(file, no, "id", c.get(0));
        if (!id.matches("T?\\d{1,2}(-\\d{1,2})?"))
            throw new PlanTaskException(
                    file,
                    no,
                    "id",
                    "'" + id + "' is not a task number (5, 12-14) or a target (T1)");
        String kind = required(file, no, "kind", c.get(1));
        if (!kind.equals("task") && !kind.equals("target"))
            throw new PlanTaskException(file, no, "kind", "'" + kind + "' is not task or target");
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(required(file, no, "deadline", c.get(6)));
        } catch (DateTimeException e) {
            throw new PlanTaskException(
                    file, no, "deadline", "'" + c.get(6) + "' is not a date YYYY-MM-DD");
        }
        TaskStatus status;
        try {
            status = TaskStatus.fromId(required(file, no, "status", c.get(7)));
        } catch (IllegalArgumentException e) {
            throw new PlanTaskException(file, no, "status", e.getMessage());
        }
        int percent;
        try {
            percent = Integer.parseInt(required(file, no, "percent", c.get(8)));
        } catch (NumberFormatException e) {
            throw new PlanTaskException(
                    file, no, "percent", "'" + c.get(8) + "' is not a whole number");
        }
        if (percent < 0 || percent > 100)
            throw new PlanTaskException(file, no, "percent", percent + " is outside 0–100");
        List<String> figures =
                c.get(9).isBlank()
                        ? List.of()
                        : Arrays.stream(c.get(9).split(";")).map(String::trim).toList();
        for (String f : figures)
            if (!FigureCatalog.KEYS.contains(f))
                throw new PlanTaskException(
                        file, no, "figures", "'" + f + "' is not one of " + FigureCatalog.KEYS);
        String verified = c.get(10).trim();
        if (!verified.equals("U") && !verified.equals("V"))
            throw new PlanTaskException(
                    file,
                    no,
                    "verified",
                    "'" + verified + "' is not U (unverified) or V (verified)");
        return new PlanTask(
                id,
                kind.equals("target"),
                required(file, no, "title_zh", c.get(2)),
                required(file, no, "title_en", c.get(3)),
                required(file, no, "lead_zh", c.get(4)),
                required(file, no, "lead_en", c.get(5)),
                deadline,
                status,
                percent,
                figures,
                verified.equals("V"));
    }

    private static String required(String file, int no, String field, String value) {
        String v = value.trim();
        if (v.isEmpty()) throw new PlanTaskException(file, no, field, "is empty");
        return v;
    }

    /** The fields of one line; quotes group a field, {@code ""} inside them is a quote. */
    static List<String> split(String file, int no, String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) throw new PlanTaskException(file, no, "row", "a quote is not closed");
        out.add(cell.toString());
        return out;
    }
}
