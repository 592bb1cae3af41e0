package org.parkwatch.backend.lots;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays lot events into the state of each lot and the balance of each enterprise and chemical:
 * {@code stock = received − dispatched − used − disposed} (kg), with the discrepancies a regulator
 * asks about: a declared count (stocktake) that differs from the stock computed at that moment, a
 * negative stock, an event for a lot that was never received. Pure; no I/O.
 */
public final class LotLedger {
    /**
     * Largest difference between a declared count and the computed stock that is not a discrepancy,
     * kg: 1 g, the resolution of a platform scale weighing a lot. Project choice, not from a
     * standard [U]; toxic chemicals have no tolerated loss in the 剧毒/易制爆 rules.
     */
    public static final double BALANCE_TOLERANCE_KG = 0.001;

    /** What is wrong. */
    public enum DiscrepancyKind {
        /** A stocktake counted another quantity than the ledger computes. */
        DECLARED_COUNT_DIFFERS,
        /** More went out than came in. */
        NEGATIVE_STOCK,
        /** An event for a label with no receipt before it. */
        NO_RECEIPT
    }

    /**
     * @param expectedKg what the ledger computes; @param foundKg what was declared or is left
     */
    public record Discrepancy(
            String enterpriseId,
            String cas,
            String labelId,
            DiscrepancyKind kind,
            double expectedKg,
            double foundKg,
            long atMs) {}

    /**
     * One lot after its events.
     *
     * @param declaredKg last stocktake's count, null when never counted
     * @param computedAtDeclarationKg stock the ledger computed at that stocktake, null likewise
     */
    public record LotState(
            String labelId,
            String enterpriseId,
            String cas,
            String locationId,
            double receivedKg,
            double dispatchedKg,
            double usedKg,
            double disposedKg,
            Double declaredKg,
            Double computedAtDeclarationKg,
            Long declaredAtMs,
            long lastEventMs,
            boolean received) {

        public double stockKg() {
            return receivedKg - dispatchedKg - usedKg - disposedKg;
        }

        /** What is wrong with the lot now (empty when nothing). */
        public List<Discrepancy> discrepancies() {
            List<Discrepancy> out = new ArrayList<>();
            if (!received) {
                out.add(
                        new Discrepancy(
                                enterpriseId,
                                cas,
                                labelId,
                                DiscrepancyKind.NO_RECEIPT,
                                0,
                                stockKg(),
                                lastEventMs));
            }
            if (stockKg() < -BALANCE_TOLERANCE_KG) {
                out.add(
                        new Discrepancy(
                                enterpriseId,
                                cas,
                                labelId,
                                DiscrepancyKind.NEGATIVE_STOCK,
                                0,
                                stockKg(),
                                lastEventMs));
            }
            if (declaredKg != null
                    && Math.abs(declaredKg - computedAtDeclarationKg) > BALANCE_TOLERANCE_KG) {
                out.add(
                        new Discrepancy(
                                enterpriseId,
                                cas,
                                labelId,
                                DiscrepancyKind.DECLARED_COUNT_DIFFERS,
                                computedAtDeclarationKg,
                                declaredKg,
                                declaredAtMs));
            }
            return out;
        }
    }

    /**
     * One enterprise's balance of one chemical over its lots.
     *
     * @param declaredKg sum of the last counts of the lots that were counted, null when none was
     */
    public record Balance(
            String enterpriseId,
            String cas,
            int lots,
            double inKg,
            double outKg,
            double usedKg,
            double disposedKg,
            Double declaredKg,
            List<Discrepancy> discrepancies) {

        public double stockKg() {
            return inKg - outKg - usedKg - disposedKg;
        }
    }

    private LotLedger() {}

    /**
     * The lots of {@code events} (in chain order per enterprise), by label id, first-seen order.
     */
    public static Map<String, LotState> lots(List<LotEvent> events) {
        Map<String, LotState> out = new LinkedHashMap<>();
        for (LotEvent e : events) out.put(e.labelId(), next(out.get(e.labelId()), e));
        return out;
    }

    /** The lot after {@code e}; {@code s} null for a lot not seen before. */
    public static LotState next(LotState s, LotEvent e) {
        if (s == null) {
            s =
                    new LotState(
                            e.labelId(),
                            e.enterpriseId(),
                            e.cas(),
                            e.locationId(),
                            0,
                            0,
                            0,
                            0,
                            null,
                            null,
                            null,
                            e.tsMs(),
                            false);
        }
        double in = s.receivedKg(),
                out = s.dispatchedKg(),
                used = s.usedKg(),
                gone = s.disposedKg();
        Double declared = s.declaredKg(), computed = s.computedAtDeclarationKg();
        Long declaredAt = s.declaredAtMs();
        boolean received = s.received();
        switch (e.kind()) {
            case RECEIPT -> {
                in += e.quantityKg();
                received = true;
            }
            case DISPATCH -> out += e.quantityKg();
            case USE -> used += e.quantityKg();
            case DISPOSAL -> gone += e.quantityKg();
            case STOCKTAKE -> {
                declared = e.quantityKg();
                computed = s.stockKg();
                declaredAt = e.tsMs();
            }
            case TRANSFER -> {}
        }
        return new LotState(
                s.labelId(),
                s.enterpriseId(),
                s.cas(),
                e.locationId() == null || e.locationId().isBlank()
                        ? s.locationId()
                        : e.locationId(),
                in,
                out,
                used,
                gone,
                declared,
                computed,
                declaredAt,
                e.tsMs(),
                received);
    }

    /** Balances per enterprise and chemical, in first-seen order. */
    public static List<Balance> balances(Collection<LotState> lots) {
        Map<String, List<LotState>> groups = new LinkedHashMap<>();
        for (LotState s : lots) {
            groups.computeIfAbsent(s.enterpriseId() + "\u0000" + s.cas(), k -> new ArrayList<>())
                    .add(s);
        }
        List<Balance> out = new ArrayList<>();
        for (List<LotState> g : groups.values()) {
            double in = 0, o = 0, used = 0, gone = 0, declared = 0;
            boolean anyDeclared = false;
            List<Discrepancy> wrong = new ArrayList<>();
            for (LotState s : g) {
                in += s.receivedKg();
                o += s.dispatchedKg();
                used += s.usedKg();
                gone += s.disposedKg();
                if (s.declaredKg() != null) {
                    declared += s.declaredKg();
                    anyDeclared = true;
                }
                wrong.addAll(s.discrepancies());
            }
            LotState first = g.get(0);
            out.add(
                    new Balance(
                            first.enterpriseId(),
                            first.cas(),
                            g.size(),
                            in,
                            o,
                            used,
                            gone,
                            anyDeclared ? declared : null,
                            List.copyOf(wrong)));
        }
        return out;
    }
}
