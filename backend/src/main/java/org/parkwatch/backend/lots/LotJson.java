package org.parkwatch.backend.lots;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.security.AuditChain;

/**
 * JSON of the lot API: requests into {@link LotEvent}s, lots, events, balances and chain checks.
 */
final class LotJson {
    private LotJson() {}

    /**
     * A filed event (seq 0) from a request body; who and when come from the caller.
     *
     * @param kind the kind the route implies, or null to read {@code kind} from the body
     * @param labelId the path's label, or null to read {@code labelId} from the body
     */
    static LotEvent event(
            JsonObject b,
            LotEventKind kind,
            String labelId,
            long tsMs,
            String username,
            String role) {
        LotEventKind k = kind != null ? kind : LotEventKind.parse(text(b, "kind", true));
        return new LotEvent(
                0,
                tsMs,
                username,
                role,
                k,
                labelId != null ? labelId : text(b, "labelId", true),
                text(b, "enterpriseId", false),
                text(b, "cas", false),
                quantity(b, k),
                text(b, "locationId", false),
                text(b, "counterparty", false),
                text(b, "note", false));
    }

    private static double quantity(JsonObject b, LotEventKind k) {
        Object v = b.getValue("quantityKg");
        if (v == null) {
            if (k == LotEventKind.TRANSFER) return 0;
            throw new IllegalArgumentException("quantityKg is required (kg, a number)");
        }
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(
                    "quantityKg must be a number of kg, got '" + v + "'");
        }
        return n.doubleValue();
    }

    private static String text(JsonObject b, String field, boolean required) {
        Object v = b.getValue(field);
        if (v == null || v.toString().isBlank()) {
            if (required) throw new IllegalArgumentException(field + " is required");
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(field + " must be text, got " + v);
        }
        return s.trim();
    }

    static JsonObject lot(LotLedger.LotState s, Function<String, Optional<ChemicalRecord>> chem) {
        JsonObject o =
                new JsonObject()
                        .put("labelId", s.labelId())
                        .put("enterpriseId", s.enterpriseId())
                        .put("cas", s.cas());
        chemical(o, s.cas(), chem);
        o.put("locationId", s.locationId())
                .put("receivedKg", kg(s.receivedKg()))
                .put("dispatchedKg", kg(s.dispatchedKg()))
                .put("usedKg", kg(s.usedKg()))
                .put("disposedKg", kg(s.disposedKg()))
                .put("stockKg", kg(s.stockKg()))
                .put("declaredKg", s.declaredKg() == null ? null : kg(s.declaredKg()))
                .put("lastEventMs", s.lastEventMs())
                .put("discrepancies", discrepancies(s.discrepancies()));
        return o;
    }

    static JsonObject event(LotEvent e) {
        return new JsonObject()
                .put("seq", e.seq())
                .put("tsMs", e.tsMs())
                .put("kind", e.kind().id())
                .put("labelId", e.labelId())
                .put("enterpriseId", e.enterpriseId())
                .put("cas", e.cas())
                .put("quantityKg", kg(e.quantityKg()))
                .put("locationId", e.locationId())
                .put("counterparty", e.counterparty())
                .put("note", e.note())
                .put("username", e.username());
    }

    static JsonObject balance(
            LotLedger.Balance b, Function<String, Optional<ChemicalRecord>> chem) {
        JsonObject o = new JsonObject().put("enterpriseId", b.enterpriseId()).put("cas", b.cas());
        chemical(o, b.cas(), chem);
        return o.put("lots", b.lots())
                .put("inKg", kg(b.inKg()))
                .put("outKg", kg(b.outKg()))
                .put("usedKg", kg(b.usedKg()))
                .put("disposedKg", kg(b.disposedKg()))
                .put("stockKg", kg(b.stockKg()))
                .put("declaredKg", b.declaredKg() == null ? null : kg(b.declaredKg()))
                .put("discrepancy", !b.discrepancies().isEmpty())
                .put("discrepancies", discrepancies(b.discrepancies()));
    }

    static JsonObject verify(Map<String, AuditChain.Verifier> chains) {
        JsonArray list = new JsonArray();
        boolean ok = true;
        for (Map.Entry<String, AuditChain.Verifier> e : chains.entrySet()) {
            AuditChain.Verifier v = e.getValue();
            ok &= v.ok();
            list.add(
                    new JsonObject()
                            .put("enterpriseId", e.getKey())
                            .put("ok", v.ok())
                            .put("records", v.records())
                            .put("firstBadSeq", v.firstBadSeq())
                            .put("truncated", v.truncated()));
        }
        return new JsonObject().put("ok", ok).put("chains", list);
    }

    static JsonArray chemicals(List<ChemicalRecord> listed) {
        JsonArray out = new JsonArray();
        for (ChemicalRecord c : listed) {
            out.add(
                    new JsonObject()
                            .put("cas", c.cas())
                            .put("nameZh", c.nameZh())
                            .put("nameEn", c.nameEn())
                            .put("highlyToxic", c.flags().highlyToxic())
                            .put("explosivePrecursor", c.flags().explosivePrecursor())
                            .put("source", c.flags().source()));
        }
        return out;
    }

    private static void chemical(
            JsonObject o, String cas, Function<String, Optional<ChemicalRecord>> chem) {
        chem.apply(cas)
                .ifPresent(
                        c ->
                                o.put("nameZh", c.nameZh())
                                        .put("nameEn", c.nameEn())
                                        .put("highlyToxic", c.flags().highlyToxic())
                                        .put("explosivePrecursor", c.flags().explosivePrecursor()));
    }

    private static JsonArray discrepancies(List<LotLedger.Discrepancy> list) {
        JsonArray out = new JsonArray();
        for (LotLedger.Discrepancy d : list) {
            out.add(
                    new JsonObject()
                            .put("labelId", d.labelId())
                            .put("kind", d.kind().name())
                            .put("expectedKg", kg(d.expectedKg()))
                            .put("foundKg", kg(d.foundKg()))
                            .put("atMs", d.atMs()));
        }
        return out;
    }

    /** kg to the gram, without binary noise. */
    private static double kg(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
