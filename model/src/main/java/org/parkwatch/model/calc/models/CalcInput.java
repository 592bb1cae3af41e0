package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.parkwatch.model.calc.CalcInputException;

/**
 * Reads calculator input fields with messages that name the field. Remembers every field it was
 * asked about, so {@link #rejectUnknown()} can refuse misspelt fields instead of silently ignoring
 * them.
 */
public final class CalcInput {

    private final JsonNode node;
    private final Set<String> known = new LinkedHashSet<>();

    public CalcInput(JsonNode node) throws CalcInputException {
        if (node == null || !node.isObject()) {
            throw new CalcInputException("(input)", "must be a JSON object");
        }
        this.node = node;
    }

    /** True when the field is present and not null. */
    public boolean has(String field) {
        known.add(field);
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A required finite number. */
    public double number(String field) throws CalcInputException {
        if (!has(field)) {
            throw new CalcInputException(field, "is required");
        }
        JsonNode v = node.get(field);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new CalcInputException(field, "must be a number but was " + v);
        }
        return v.asDouble();
    }

    /** An optional number with a default. */
    public double number(String field, double defaultValue) throws CalcInputException {
        return has(field) ? number(field) : defaultValue;
    }

    /** A required number &gt; 0. */
    public double positive(String field) throws CalcInputException {
        return checkPositive(field, number(field));
    }

    /** An optional number &gt; 0 with a default. */
    public double positive(String field, double defaultValue) throws CalcInputException {
        return has(field) ? positive(field) : defaultValue;
    }

    /** A required number ≥ 0. */
    public double nonNegative(String field) throws CalcInputException {
        double v = number(field);
        if (v < 0) {
            throw new CalcInputException(field, "must be >= 0 but was " + v);
        }
        return v;
    }

    /** An optional number ≥ 0 with a default. */
    public double nonNegative(String field, double defaultValue) throws CalcInputException {
        return has(field) ? nonNegative(field) : defaultValue;
    }

    /** An optional number in [min, max] with a default. */
    public double between(String field, double min, double max, double defaultValue)
            throws CalcInputException {
        if (!has(field)) {
            return defaultValue;
        }
        double v = number(field);
        if (v < min || v > max) {
            throw new CalcInputException(
                    field, "must be between " + min + " and " + max + " but was " + v);
        }
        return v;
    }

    private static double checkPositive(String field, double v) throws CalcInputException {
        if (!(v > 0)) {
            throw new CalcInputException(field, "must be > 0 but was " + v);
        }
        return v;
    }

    /** A required string. */
    public String text(String field) throws CalcInputException {
        if (!has(field)) {
            throw new CalcInputException(field, "is required");
        }
        JsonNode v = node.get(field);
        if (!v.isTextual()) {
            throw new CalcInputException(field, "must be a string but was " + v);
        }
        return v.asText();
    }

    /** An optional string with a default. */
    public String text(String field, String defaultValue) throws CalcInputException {
        return has(field) ? text(field) : defaultValue;
    }

    /** A required boolean. */
    public boolean flag(String field, boolean defaultValue) throws CalcInputException {
        if (!has(field)) {
            return defaultValue;
        }
        JsonNode v = node.get(field);
        if (!v.isBoolean()) {
            throw new CalcInputException(field, "must be true or false but was " + v);
        }
        return v.asBoolean();
    }

    /**
     * A string parsed by {@code parser}; its IllegalArgumentException becomes a message naming the
     * field.
     */
    public <T> T parsed(String field, String defaultValue, Function<String, T> parser)
            throws CalcInputException {
        String raw = defaultValue == null ? text(field) : text(field, defaultValue);
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new CalcInputException(field, e.getMessage());
        }
    }

    /** Exactly one of two alternative fields must be present; returns true when it is the first. */
    public boolean oneOf(String first, String second) throws CalcInputException {
        boolean a = has(first);
        boolean b = has(second);
        if (a == b) {
            throw new CalcInputException(
                    a ? second : first,
                    a
                            ? "give either " + first + " or " + second + ", not both"
                            : "one of " + first + " or " + second + " is required");
        }
        return a;
    }

    /** Fails on the first field the model never asked about. */
    public void rejectUnknown() throws CalcInputException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new CalcInputException(name, "unknown field; expected one of " + known);
            }
        }
    }
}
