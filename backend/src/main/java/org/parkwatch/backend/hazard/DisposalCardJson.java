package org.parkwatch.backend.hazard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON of the disposal cards: reads {@code hazard/disposal-cards.json}, writes a card for the
 * chemical API.
 */
final class DisposalCardJson {

    private DisposalCardJson() {}

    /** The cards of the classpath file; fails naming the card index when one is malformed. */
    static List<DisposalCard> readDefault() {
        JsonArray arr =
                ChemicalJson.array(ChemicalJson.resource(DisposalCards.RESOURCE).getValue("cards"));
        List<DisposalCard> list = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            try {
                list.add(card(ChemicalJson.object(arr.getValue(i))));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        DisposalCards.RESOURCE + ": cards[" + i + "]: " + e.getMessage(), e);
            }
        }
        return list;
    }

    static DisposalCard card(JsonObject n) {
        JsonObject iso = ChemicalJson.object(n.getValue("isolation"));
        JsonObject note = ChemicalJson.object(iso.getValue("largeSpillNote"));
        DisposalCard.Isolation isolation =
                new DisposalCard.Isolation(
                        intOrNull(iso, "immediatePrecautionM"),
                        intOrNull(iso, "fireIsolationM"),
                        intOrNull(iso, "largeSpillDownwindEvacuationM"),
                        spill(iso.getValue("smallSpill")),
                        spill(iso.getValue("largeSpill")),
                        textOrNull(note, "zh"),
                        textOrNull(note, "en"),
                        required(iso, "source"));
        return new DisposalCard(
                required(n, "chemicalId"),
                required(n, "cas"),
                required(n, "unNumber"),
                required(n, "ergGuide"),
                text(ChemicalJson.object(n.getValue("zh"))),
                text(ChemicalJson.object(n.getValue("en"))),
                isolation);
    }

    /** Every field of the card, named as the records name them. */
    static JsonObject card(DisposalCard d) {
        DisposalCard.Isolation i = d.isolation();
        return new JsonObject()
                .put("chemicalId", d.chemicalId())
                .put("cas", d.cas())
                .put("unNumber", d.unNumber())
                .put("ergGuide", d.ergGuide())
                .put("zh", text(d.zh()))
                .put("en", text(d.en()))
                .put(
                        "isolation",
                        new JsonObject()
                                .put("immediatePrecautionM", i.immediatePrecautionM())
                                .put("fireIsolationM", i.fireIsolationM())
                                .put(
                                        "largeSpillDownwindEvacuationM",
                                        i.largeSpillDownwindEvacuationM())
                                .put("smallSpill", spill(i.smallSpill()))
                                .put("largeSpill", spill(i.largeSpill()))
                                .put("largeSpillNoteZh", i.largeSpillNoteZh())
                                .put("largeSpillNoteEn", i.largeSpillNoteEn())
                                .put("source", i.source()));
    }

    private static JsonObject text(DisposalCard.Text t) {
        return new JsonObject()
                .put("name", t.name())
                .put("hazards", new JsonArray(t.hazards()))
                .put("protectiveEquipment", new JsonArray(t.protectiveEquipment()))
                .put("fireFighting", new JsonArray(t.fireFighting()))
                .put("spill", new JsonArray(t.spill()))
                .put("firstAid", new JsonArray(t.firstAid()));
    }

    private static JsonObject spill(DisposalCard.Spill s) {
        return s == null
                ? null
                : new JsonObject()
                        .put("isolationM", s.isolationM())
                        .put("protectDayKm", s.protectDayKm())
                        .put("protectNightKm", s.protectNightKm());
    }

    private static DisposalCard.Text text(JsonObject t) {
        return new DisposalCard.Text(
                required(t, "name"),
                lines(t, "hazards"),
                lines(t, "protectiveEquipment"),
                lines(t, "fireFighting"),
                lines(t, "spill"),
                lines(t, "firstAid"));
    }

    private static List<String> lines(JsonObject t, String field) {
        if (!(t.getValue(field) instanceof JsonArray arr) || arr.isEmpty()) {
            throw new IllegalStateException(field + " must be a non-empty list");
        }
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(String.valueOf(x)));
        return out;
    }

    private static DisposalCard.Spill spill(Object v) {
        if (!(v instanceof JsonObject s)) {
            return null;
        }
        return new DisposalCard.Spill(
                number(s, "isolationM").intValue(),
                number(s, "protectDayKm").doubleValue(),
                number(s, "protectNightKm").doubleValue());
    }

    private static Number number(JsonObject o, String field) {
        return o.getValue(field) instanceof Number n ? n : Integer.valueOf(0);
    }

    private static Integer intOrNull(JsonObject n, String field) {
        return n.getValue(field) instanceof Integer i ? i : null;
    }

    private static String textOrNull(JsonObject n, String field) {
        Object v = n.getValue(field);
        return v == null || v instanceof JsonObject || v instanceof JsonArray ? null : v.toString();
    }

    private static String required(JsonObject n, String field) {
        String v = textOrNull(n, field);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(field + " is missing");
        }
        return v;
    }
}
