package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parkwatch.model.consequence.ToxicChemical;
import org.parkwatch.model.consequence.ToxicChemicals;

/**
 * JSON of the chemicals: reads {@code hazard/chemicals.json} into {@link ChemicalRecord}s, and
 * writes the chemical API: a short entry per chemical for lists and search ({@code GET
 * /api/chemicals}), and the full record with its GB 18218 Q and β and its disposal card ({@code GET
 * /api/chemicals/:cas}). Each record gets the chemical's toxic levels from the model's {@link
 * ToxicChemicals} (the file itself holds none, so there is one source).
 */
final class ChemicalJson {

    private ChemicalJson() {}

    /** Reads a classpath resource as one JSON object; fails naming the resource. */
    static JsonObject resource(String name) {
        try (InputStream in = ChemicalJson.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + name);
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * The records of {@code hazard/chemicals.json}; fails naming the record index when one is
     * malformed.
     */
    static List<ChemicalRecord> readDefault() {
        JsonArray arr =
                resource(ChemicalProperties.RESOURCE).getJsonArray("chemicals", new JsonArray());
        List<ChemicalRecord> list = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            try {
                list.add(record(object(arr.getValue(i))));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        ChemicalProperties.RESOURCE + ": chemicals[" + i + "]: " + e.getMessage(),
                        e);
            }
        }
        return list;
    }

    static ChemicalRecord record(JsonObject n) {
        JsonObject gb = object(n.getValue("gb18218"));
        JsonObject f = object(n.getValue("flags"));
        RegulatoryFlags flags =
                new RegulatoryFlags(
                        bool(f, "highlyToxic"),
                        bool(f, "explosivePrecursor"),
                        bool(f, "keySupervised"),
                        bool(f, "prohibitedRestrictedControlled"),
                        text(f, "source"));
        List<GhsClass> ghs = new ArrayList<>();
        for (Object g : array(n.getValue("ghs")))
            ghs.add(new GhsClass(text(object(g), "zh"), text(object(g), "en")));
        Map<String, SourcedValue> props = new LinkedHashMap<>();
        object(n.getValue("properties"))
                .forEach(
                        e -> {
                            JsonObject p = object(e.getValue());
                            if (!(p.getValue("value") instanceof Number value)) {
                                throw new IllegalStateException(
                                        "properties." + e.getKey() + ".value is not a number");
                            }
                            if (e.getKey().startsWith("erpg") || e.getKey().startsWith("aegl")) {
                                throw new IllegalStateException(
                                        "properties."
                                                + e.getKey()
                                                + ": toxic levels come from the model's "
                                                + "ToxicChemicals, the one source of ERPG/AEGL values; remove it here");
                            }
                            props.put(
                                    e.getKey(),
                                    new SourcedValue(
                                            value.doubleValue(),
                                            text(p, "unit"),
                                            required(p, "source", "properties." + e.getKey()),
                                            text(p, "note")));
                        });
        ToxicChemicals.byCatalogueId(text(n, "id")).ifPresent(t -> addToxicLevels(props, t));
        return new ChemicalRecord(
                required(n, "id", ""),
                required(n, "cas", ""),
                strings(n.getValue("otherCas")),
                required(n, "nameZh", ""),
                required(n, "nameEn", ""),
                strings(n.getValue("synonyms")),
                n.getValue("unNumber") instanceof String un ? un : null,
                gb.getValue("table1Seq") instanceof Integer seq ? seq : null,
                strings(gb.getValue("classes")),
                text(gb, "note"),
                ghs,
                flags,
                props);
    }

    /**
     * ERPG and AEGL-60 min levels of {@link ToxicChemicals} as {@code erpg1Ppm} … {@code
     * aegl3Ppm60min}.
     */
    private static void addToxicLevels(Map<String, SourcedValue> props, ToxicChemical t) {
        for (ToxicChemical.Level l : t.erpg()) {
            props.put(
                    "erpg" + l.id().substring(5) + "Ppm",
                    new SourcedValue(l.ppm(), "ppm", l.source() + " " + l.status(), ""));
        }
        for (ToxicChemical.Level l : t.aegl()) {
            props.put(
                    "aegl" + l.id().substring(5) + "Ppm60min",
                    new SourcedValue(l.ppm(), "ppm", l.source() + " " + l.status(), "60 min"));
        }
    }

    /** The short entry of a chemical for lists and search. */
    static JsonObject summary(ChemicalRecord c) {
        return new JsonObject()
                .put("id", c.id())
                .put("cas", c.cas())
                .put("nameZh", c.nameZh())
                .put("nameEn", c.nameEn())
                .put("unNumber", c.unNumber())
                .put("synonyms", new JsonArray(c.synonyms()))
                .put("flags", flags(c.flags()));
    }

    /**
     * The full record with its GB 18218 Q and β (or the lookup error) and its disposal card (or
     * null).
     */
    static JsonObject detail(ChemicalRecord c, ChemicalResolver resolver, DisposalCards cards) {
        JsonObject o = full(c);
        JsonObject gb = new JsonObject();
        try {
            ResolvedChemical r = resolver.byCas(c.cas());
            gb.put("counts", r.counts())
                    .put("qBasis", r.qBasis())
                    .put("betaBasis", r.betaBasis())
                    .put("criticalQuantityT", r.criticalQuantityT())
                    .put("beta", r.beta());
        } catch (ChemicalLookupException e) {
            gb.put("error", e.getMessage());
        }
        o.put("gb18218", gb);
        o.put(
                "disposalCard",
                cards.byCas(c.cas())
                        .or(() -> cards.byChemicalId(c.id()))
                        .map(DisposalCardJson::card)
                        .orElse(null));
        return o;
    }

    /** Every field of the record, named as the record names them. */
    static JsonObject full(ChemicalRecord c) {
        JsonArray ghs = new JsonArray();
        c.ghs().forEach(g -> ghs.add(new JsonObject().put("zh", g.zh()).put("en", g.en())));
        JsonObject props = new JsonObject();
        c.properties()
                .forEach(
                        (k, v) ->
                                props.put(
                                        k,
                                        new JsonObject()
                                                .put("value", v.value())
                                                .put("unit", v.unit())
                                                .put("source", v.source())
                                                .put("note", v.note())));
        return new JsonObject()
                .put("id", c.id())
                .put("cas", c.cas())
                .put("otherCas", new JsonArray(c.otherCas()))
                .put("nameZh", c.nameZh())
                .put("nameEn", c.nameEn())
                .put("synonyms", new JsonArray(c.synonyms()))
                .put("unNumber", c.unNumber())
                .put("table1Seq", c.table1Seq())
                .put("gbClasses", new JsonArray(c.gbClasses()))
                .put("gbNote", c.gbNote())
                .put("ghs", ghs)
                .put("flags", flags(c.flags()))
                .put("properties", props);
    }

    private static JsonObject flags(RegulatoryFlags f) {
        return new JsonObject()
                .put("highlyToxic", f.highlyToxic())
                .put("explosivePrecursor", f.explosivePrecursor())
                .put("keySupervised", f.keySupervised())
                .put("prohibitedRestrictedControlled", f.prohibitedRestrictedControlled())
                .put("source", f.source());
    }

    static JsonObject object(Object v) {
        return v instanceof JsonObject o ? o : new JsonObject();
    }

    static JsonArray array(Object v) {
        return v instanceof JsonArray a ? a : new JsonArray();
    }

    private static boolean bool(JsonObject o, String field) {
        return o.getValue(field) instanceof Boolean b && b;
    }

    private static List<String> strings(Object arr) {
        List<String> out = new ArrayList<>();
        array(arr).forEach(x -> out.add(x == null ? "null" : x.toString()));
        return out;
    }

    private static String text(JsonObject n, String field) {
        return n.getValue(field) instanceof String s ? s : "";
    }

    private static String required(JsonObject n, String field, String path) {
        String v = text(n, field);
        if (v.isBlank()) {
            throw new IllegalStateException(
                    (path.isEmpty() ? "" : path + ".") + field + " is missing");
        }
        return v;
    }
}
