package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.consequence.ToxicChemical;
import org.parkwatch.model.consequence.ToxicChemicals;

/**
 * Maps one entry of {@code hazard/chemicals.json} to a {@link ChemicalRecord}, adding the chemical's toxic levels
 * from the model's {@link ToxicChemicals} (the file itself may not hold any, so there is one source).
 */
final class ChemicalJson {

    private ChemicalJson() {
    }

    static ChemicalRecord record(JsonNode n) {
        JsonNode gb = n.path("gb18218");
        JsonNode f = n.path("flags");
        RegulatoryFlags flags = new RegulatoryFlags(f.path("highlyToxic").asBoolean(),
                f.path("explosivePrecursor").asBoolean(), f.path("keySupervised").asBoolean(),
                f.path("prohibitedRestrictedControlled").asBoolean(), text(f, "source"));
        List<GhsClass> ghs = new ArrayList<>();
        n.path("ghs").forEach(g -> ghs.add(new GhsClass(text(g, "zh"), text(g, "en"))));
        Map<String, SourcedValue> props = new LinkedHashMap<>();
        n.path("properties").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            if (!p.path("value").isNumber()) {
                throw new IllegalStateException("properties." + e.getKey() + ".value is not a number");
            }
            if (e.getKey().startsWith("erpg") || e.getKey().startsWith("aegl")) {
                throw new IllegalStateException("properties." + e.getKey() + ": toxic levels come from the model's "
                        + "ToxicChemicals, the one source of ERPG/AEGL values; remove it here");
            }
            props.put(e.getKey(), new SourcedValue(p.get("value").asDouble(), text(p, "unit"),
                    required(p, "source", "properties." + e.getKey()), text(p, "note")));
        });
        ToxicChemicals.byCatalogueId(text(n, "id")).ifPresent(t -> addToxicLevels(props, t));
        return new ChemicalRecord(required(n, "id", ""), required(n, "cas", ""), strings(n.path("otherCas")),
                required(n, "nameZh", ""), required(n, "nameEn", ""), strings(n.path("synonyms")),
                n.path("unNumber").isTextual() ? n.get("unNumber").asText() : null,
                gb.path("table1Seq").isInt() ? gb.get("table1Seq").asInt() : null,
                strings(gb.path("classes")), text(gb, "note"), ghs, flags, props);
    }

    /** ERPG and AEGL-60 min levels of the model's {@link ToxicChemicals} as {@code erpg1Ppm} … {@code aegl3Ppm60min}. */
    private static void addToxicLevels(Map<String, SourcedValue> props, ToxicChemical t) {
        for (ToxicChemical.Level l : t.erpg()) {
            props.put("erpg" + l.id().substring(5) + "Ppm", new SourcedValue(l.ppm(), "ppm",
                    l.source() + " " + l.status(), ""));
        }
        for (ToxicChemical.Level l : t.aegl()) {
            props.put("aegl" + l.id().substring(5) + "Ppm60min", new SourcedValue(l.ppm(), "ppm",
                    l.source() + " " + l.status(), "60 min"));
        }
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isTextual() ? n.get(field).asText() : "";
    }

    private static String required(JsonNode n, String field, String path) {
        String v = text(n, field);
        if (v.isBlank()) {
            throw new IllegalStateException((path.isEmpty() ? "" : path + ".") + field + " is missing");
        }
        return v;
    }
}
