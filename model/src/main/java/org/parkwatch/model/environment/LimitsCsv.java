package org.parkwatch.model.environment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a limits file: CSV, UTF-8, one limit a row, header {@code
 * id,medium,pollutant,averaging,min,max,unit,standard,clause,status,note}. Fields may be quoted
 * with {@code "} (a doubled quote inside a quoted field is a quote). Blank lines and lines starting
 * with {@code #} are skipped. The whole file is checked before anything is returned: one bad row
 * refuses the file with a {@link LimitsFileException} naming the line, the row's id and the column.
 */
public final class LimitsCsv {

    static final List<String> HEADER =
            List.of(
                    "id",
                    "medium",
                    "pollutant",
                    "averaging",
                    "min",
                    "max",
                    "unit",
                    "standard",
                    "clause",
                    "status",
                    "note");

    /** The demo park's limits file on the classpath (shipped with gis-data). */
    public static final String DEMO_RESOURCE =
            org.parkwatch.model.park.ParkCatalog.DEMO_RESOURCE_ROOT + "environment/limits.csv";

    private LimitsCsv() {}

    /**
     * The demo park's limits, read and validated.
     *
     * @throws LimitsFileException naming the row of a bad value
     * @throws IllegalStateException when the file is not on the classpath
     */
    public static List<EnvLimit> demo() {
        try (java.io.InputStream in =
                LimitsCsv.class.getClassLoader().getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "limits file " + DEMO_RESOURCE + " is not on the classpath");
            }
            return parse(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                    DEMO_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEMO_RESOURCE, e);
        }
    }

    /** Parses and validates a whole file; {@code fileName} is used in error messages only. */
    public static List<EnvLimit> parse(Reader reader, String fileName) {
        List<EnvLimit> limits = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String text;
            int line = 0;
            boolean header = true;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> fields = fields(text, fileName, line);
                if (header) {
                    if (!fields.equals(HEADER)) {
                        throw new LimitsFileException(
                                fileName,
                                line,
                                "header must be " + String.join(",", HEADER) + " but was " + text);
                    }
                    header = false;
                    continue;
                }
                EnvLimit limit = new Row(fileName, line, fields).limit();
                if (!ids.add(limit.id())) {
                    throw new LimitsFileException(fileName, line, "duplicate id " + limit.id());
                }
                limits.add(limit);
            }
            if (header) {
                throw new LimitsFileException(fileName, line, "no header line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return List.copyOf(limits);
    }

    /** Splits one CSV line into fields (RFC 4180 quoting within the line). */
    static List<String> fields(String text, String fileName, int line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new LimitsFileException(fileName, line, "unterminated quoted field");
        }
        out.add(field.toString().trim());
        return out;
    }

    /** One data row being checked column by column. */
    private record Row(String file, int line, List<String> fields) {

        EnvLimit limit() {
            if (fields.size() != HEADER.size()) {
                throw error("expected " + HEADER.size() + " columns but found " + fields.size());
            }
            String id = text("id");
            Medium medium = parseEnum(Medium.class, "medium");
            Pollutant pollutant = parseEnum(Pollutant.class, "pollutant");
            AveragingPeriod averaging = AveragingPeriod.ofKey(text("averaging"));
            if (averaging == null) {
                throw error(
                        "column averaging: expected one of 1h, 24h, 8h-max, annual, grab but was '"
                                + field("averaging")
                                + "'");
            }
            if (averaging == AveragingPeriod.HOUR_8_DAILY_MAX && pollutant != Pollutant.O3) {
                throw error("column averaging: 8h-max applies to O3 only (GB 3095-2012 Table 1)");
            }
            double min = number("min");
            double max = number("max");
            if (Double.isNaN(min) && Double.isNaN(max)) {
                throw error("columns min and max: at least one bound is required");
            }
            if (!Double.isNaN(min) && !Double.isNaN(max) && min >= max) {
                throw error("columns min and max: min " + min + " must be below max " + max);
            }
            String unit = text("unit");
            if (!medium.units().contains(unit)) {
                throw error(
                        "column unit: "
                                + medium
                                + " takes one of "
                                + medium.units()
                                + " but was '"
                                + unit
                                + "'");
            }
            EnvLimit.Status status = parseEnum(EnvLimit.Status.class, "status");
            return new EnvLimit(
                    id,
                    medium,
                    pollutant,
                    averaging,
                    min,
                    max,
                    unit,
                    text("standard"),
                    text("clause"),
                    status,
                    field("note"));
        }

        private String field(String column) {
            return fields.get(HEADER.indexOf(column));
        }

        private String text(String column) {
            String value = field(column);
            if (value.isEmpty()) {
                throw error("column " + column + " is empty");
            }
            return value;
        }

        private double number(String column) {
            String value = field(column);
            if (value.isEmpty()) {
                return Double.NaN;
            }
            try {
                double d = Double.parseDouble(value);
                if (!(d >= 0) || Double.isInfinite(d)) {
                    throw error(
                            "column "
                                    + column
                                    + ": expected a finite number >= 0 but was '"
                                    + value
                                    + "'");
                }
                return d;
            } catch (NumberFormatException e) {
                throw error("column " + column + ": expected a number but was '" + value + "'");
            }
        }

        private <E extends Enum<E>> E parseEnum(Class<E> type, String column) {
            String value = text(column);
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                throw error(
                        "column "
                                + column
                                + ": expected one of "
                                + names
                                + " but was '"
                                + value
                                + "'");
            }
        }

        private LimitsFileException error(String message) {
            String id =
                    fields.isEmpty() || fields.get(0).isEmpty()
                            ? ""
                            : "row " + fields.get(0) + ", ";
            return new LimitsFileException(file, line, id + message);
        }
    }
}
