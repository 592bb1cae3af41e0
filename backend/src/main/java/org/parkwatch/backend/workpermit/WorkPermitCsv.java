package org.parkwatch.backend.workpermit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the permit import file: UTF-8 CSV, a header row naming the columns ({@link #COLUMNS}, any
 * order, {@code gas*} and {@code note} optional), times as {@code yyyy-MM-dd HH:mm} in the park's
 * time zone, the place as a point ({@code lon}, {@code lat}, WGS84). A bad cell is an {@link
 * IllegalArgumentException} naming its line (1 = the header) and column.
 */
final class WorkPermitCsv {
    static final List<String> COLUMNS =
            List.of(
                    "externalId",
                    "enterpriseId",
                    "kind",
                    "level",
                    "placeZh",
                    "lon",
                    "lat",
                    "start",
                    "end",
                    "leader",
                    "guardian",
                    "approver",
                    "gasTime",
                    "gas",
                    "gasValue",
                    "gasUnit",
                    "gasLelVolPercent",
                    "analyst",
                    "note");

    private static final List<String> REQUIRED =
            List.of("kind", "placeZh", "lon", "lat", "start", "end", "leader", "guardian");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The rows with their line numbers. */
    record Rows(List<SpecialWorkPermit> permits, List<Integer> lines) {}

    private WorkPermitCsv() {}

    /**
     * @param enterpriseId the caller's enterprise (enterprise users) or null (park roles: the
     *     {@code enterpriseId} column names it)
     */
    static Rows read(String text, ZoneId zone, String enterpriseId, String user, long nowMs) {
        if (text == null || text.isBlank())
            throw new IllegalArgumentException("line 1: empty file");
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> header = records.get(0);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).trim();
            if (!COLUMNS.contains(h))
                throw new IllegalArgumentException(
                        "line 1, column "
                                + (i + 1)
                                + ": unknown column '"
                                + h
                                + "'; expected "
                                + COLUMNS);
            col.put(h, i);
        }
        for (String r : REQUIRED)
            if (!col.containsKey(r))
                throw new IllegalArgumentException("line 1: missing column '" + r + "'");
        if (enterpriseId == null && !col.containsKey("enterpriseId"))
            throw new IllegalArgumentException("line 1: missing column 'enterpriseId'");
        List<SpecialWorkPermit> out = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = records.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) continue;
            int line = r + 1;
            out.add(row(row, col, line, zone, enterpriseId, user, nowMs));
            lines.add(line);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("line 2: no permit rows");
        return new Rows(out, lines);
    }

    private static SpecialWorkPermit row(
            List<String> row,
            Map<String, Integer> col,
            int line,
            ZoneId zone,
            String enterpriseId,
            String user,
            long nowMs) {
        Cells c = new Cells(row, col, line);
        String enterprise = c.text("enterpriseId", false);
        if (enterpriseId != null) {
            if (enterprise != null && !enterprise.equals(enterpriseId))
                throw c.bad("enterpriseId", "an enterprise user imports its own permits only");
            enterprise = enterpriseId;
        } else if (enterprise == null) throw c.bad("enterpriseId", "missing");
        WorkKind kind;
        try {
            kind = WorkKind.of(c.text("kind", true));
        } catch (IllegalArgumentException e) {
            throw c.bad("kind", e.getMessage());
        }
        double lon = c.number("lon");
        double lat = c.number("lat");
        Geometry g;
        try {
            g =
                    WorkPermitJson.geometry(
                            WorkPermitJson.geoJson(
                                    WorkPermitJson.LON_LAT.createPoint(new Coordinate(lon, lat))),
                            "lon/lat");
        } catch (IllegalArgumentException e) {
            throw c.bad("lon", e.getMessage());
        }
        long start = c.time("start", zone);
        long end = c.time("end", zone);
        if (end <= start) throw c.bad("end", "must be after start");
        List<ResponsiblePerson> people = new ArrayList<>();
        people.add(new ResponsiblePerson("leader", c.text("leader", true), null));
        people.add(new ResponsiblePerson("guardian", c.text("guardian", true), null));
        String approver = c.text("approver", false);
        if (approver != null) people.add(new ResponsiblePerson("approver", approver, null));
        List<GasAnalysis> gas = new ArrayList<>();
        if (c.text("gasTime", false) != null) {
            String unit = c.text("gasUnit", true);
            if (!List.of("%vol", "%LEL", "ppm", "mg/m3").contains(unit))
                throw c.bad("gasUnit", "'" + unit + "' is not one of %vol, %LEL, ppm, mg/m3");
            String lel = c.text("gasLelVolPercent", false);
            gas.add(
                    new GasAnalysis(
                            c.time("gasTime", zone),
                            c.text("gas", true),
                            c.number("gasValue"),
                            unit,
                            lel == null ? Double.NaN : c.number("gasLelVolPercent"),
                            c.text("analyst", true)));
        }
        return new SpecialWorkPermit(
                null,
                enterprise,
                c.text("externalId", false),
                kind,
                c.text("level", false),
                WorkState.APPLIED,
                c.text("placeZh", true),
                g,
                start,
                end,
                people,
                gas,
                0,
                user,
                nowMs,
                nowMs,
                c.text("note", false));
    }

    /** One row's cells by column name. */
    private record Cells(List<String> row, Map<String, Integer> col, int line) {
        String text(String name, boolean required) {
            Integer i = col.get(name);
            String v = i == null || i >= row.size() ? null : row.get(i).trim();
            if (v == null || v.isEmpty()) {
                if (required) throw bad(name, "missing");
                return null;
            }
            return v;
        }

        double number(String name) {
            String v = text(name, true);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) throw new NumberFormatException();
                return d;
            } catch (NumberFormatException e) {
                throw bad(name, "'" + v + "' is not a number");
            }
        }

        long time(String name, ZoneId zone) {
            String v = text(name, true);
            try {
                return LocalDateTime.parse(v, TIME).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw bad(name, "'" + v + "' is not a time yyyy-MM-dd HH:mm");
            }
        }

        IllegalArgumentException bad(String name, String message) {
            return new IllegalArgumentException(
                    "line " + line + ", column " + name + ": " + message);
        }
    }

    /** RFC 4180 records: quoted cells may hold commas, quotes ("") and line breaks. */
    static List<List<String>> records(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
            } else cell.append(ch);
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            out.add(row);
        }
        return out;
    }
}
