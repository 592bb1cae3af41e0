package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The disposal cards of {@code hazard/disposal-cards.json}, by CAS number or chemical id. Where two cards share a
 * CAS number (anhydrous hydrogen chloride and hydrochloric acid) lookup by CAS returns the first in the file.
 */
public final class DisposalCards {

    static final String RESOURCE = "hazard/disposal-cards.json";

    private final List<DisposalCard> cards;
    private final Map<String, DisposalCard> byCas = new LinkedHashMap<>();
    private final Map<String, DisposalCard> byId = new LinkedHashMap<>();

    DisposalCards(List<DisposalCard> cards) {
        this.cards = List.copyOf(cards);
        cards.forEach(c -> {
            byCas.putIfAbsent(c.cas(), c);
            if (byId.put(c.chemicalId(), c) != null) {
                throw new IllegalStateException(RESOURCE + ": two cards for " + c.chemicalId());
            }
        });
    }

    /** Loads the cards from the classpath; fails naming the card index when one is malformed. */
    public static DisposalCards loadDefault() {
        try (InputStream in = DisposalCards.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            JsonNode arr = new ObjectMapper().readTree(in).path("cards");
            List<DisposalCard> list = new ArrayList<>();
            for (int i = 0; i < arr.size(); i++) {
                try {
                    list.add(card(arr.get(i)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(RESOURCE + ": cards[" + i + "]: " + e.getMessage(), e);
                }
            }
            return new DisposalCards(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<DisposalCard> all() {
        return cards;
    }

    public Optional<DisposalCard> byCas(String cas) {
        return Optional.ofNullable(byCas.get(cas == null ? "" : cas.trim()));
    }

    /** The card of a chemical of {@code chemicals.json}, by its id. */
    public Optional<DisposalCard> byChemicalId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private static DisposalCard card(JsonNode n) {
        JsonNode iso = n.path("isolation");
        JsonNode note = iso.path("largeSpillNote");
        DisposalCard.Isolation isolation = new DisposalCard.Isolation(intOrNull(iso, "immediatePrecautionM"),
                intOrNull(iso, "fireIsolationM"), intOrNull(iso, "largeSpillDownwindEvacuationM"),
                spill(iso.path("smallSpill")), spill(iso.path("largeSpill")),
                note.path("zh").asText(null), note.path("en").asText(null), required(iso, "source"));
        return new DisposalCard(required(n, "chemicalId"), required(n, "cas"), required(n, "unNumber"),
                required(n, "ergGuide"), text(n.path("zh")), text(n.path("en")), isolation);
    }

    private static DisposalCard.Text text(JsonNode t) {
        return new DisposalCard.Text(required(t, "name"), lines(t, "hazards"), lines(t, "protectiveEquipment"),
                lines(t, "fireFighting"), lines(t, "spill"), lines(t, "firstAid"));
    }

    private static List<String> lines(JsonNode t, String field) {
        JsonNode arr = t.path(field);
        if (!arr.isArray() || arr.isEmpty()) {
            throw new IllegalStateException(field + " must be a non-empty list");
        }
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static DisposalCard.Spill spill(JsonNode s) {
        if (s.isMissingNode() || s.isNull()) {
            return null;
        }
        return new DisposalCard.Spill(s.path("isolationM").asInt(), s.path("protectDayKm").asDouble(),
                s.path("protectNightKm").asDouble());
    }

    private static Integer intOrNull(JsonNode n, String field) {
        return n.path(field).isInt() ? n.get(field).asInt() : null;
    }

    private static String required(JsonNode n, String field) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            throw new IllegalStateException(field + " is missing");
        }
        return v;
    }
}
