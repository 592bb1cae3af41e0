package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps one entry of {@code hazard/chemicals.json} to a {@link ChemicalRecord}. */
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
            props.put(e.getKey(), new SourcedValue(p.get("value").asDouble(), text(p, "unit"),
                    required(p, "source", "properties." + e.getKey()), text(p, "note")));
        });
        return new ChemicalRecord(required(n, "id", ""), required(n, "cas", ""), strings(n.path("otherCas")),
                required(n, "nameZh", ""), required(n, "nameEn", ""), strings(n.path("synonyms")),
                n.path("unNumber").isTextual() ? n.get("unNumber").asText() : null,
                gb.path("table1Seq").isInt() ? gb.get("table1Seq").asInt() : null,
                strings(gb.path("classes")), text(gb, "note"), ghs, flags, props);
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
