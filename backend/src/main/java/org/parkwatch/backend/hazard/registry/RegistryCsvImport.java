package org.parkwatch.backend.hazard.registry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.hazard.CsvRows;
import org.parkwatch.backend.platform.http.CsvCells;

/**
 * Parses enterprise and installation CSV files (UTF-8, header row, comma-separated, optional double
 * quotes) into records, collecting every bad row with its line number instead of stopping at the
 * first. Pure: the caller reads the file and saves all rows only when the result has no errors.
 *
 * <p>Enterprises: {@code id,name_zh,name_en,credit_code,address,activities} (activities separated
 * by {@code ;} or {@code 、}, English or Chinese: production/生产 …). Installations: {@code
 * id,enterprise_id,unit_id,kind,chemical_cas,
 * capacity_m3,design_pressure_kpa,design_temperature_c,has_sis} (has_sis: true/false, yes/no, 是/否,
 * 1/0).
 */
public final class RegistryCsvImport {

    static final List<String> ENTERPRISE_COLUMNS =
            List.of("id", "name_zh", "name_en", "credit_code", "address", "activities");
    static final List<String> INSTALLATION_COLUMNS =
            List.of(
                    "id",
                    "enterprise_id",
                    "unit_id",
                    "kind",
                    "chemical_cas",
                    "capacity_m3",
                    "design_pressure_kpa",
                    "design_temperature_c",
                    "has_sis");

    private RegistryCsvImport() {}

    public static ImportResult<Enterprise> enterprises(List<String> lines) {
        List<Enterprise> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        forEachRow(
                lines,
                ENTERPRISE_COLUMNS,
                errors,
                (line, f) -> {
                    int before = errors.size();
                    Set<Activity> activities = EnumSet.noneOf(Activity.class);
                    for (String a : f.get("activities").split("[;；、|]")) {
                        if (!a.isBlank()) {
                            Activity.parse(a)
                                    .ifPresentOrElse(
                                            activities::add,
                                            () ->
                                                    errors.add(
                                                            new RowError(
                                                                    line,
                                                                    "activities",
                                                                    "unknown activity '"
                                                                            + a.trim()
                                                                            + "' (生产 储存 使用 经营 运输 处置)")));
                        }
                    }
                    Enterprise e =
                            new Enterprise(
                                    f.get("id"),
                                    f.get("name_zh"),
                                    f.get("name_en"),
                                    f.get("credit_code"),
                                    f.get("address"),
                                    activities);
                    for (String p : e.problems()) {
                        int colon = p.indexOf(':');
                        errors.add(
                                new RowError(
                                        line,
                                        column(p.substring(0, colon)),
                                        p.substring(colon + 1).trim()));
                    }
                    if (!e.id().isBlank() && !ids.add(e.id())) {
                        errors.add(
                                new RowError(
                                        line, "id", "duplicate id " + e.id() + " in this file"));
                    }
                    if (CreditCode.isValid(e.creditCode()) && !codes.add(e.creditCode())) {
                        errors.add(
                                new RowError(
                                        line, "credit_code", "duplicate credit code in this file"));
                    }
                    if (errors.size() == before) {
                        rows.add(e);
                    }
                });
        return new ImportResult<>(rows, errors);
    }

    public static ImportResult<Installation> installations(List<String> lines) {
        List<Installation> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        forEachRow(
                lines,
                INSTALLATION_COLUMNS,
                errors,
                (line, f) -> {
                    int before = errors.size();
                    for (String c : List.of("id", "enterprise_id", "unit_id", "kind")) {
                        if (f.get(c).isEmpty()) {
                            errors.add(new RowError(line, c, "empty"));
                        }
                    }
                    if (!CasNumber.isValid(f.get("chemical_cas"))) {
                        errors.add(
                                new RowError(
                                        line,
                                        "chemical_cas",
                                        "not a valid CAS number: '"
                                                + f.get("chemical_cas")
                                                + "' (format NNNNNNN-NN-R with a correct check digit)"));
                    }
                    double capacity = number(f, "capacity_m3", line, errors);
                    if (capacity <= 0 && !Double.isNaN(capacity)) {
                        errors.add(
                                new RowError(
                                        line,
                                        "capacity_m3",
                                        "must be > 0 m³, got " + f.get("capacity_m3")));
                    }
                    double pressure = number(f, "design_pressure_kpa", line, errors);
                    double temperature = number(f, "design_temperature_c", line, errors);
                    Boolean sis = bool(f.get("has_sis"));
                    if (sis == null) {
                        errors.add(
                                new RowError(
                                        line,
                                        "has_sis",
                                        "expected true/false, yes/no, 是/否 or 1/0, got '"
                                                + f.get("has_sis")
                                                + "'"));
                    }
                    if (!keys.add(f.get("enterprise_id") + "/" + f.get("id"))) {
                        errors.add(
                                new RowError(
                                        line,
                                        "id",
                                        "duplicate installation "
                                                + f.get("id")
                                                + " of "
                                                + f.get("enterprise_id")
                                                + " in this file"));
                    }
                    if (errors.size() == before) {
                        rows.add(
                                new Installation(
                                        f.get("id"),
                                        f.get("enterprise_id"),
                                        f.get("unit_id"),
                                        f.get("kind"),
                                        f.get("chemical_cas"),
                                        capacity,
                                        pressure,
                                        temperature,
                                        sis));
                    }
                });
        return new ImportResult<>(rows, errors);
    }

    private interface RowHandler {
        void row(int line, Map<String, String> fields);
    }

    private static void forEachRow(
            List<String> lines, List<String> columns, List<RowError> errors, RowHandler h) {
        List<String> header = null;
        int headerLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw =
                    i == 0 && lines.get(i).startsWith("\uFEFF")
                            ? lines.get(i).substring(1)
                            : lines.get(i);
            if (raw.isBlank()) {
                continue;
            }
            List<String> cells =
                    CsvRows.split(raw).stream().map(String::trim).map(CsvCells::restore).toList();
            if (header == null) {
                header = cells;
                headerLine = i + 1;
                for (String c : columns) {
                    if (!header.contains(c)) {
                        errors.add(
                                new RowError(
                                        headerLine,
                                        c,
                                        "missing column; expected header " + columns));
                    }
                }
                if (!errors.isEmpty()) {
                    return;
                }
                continue;
            }
            if (cells.size() != header.size()) {
                errors.add(
                        new RowError(
                                i + 1,
                                "",
                                cells.size()
                                        + " fields, header line "
                                        + headerLine
                                        + " has "
                                        + header.size()
                                        + " (quote fields that contain commas)"));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                fields.put(header.get(c), cells.get(c));
            }
            h.row(i + 1, fields);
        }
        if (header == null) {
            errors.add(new RowError(1, "", "empty file: expected a header " + columns));
        }
    }

    private static double number(
            Map<String, String> f, String column, int line, List<RowError> errors) {
        try {
            double v = Double.parseDouble(f.get(column));
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new RowError(line, column, "not a number: '" + f.get(column) + "'"));
        return Double.NaN;
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "是", "有" -> Boolean.TRUE;
            case "false", "no", "0", "否", "无" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Record field name → CSV column name (creditCode → credit_code). */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
