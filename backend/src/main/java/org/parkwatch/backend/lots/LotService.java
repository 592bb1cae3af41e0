package org.parkwatch.backend.lots;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.InventoryChanges;
import org.parkwatch.backend.hazard.InventorySupplement;
import org.parkwatch.backend.hazard.ParkHazardModel;
import org.parkwatch.backend.hazard.TankFeature;
import org.parkwatch.backend.hazard.UnitInfo;
import org.parkwatch.backend.security.AuditChain;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * Files lot events after checking them (listed chemical, known enterprise and location, quantities,
 * the caller's own enterprise, enough stock), answers lots, balances and chain checks scoped to the
 * caller, and keeps the lots' current locations in memory as an {@link InventorySupplement} for the
 * hazard inventory. Methods other than {@link #at} block.
 */
public final class LotService implements InventorySupplement {
    /** The source id of the lots in the hazard inventory. */
    public static final String SOURCE_ID = "chemical-lots";

    /** Largest quantity of one event, kg: a rail tank car holds about 60 t; more is a typo. */
    static final double MAX_QUANTITY_KG = 100_000;

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final LotRepository repository;
    private final ChemicalProperties chemicals;
    private final ParkHazardModel park;
    private final TenantScope tenancy;
    private final Map<String, LotLedger.LotState> lots = new ConcurrentHashMap<>();
    private volatile InventoryChanges changes = InventoryChanges.NONE;

    LotService(
            LotRepository repository,
            ChemicalProperties chemicals,
            ParkHazardModel park,
            TenantScope tenancy) {
        this.repository = repository;
        this.chemicals = chemicals;
        this.park = park;
        this.tenancy = tenancy;
    }

    /**
     * From now on, each filed event tells {@code changes} where the stock changed (the hazard
     * service regrades the units there live).
     */
    void reportChangesTo(InventoryChanges changes) {
        this.changes = changes;
    }

    /** Loads the lots' states from the ledger (blocks). */
    void load() throws SQLException {
        lots.clear();
        lots.putAll(LotLedger.lots(repository.events(null)));
    }

    /** The chemical if it is on the 剧毒 or 易制爆 list of the chemicals data. */
    public Optional<ChemicalRecord> listed(String cas) {
        return chemicals
                .byCas(cas)
                .filter(c -> c.flags() != null)
                .filter(c -> c.flags().highlyToxic() || c.flags().explosivePrecursor());
    }

    /** Every chemical on the lists. */
    public List<ChemicalRecord> listedChemicals() {
        return chemicals.all().stream()
                .filter(c -> c.flags() != null)
                .filter(c -> c.flags().highlyToxic() || c.flags().explosivePrecursor())
                .toList();
    }

    /**
     * Checks and appends {@code e} (seq 0; who and when already set); returns it as stored.
     *
     * @throws IllegalArgumentException bad input (400), naming the field
     * @throws SecurityException a receipt for another enterprise (403)
     * @throws NoSuchElementException an event for a lot that is unknown or not the caller's (404)
     * @throws IllegalStateException a label in use, or more out than in stock (409)
     */
    public synchronized LotEvent file(Principal p, LotEvent e) throws SQLException {
        checkCommon(e);
        LotEvent checked = e.kind() == LotEventKind.RECEIPT ? receipt(p, e) : onLot(p, e);
        LotEvent stored = repository.append(checked);
        LotLedger.LotState was = lots.get(stored.labelId());
        LotLedger.LotState next = LotLedger.next(was, stored);
        // the quantities before the change where it changes them, for the live regrade
        Map<String, List<Held>> before = new LinkedHashMap<>();
        if (was != null && was.locationId() != null)
            before.put(was.locationId(), at(was.locationId()));
        if (next.locationId() != null) before.putIfAbsent(next.locationId(), at(next.locationId()));
        lots.put(stored.labelId(), next);
        changes.changed(before);
        return stored;
    }

    private static void checkCommon(LotEvent e) {
        if (e.labelId() == null || !LABEL.matcher(e.labelId()).matches()) {
            throw new IllegalArgumentException(
                    "labelId must be 1–64 characters of A–Z, a–z, 0–9, '.', '_', ':' or '-'; got '"
                            + e.labelId()
                            + "'");
        }
        double q = e.quantityKg();
        if (!Double.isFinite(q) || q < 0) {
            throw new IllegalArgumentException("quantityKg must be a number ≥ 0, got " + q);
        }
        if (q > MAX_QUANTITY_KG) {
            throw new IllegalArgumentException(
                    "quantityKg "
                            + q
                            + " is more than one event can hold ("
                            + MAX_QUANTITY_KG
                            + ")");
        }
        if (q == 0 && e.kind() != LotEventKind.STOCKTAKE && e.kind() != LotEventKind.TRANSFER) {
            throw new IllegalArgumentException("quantityKg of a " + e.kind().id() + " must be > 0");
        }
        if (e.counterparty().length() > 200) {
            throw new IllegalArgumentException("counterparty is longer than 200 characters");
        }
        if (e.note().length() > 500) {
            throw new IllegalArgumentException("note is longer than 500 characters");
        }
    }

    private LotEvent receipt(Principal p, LotEvent e) {
        if (e.enterpriseId() == null || !tenancy.isEnterprise(e.enterpriseId())) {
            throw new IllegalArgumentException(
                    "enterpriseId '" + e.enterpriseId() + "' is not an enterprise of the park");
        }
        if (p.scoped() && !p.sees(e.enterpriseId())) {
            throw new SecurityException("an enterprise files lots of its own only");
        }
        if (e.cas() == null || listed(e.cas().trim()).isEmpty()) {
            throw new IllegalArgumentException(
                    "cas '"
                            + e.cas()
                            + "' is not a highly toxic (剧毒) or explosive-precursor (易制爆)"
                            + " chemical of the chemicals data; lots are kept for those only");
        }
        checkLocation(e.enterpriseId(), e.locationId());
        return new LotEvent(
                0,
                e.tsMs(),
                e.username(),
                e.role(),
                e.kind(),
                e.labelId(),
                e.enterpriseId(),
                listed(e.cas().trim()).orElseThrow().cas(),
                e.quantityKg(),
                e.locationId(),
                e.counterparty(),
                e.note());
    }

    private LotEvent onLot(Principal p, LotEvent e) throws SQLException {
        LotRepository.LotRow lot =
                repository
                        .lot(e.labelId())
                        .filter(l -> p.sees(l.enterpriseId()))
                        .orElseThrow(
                                () ->
                                        new NoSuchElementException(
                                                "no lot with label "
                                                        + e.labelId()
                                                        + "; a lot starts with its receipt"));
        LotLedger.LotState state =
                LotLedger.lots(repository.eventsOfLot(lot.labelId())).get(lot.labelId());
        String location = state.locationId();
        if (e.kind() == LotEventKind.TRANSFER) {
            checkLocation(lot.enterpriseId(), e.locationId());
            if (e.locationId().equals(state.locationId())) {
                throw new IllegalArgumentException(
                        "the lot is at "
                                + e.locationId()
                                + " already; a transfer needs another location");
            }
            location = e.locationId();
        }
        if (e.kind() == LotEventKind.DISPATCH && e.counterparty().isBlank()) {
            throw new IllegalArgumentException("a dispatch names its consignee (counterparty)");
        }
        if (e.kind().withdraws()
                && e.quantityKg() > state.stockKg() + LotLedger.BALANCE_TOLERANCE_KG) {
            throw new IllegalStateException(
                    "lot "
                            + lot.labelId()
                            + " holds "
                            + state.stockKg()
                            + " kg; a "
                            + e.kind().id()
                            + " of "
                            + e.quantityKg()
                            + " kg would make it negative");
        }
        return new LotEvent(
                0,
                e.tsMs(),
                e.username(),
                e.role(),
                e.kind(),
                lot.labelId(),
                lot.enterpriseId(),
                lot.cas(),
                e.kind() == LotEventKind.TRANSFER ? 0 : e.quantityKg(),
                location,
                e.counterparty(),
                e.note());
    }

    /** A location is a unit (tank farm, process unit, warehouse) or tank of the enterprise. */
    private void checkLocation(String enterpriseId, String locationId) {
        if (locationId == null || locationId.isBlank()) {
            throw new IllegalArgumentException(
                    "locationId is required: a unit or tank id of the enterprise");
        }
        UnitInfo unit = park.info(locationId);
        String owner =
                unit != null
                        ? unit.enterpriseId()
                        : park.tank(locationId).map(TankFeature::enterpriseId).orElse(null);
        if (owner == null) {
            throw new IllegalArgumentException(
                    "locationId '" + locationId + "' is no unit or tank of the park's layers");
        }
        if (!owner.equals(enterpriseId)) {
            throw new IllegalArgumentException(
                    "locationId '"
                            + locationId
                            + "' belongs to "
                            + owner
                            + ", not "
                            + enterpriseId);
        }
    }

    /** The lots the caller sees, by label id. */
    public List<LotLedger.LotState> lots(Principal p) {
        return lots.values().stream()
                .filter(s -> p.sees(s.enterpriseId()))
                .sorted(
                        java.util.Comparator.comparing(LotLedger.LotState::enterpriseId)
                                .thenComparing(LotLedger.LotState::labelId))
                .toList();
    }

    /**
     * A lot's events in order, read from the ledger.
     *
     * @throws NoSuchElementException unknown, or not the caller's
     */
    public List<LotEvent> events(Principal p, String labelId) throws SQLException {
        LotRepository.LotRow lot =
                repository
                        .lot(labelId)
                        .filter(l -> p.sees(l.enterpriseId()))
                        .orElseThrow(
                                () -> new NoSuchElementException("no lot with label " + labelId));
        return repository.eventsOfLot(lot.labelId());
    }

    /** Balances of the caller's enterprises, computed from the ledger as stored now. */
    public List<LotLedger.Balance> balances(Principal p) throws SQLException {
        List<LotEvent> visible = new ArrayList<>();
        for (LotEvent e : repository.events(null)) if (p.sees(e.enterpriseId())) visible.add(e);
        return LotLedger.balances(LotLedger.lots(visible).values());
    }

    /** The chains of the enterprises the caller sees, each walked and checked against its head. */
    public Map<String, AuditChain.Verifier> verify(Principal p) throws SQLException {
        Map<String, AuditChain.Verifier> out = new LinkedHashMap<>();
        for (String enterpriseId : repository.chainedEnterprises()) {
            if (p.sees(enterpriseId)) out.put(enterpriseId, repository.verify(enterpriseId));
        }
        return out;
    }

    /** Lots with stock located at {@code locationId}, in tonnes. */
    @Override
    public List<Held> at(String locationId) {
        List<Held> out = new ArrayList<>();
        for (LotLedger.LotState s : lots.values()) {
            if (locationId.equals(s.locationId()) && s.stockKg() > 0) {
                out.add(
                        new Held(
                                SOURCE_ID,
                                s.labelId(),
                                s.cas(),
                                s.stockKg() / 1000.0,
                                s.locationId()));
            }
        }
        return out;
    }
}
