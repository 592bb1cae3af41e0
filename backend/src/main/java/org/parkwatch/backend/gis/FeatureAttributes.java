package org.parkwatch.backend.gis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A feature's properties as plain Java values (text, numbers, booleans, lists and nested maps),
 * read once from the stored JSON by {@link FeatureAttributesJson}. Typed accessors answer the
 * fallback for an absent or null property, so capabilities read what they need without a JSON
 * library.
 */
public final class FeatureAttributes {
    public static final FeatureAttributes EMPTY = new FeatureAttributes(Map.of());

    private final Map<String, Object> values;

    /**
     * @param values property values: String, Number, Boolean, List or Map (nested the same way);
     *     null allowed
     */
    public FeatureAttributes(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Whether the property is present and not null. */
    public boolean has(String name) {
        return values.get(name) != null;
    }

    /** A scalar property as text; empty when absent, null, a list or an object. */
    public Optional<String> text(String name) {
        Object v = values.get(name);
        if (v == null || v instanceof Map || v instanceof List) return Optional.empty();
        return Optional.of(v.toString());
    }

    public String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    /** A number, or a text that reads as one; the fallback otherwise. */
    public double number(String name, double fallback) {
        Object v = values.get(name);
        if (v instanceof Number n) return n.doubleValue();
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /**
     * A whole number (a fractional one truncated), or a text that reads as one; the fallback
     * otherwise.
     */
    public int integer(String name, int fallback) {
        Object v = values.get(name);
        if (v instanceof Number n) return n.intValue();
        double d = number(name, Double.NaN);
        return Double.isNaN(d) ? fallback : (int) d;
    }

    /** A boolean, or the text {@code true}/{@code false}; the fallback otherwise. */
    public boolean bool(String name, boolean fallback) {
        Object v = values.get(name);
        if (v instanceof Boolean b) return b;
        if ("true".equals(v)) return true;
        if ("false".equals(v)) return false;
        return fallback;
    }

    /** The scalar entries of a list property as text; empty when the property is not a list. */
    public List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        if (values.get(name) instanceof List<?> list) {
            for (Object o : list) {
                if (o != null && !(o instanceof Map) && !(o instanceof List)) out.add(o.toString());
            }
        }
        return out;
    }

    /** Every property, as plain Java values. */
    public Map<String, Object> asMap() {
        return values;
    }
}
