package org.parkwatch.backend.hazard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The disposal cards of {@code hazard/disposal-cards.json}, by CAS number or chemical id. Where two
 * cards share a CAS number (anhydrous hydrogen chloride and hydrochloric acid) lookup by CAS
 * returns the first in the file.
 */
public final class DisposalCards {

    static final String RESOURCE = "hazard/disposal-cards.json";

    private final List<DisposalCard> cards;
    private final Map<String, DisposalCard> byCas = new LinkedHashMap<>();
    private final Map<String, DisposalCard> byId = new LinkedHashMap<>();

    DisposalCards(List<DisposalCard> cards) {
        this.cards = List.copyOf(cards);
        cards.forEach(
                c -> {
                    byCas.putIfAbsent(c.cas(), c);
                    if (byId.put(c.chemicalId(), c) != null) {
                        throw new IllegalStateException(
                                RESOURCE + ": two cards for " + c.chemicalId());
                    }
                });
    }

    /** Loads the cards from the classpath; fails naming the card index when one is malformed. */
    public static DisposalCards loadDefault() {
        return new DisposalCards(DisposalCardJson.readDefault());
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
}
