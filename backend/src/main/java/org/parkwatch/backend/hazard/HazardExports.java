package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parkwatch.backend.hazard.registry.Activity;
import org.parkwatch.backend.hazard.registry.Enterprise;
import org.parkwatch.backend.platform.http.CsvCells;

/**
 * The export files of docs/exports.md: the major hazard database as CSV (UTF-8 with a byte order
 * mark so Excel reads the Chinese) and as GeoJSON (units with their grade, EPSG:4326, opens in
 * QGIS), and the registry's enterprises as CSV in exactly the import format, so an export can be
 * edited and imported again. Cells go through {@link CsvCells} (quoting, formula injection
 * neutralised). Pure text building.
 */
public final class HazardExports {
    /** UTF-8 byte order mark: Excel guesses the code page without it and garbles Chinese. */
    public static final String BOM = "\uFEFF";

    public static final List<String> HAZARD_COLUMNS =
            List.of(
                    "unit_id",
                    "unit_name_zh",
                    "unit_name_en",
                    "enterprise_id",
                    "enterprise_name_zh",
                    "unit_type",
                    "major_hazard",
                    "s",
                    "r",
                    "level",
                    "s_static",
                    "r_static",
                    "level_static",
                    "alpha",
                    "exposed_people",
                    "coverage_percent");

    /** Same columns as {@code RegistryCsvImport}'s enterprise file. */
    public static final List<String> ENTERPRISE_COLUMNS =
            List.of("id", "name_zh", "name_en", "credit_code", "address", "activities");

    private HazardExports() {}

    /**
     * @param summaries unit summaries ({@link HazardSummaries})
     */
    public static String hazardsCsv(List<UnitSummary> summaries) {
        StringBuilder out =
                new StringBuilder(BOM).append(String.join(",", HAZARD_COLUMNS)).append("\r\n");
        for (UnitSummary u : summaries) {
            GradingResult live = u.liveGrade();
            GradingResult st = u.staticGrade();
            row(
                    out,
                    List.of(
                            u.id(),
                            u.unit().nameZh(),
                            u.unit().nameEn(),
                            u.enterpriseId(),
                            u.enterpriseNameZh(),
                            u.unit().unitType(),
                            String.valueOf(u.majorHazard()),
                            number(live.s()),
                            number(live.r()),
                            number(live.level()),
                            number(st.s()),
                            number(st.r()),
                            number(st.level()),
                            number(live.alpha()),
                            number(live.exposedPeople()),
                            number(u.coverage().percent())));
        }
        return out.toString();
    }

    /**
     * A FeatureCollection of the units: geometry = unit boundary, properties = the summary's flat
     * fields ({@code s, r, level, static_s, static_level, …}); nested objects are flattened with an
     * underscore.
     */
    public static String hazardsGeoJson(List<UnitSummary> summaries) {
        JsonObject fc = new JsonObject().put("type", "FeatureCollection");
        fc.put(
                "crs",
                new JsonObject()
                        .put("type", "name")
                        .put(
                                "properties",
                                new JsonObject().put("name", "urn:ogc:def:crs:OGC:1.3:CRS84")));
        JsonArray features = new JsonArray();
        for (UnitSummary u : summaries) {
            String geometry = u.unit().geometryGeoJson();
            JsonObject props = new JsonObject();
            for (Map.Entry<String, Object> e : HazardJson.summary(u))
                flatten(props, e.getKey(), e.getValue());
            features.add(
                    new JsonObject()
                            .put("type", "Feature")
                            .put("id", u.id())
                            .put("geometry", geometry == null ? null : new JsonObject(geometry))
                            .put("properties", props));
        }
        return fc.put("features", features).encode();
    }

    public static String registryCsv(List<Enterprise> enterprises) {
        StringBuilder out =
                new StringBuilder(BOM).append(String.join(",", ENTERPRISE_COLUMNS)).append("\r\n");
        for (Enterprise e : enterprises) {
            String activities =
                    e.activities().stream()
                            .sorted()
                            .map(HazardExports::activityId)
                            .collect(Collectors.joining(";"));
            row(
                    out,
                    List.of(
                            e.id(),
                            e.nameZh(),
                            e.nameEn() == null ? "" : e.nameEn(),
                            e.creditCode(),
                            e.address(),
                            activities));
        }
        return out.toString();
    }

    private static void flatten(JsonObject props, String key, Object v) {
        if (v instanceof JsonObject o) {
            for (Map.Entry<String, Object> e : o)
                flatten(props, key + "_" + e.getKey(), e.getValue());
        } else {
            props.put(key, v);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        CsvCells.row(out, cells);
    }

    /**
     * Plain decimal without exponent or trailing zeros, cleaned of binary noise; empty for null.
     */
    static String number(Number n) {
        if (n == null) return "";
        return BigDecimal.valueOf(GradingJson.clean(n.doubleValue()))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** An activity as the CSV writes it: the enum name in lower case ({@code production}). */
    static String activityId(Activity a) {
        return a.name().toLowerCase(Locale.ROOT);
    }
}
