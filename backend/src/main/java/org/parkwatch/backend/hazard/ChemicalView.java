package org.parkwatch.backend.hazard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON of the chemical API: a short entry per chemical for lists and search ({@code GET /api/chemicals}), and the
 * full record with its GB 18218 Q and β and its disposal card ({@code GET /api/chemicals/:cas}).
 */
final class ChemicalView {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChemicalView() {
    }

    static ObjectNode summary(ChemicalRecord c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id()).put("cas", c.cas()).put("nameZh", c.nameZh()).put("nameEn", c.nameEn())
                .put("unNumber", c.unNumber());
        c.synonyms().forEach(o.putArray("synonyms")::add);
        o.set("flags", MAPPER.valueToTree(c.flags()));
        return o;
    }

    static ObjectNode detail(ChemicalRecord c, ChemicalResolver resolver, DisposalCards cards) {
        ObjectNode o = MAPPER.valueToTree(c);
        ObjectNode gb = o.putObject("gb18218");
        try {
            ResolvedChemical r = resolver.byCas(c.cas());
            gb.put("counts", r.counts()).put("qBasis", r.qBasis()).put("betaBasis", r.betaBasis());
            if (r.criticalQuantityT() == null) gb.putNull("criticalQuantityT");
            else gb.put("criticalQuantityT", r.criticalQuantityT());
            if (r.beta() == null) gb.putNull("beta");
            else gb.put("beta", r.beta());
        } catch (ChemicalLookupException e) {
            gb.put("error", e.getMessage());
        }
        cards.byCas(c.cas()).or(() -> cards.byChemicalId(c.id()))
                .ifPresentOrElse(card -> o.set("disposalCard", MAPPER.valueToTree(card)), () -> o.putNull("disposalCard"));
        return o;
    }
}
