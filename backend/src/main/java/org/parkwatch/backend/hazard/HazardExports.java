package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.backend.hazard.registry.Activity;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.platform.http.CsvCells;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The export files of docs/exports.md: the major hazard database as CSV (UTF-8 with a byte order mark so Excel reads
 * the Chinese) and as GeoJSON (units with their grade, EPSG:4326, opens in QGIS), and the registry's enterprises as
 * CSV in exactly the import format, so an export can be edited and imported again. Cells go through
 * {@link CsvCells} (quoting, formula injection neutralised). Pure text building.
 */
public final class HazardExports {
    /** UTF-8 byte order mark: Excel guesses the code page without it and garbles Chinese. */
    public static final String BOM = "\uFEFF";
    public static final List<String> HAZARD_COLUMNS = List.of("unit_id", "unit_name_zh", "unit_name_en",
            "enterprise_id", "enterprise_name_zh", "unit_type", "major_hazard", "s", "r", "level", "s_static",
            "r_static", "level_static", "alpha", "exposed_people", "coverage_percent");
    /** Same columns as {@code RegistryCsvImport}'s enterprise file. */
    public static final List<String> ENTERPRISE_COLUMNS =
            List.of("id", "name_zh", "name_en", "credit_code", "address", "activities");

    private HazardExports() {
    }

    /** @param summaries unit summaries as {@link HazardJson#summary} writes them */
    public static String hazardsCsv(List<ObjectNode> summaries) {
        StringBuilder out = new StringBuilder(BOM).append(String.join(",", HAZARD_COLUMNS)).append("\r\n");
        for (ObjectNode u : summaries) {
            JsonNode st = u.path("static");
            row(out, List.of(u.path("id").asText(), u.path("nameZh").asText(), u.path("nameEn").asText(),
                    u.path("enterpriseId").asText(), u.path("enterpriseNameZh").asText(), u.path("unitType").asText(),
                    String.valueOf(u.path("isMajorHazard").asBoolean()), number(u.path("s")), number(u.path("r")),
                    number(u.path("level")), number(st.path("s")), number(st.path("r")), number(st.path("level")),
                    number(u.path("alpha")), number(u.path("exposedPeople")),
                    number(u.path("coverage").path("percent"))));
        }
        return out.toString();
    }

    /**
     * A FeatureCollection of the units: geometry = unit boundary, properties = the summary's flat fields
     * ({@code s, r, level, static_s, static_level, …}); nested objects are flattened with an underscore.
     */
    public static String hazardsGeoJson(List<ObjectNode> summaries, java.util.function.Function<String, JsonNode> geometry) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode fc = f.objectNode().put("type", "FeatureCollection");
        fc.putObject("crs").put("type", "name").putObject("properties")
                .put("name", "urn:ogc:def:crs:OGC:1.3:CRS84");
        ArrayNode features = fc.putArray("features");
        for (ObjectNode u : summaries) {
            ObjectNode feature = features.addObject().put("type", "Feature").put("id", u.path("id").asText());
            feature.set("geometry", geometry.apply(u.path("id").asText()));
            ObjectNode props = feature.putObject("properties");
            u.fields().forEachRemaining(e -> flatten(props, e.getKey(), e.getValue()));
        }
        return fc.toString();
    }

    public static String registryCsv(List<Enterprise> enterprises) {
        StringBuilder out = new StringBuilder(BOM).append(String.join(",", ENTERPRISE_COLUMNS)).append("\r\n");
        for (Enterprise e : enterprises) {
            String activities = e.activities().stream().sorted().map(HazardExports::activityId)
                    .collect(Collectors.joining(";"));
            row(out, List.of(e.id(), e.nameZh(), e.nameEn() == null ? "" : e.nameEn(), e.creditCode(),
                    e.address(), activities));
        }
        return out.toString();
    }

    private static void flatten(ObjectNode props, String key, JsonNode v) {
        if (v.isObject()) {
            v.fields().forEachRemaining(e -> flatten(props, key + "_" + e.getKey(), e.getValue()));
        } else {
            props.set(key, v);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        CsvCells.row(out, cells);
    }

    /** Plain decimal without exponent or trailing zeros; empty for null. */
    static String number(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "";
        return BigDecimal.valueOf(n.asDouble()).stripTrailingZeros().toPlainString();
    }

    /** An activity as the CSV writes it: the enum name in lower case ({@code production}). */
    static String activityId(Activity a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}
