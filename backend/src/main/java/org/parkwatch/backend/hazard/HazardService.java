package org.parkwatch.backend.hazard;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.parkwatch.backend.hazard.registry.RegistryBook;
import org.parkwatch.backend.ingest.AppliedBatch;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.uplink.Sample;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The park's major hazard installations, graded statically (design capacity × density) and live
 * (tank levels × geometry × density) by GB 18218-2018. Built at start from the park's layers
 * ({@link ParkHazardModel}); as an {@link IngestListener} it takes level tags (kind {@code level},
 * featureId = tank) and regrades each touched unit at most once per {@code regradeMs} (coalescing
 * bursts of level samples). A unit crossing S = 1 or a grade edge becomes a {@link GradeEvent} for
 * every listener added with {@link #onGradeChange} — the push hub now, the alarm service once issue
 * 5 lands. Runs on the backend's ingest context (single thread), like live state.
 */
public final class HazardService implements IngestListener, InventoryChanges {

    /** Default shortest interval between two regradings of a unit, milliseconds. */
    public static final long DEFAULT_REGRADE_MS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(HazardService.class);

    /** A grade change of one unit at a moment (epoch ms). */
    public record GradeEvent(String unitId, UnitInfo unit, GradeChange change, long atMs) {}

    private final Vertx vertx;
    private final long regradeMs;
    private final LongSupplier clockMs;
    private final Gb18218Catalogue catalogue;
    private final ChemicalProperties properties;
    private final DisposalCards cards;
    private final ChemicalResolver resolver;
    private final ParkHazardModel model;
    private final MajorHazardGrader grader;
    private final LiveGradingTracker tracker;
    private final MonitoringCoverage coverage;
    private final Map<String, GradingResult> staticGrades = new LinkedHashMap<>();
    private final Map<String, String> tankOfLevelTag = new HashMap<>();
    private final Map<String, String> unitOfTank = new HashMap<>();
    private final Map<String, Double> levelM = new HashMap<>();
    private final Map<String, Double> pending = new LinkedHashMap<>();

    /**
     * Per unit the grading last reported as a change (or the first one): what hysteresis compares
     * against.
     */
    private final Map<String, GradingResult> reported = new HashMap<>();

    private final List<Consumer<GradeEvent>> listeners = new CopyOnWriteArrayList<>();
    private volatile RegistryBook registry;
    private volatile InventorySupplement supplement = InventorySupplement.NONE;
    private volatile Context home;
    private boolean flushArmed;
    private long lastFlushMs;
    private long regradings;

    /**
     * @param regradeMs shortest interval between regradings, ms (≥ 1)
     * @throws IllegalArgumentException naming the layer and feature when the park data cannot be
     *     graded
     */
    public HazardService(ParkCatalog park, Vertx vertx, long regradeMs, LongSupplier clockMs) {
        if (regradeMs < 1)
            throw new IllegalArgumentException("hazard regradeMs must be >= 1, got " + regradeMs);
        this.vertx = vertx;
        this.regradeMs = regradeMs;
        this.clockMs = clockMs;
        this.catalogue = Gb18218Catalogue.loadDefault();
        this.properties = ChemicalProperties.loadDefault();
        this.cards = DisposalCards.loadDefault();
        this.resolver = new ChemicalResolver(catalogue, properties);
        this.model = new ParkHazardModel(park, resolver);
        this.grader = new MajorHazardGrader(catalogue);
        this.tracker = new LiveGradingTracker(grader, model.units());
        for (HazardUnit u : model.units()) {
            List<HazardItem> items =
                    new ArrayList<>(InventoryCalculator.staticQuantities(u.tanks()));
            items.addAll(u.fixedItems());
            staticGrades.put(u.id(), grader.grade(items, u.exposedPeople()));
            u.tanks().forEach(t -> unitOfTank.put(t.id(), u.id()));
        }
        for (TagDefinition t : park.allTags()) {
            if (t.kind() == TagKind.LEVEL && unitOfTank.containsKey(t.featureId())) {
                tankOfLevelTag.put(t.id(), t.featureId());
            }
        }
        List<UnitInfo> infos = model.units().stream().map(u -> model.info(u.id())).toList();
        this.coverage = new MonitoringCoverage(infos, park.allTags(), model.gasDetectorTargets());
        LOG.info(
                "hazards: {} units, {} major hazard installations by design, {} level tags",
                model.units().size(),
                staticGrades.values().stream().filter(GradingResult::majorHazard).count(),
                tankOfLevelTag.size());
    }

    /**
     * Adds a listener for grade changes; called on the ingest context. This is the hook for alarms
     * (issue 5).
     */
    public void onGradeChange(Consumer<GradeEvent> listener) {
        listeners.add(listener);
    }

    @Override
    public void batchApplied(AppliedBatch batch) {
        boolean any = false;
        for (Sample s : batch.samples()) {
            String tank = tankOfLevelTag.get(s.tagId());
            if (tank != null && s.isGood() && s.value() instanceof Double level) {
                pending.put(tank, level);
                any = true;
            }
        }
        if (any && !flushArmed) {
            flushArmed = true;
            long delay = Math.max(1, lastFlushMs + regradeMs - clockMs.getAsLong());
            vertx.setTimer(delay, id -> regradePending());
        }
    }

    /**
     * Applies the pending levels and regrades each touched unit once; emits a change per unit that
     * crossed an edge.
     */
    void regradePending() {
        flushArmed = false;
        lastFlushMs = clockMs.getAsLong();
        Map<String, GradingResult> before = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : pending.entrySet()) {
            String unitId = unitOfTank.get(e.getKey());
            before.putIfAbsent(unitId, liveGrade(unitId));
            try {
                tracker.onLevel(e.getKey(), e.getValue());
                levelM.put(e.getKey(), e.getValue());
            } catch (IllegalArgumentException ex) {
                LOG.warn("hazards: level of {} ignored: {}", e.getKey(), ex.getMessage());
            }
        }
        pending.clear();
        regradings += before.size();
        before.forEach(
                (unitId, was) -> {
                    GradingResult last = reported.computeIfAbsent(unitId, k -> was);
                    GradingResult now = liveGrade(unitId);
                    GradeChange.between(last, now, GradeChange.EDGE_HYSTERESIS)
                            .ifPresent(
                                    c -> {
                                        reported.put(unitId, now);
                                        emit(
                                                new GradeEvent(
                                                        unitId,
                                                        model.info(unitId),
                                                        c,
                                                        lastFlushMs));
                                    });
                });
    }

    /**
     * The context this service runs on (the ingest context, where levels arrive): {@link
     * HazardCapability} sets it at start; supplement changes are regraded there.
     */
    void runOn(Context context) {
        this.home = context;
    }

    /**
     * Regrades the units at the changed locations on this service's context (before it has one, at
     * start, the next regrade sees the change).
     */
    @Override
    public void changed(Map<String, List<InventorySupplement.Held>> before) {
        Context c = home;
        if (c == null) return;
        Map<String, List<InventorySupplement.Held>> copy = Map.copyOf(before);
        c.runOnContext(v -> regradeSupplement(copy));
    }

    /**
     * Regrades each unit at (or owning a tank at) the changed locations once; a unit never graded
     * live takes its grading with the quantities before the change as the baseline; emits a change
     * per unit that crossed an edge.
     */
    void regradeSupplement(Map<String, List<InventorySupplement.Held>> before) {
        InventorySupplement current = supplement;
        InventorySupplement was = at -> before.containsKey(at) ? before.get(at) : current.at(at);
        Set<String> units = new LinkedHashSet<>();
        for (String at : before.keySet()) {
            if (model.info(at) != null) units.add(at);
            else if (unitOfTank.containsKey(at)) units.add(unitOfTank.get(at));
        }
        long atMs = clockMs.getAsLong();
        regradings += units.size();
        for (String unitId : units) {
            GradingResult last = reported.computeIfAbsent(unitId, k -> liveGrade(k, was));
            GradingResult now = liveGrade(unitId);
            GradeChange.between(last, now, GradeChange.EDGE_HYSTERESIS)
                    .ifPresent(
                            c -> {
                                reported.put(unitId, now);
                                emit(new GradeEvent(unitId, model.info(unitId), c, atMs));
                            });
        }
    }

    private void emit(GradeEvent event) {
        LOG.info(
                "hazards: unit {} {}: S {} → {}, level {} → {}",
                event.unitId(),
                event.change().kind(),
                GradingJson.clean(event.change().before().s()),
                GradingJson.clean(event.change().after().s()),
                event.change().before().level(),
                event.change().after().level());
        for (Consumer<GradeEvent> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                LOG.error("hazards: grade change listener failed", e);
            }
        }
    }

    public List<String> unitIds() {
        return model.units().stream().map(HazardUnit::id).toList();
    }

    public Optional<UnitInfo> unit(String unitId) {
        return Optional.ofNullable(model.info(unitId));
    }

    public GradingResult staticGrade(String unitId) {
        return staticGrades.get(unitId);
    }

    /**
     * The unit's live grading: its tanks by measured level (design quantity until a level comes),
     * its design inventories, and the counted supplementary stock ({@link #supplementaryInventory}:
     * lots of a chemical no measured tank of the unit holds) as lines of their own, labelled with
     * their source.
     */
    public GradingResult liveGrade(String unitId) {
        return liveGrade(unitId, supplement);
    }

    private GradingResult liveGrade(String unitId, InventorySupplement source) {
        GradingResult tanks = tracker.current(unitId).orElseThrow();
        List<HazardItem> extra = new ArrayList<>();
        for (SupplementaryItem i : supplementaryInventory(unitId, source)) {
            if (!i.counted()) continue;
            InventorySupplement.Held h = i.held();
            extra.add(new HazardItem(resolver.byCas(h.cas()), h.quantityT(), h.sourceId()));
        }
        if (extra.isEmpty()) return tanks;
        List<HazardItem> items = new ArrayList<>(tanks.items().size() + extra.size());
        for (GradedItem g : tanks.items()) {
            items.add(new HazardItem(g.chemical(), g.quantityT(), g.sourceId()));
        }
        items.addAll(extra);
        return grader.grade(items, tanks.exposedPeople());
    }

    /** Tanks of the unit with a measured level, and the last level (m) of each. */
    public Map<String, Double> measuredLevels(String unitId) {
        Map<String, Double> out = new LinkedHashMap<>();
        model.info(unitId)
                .tankIds()
                .forEach(
                        t -> {
                            if (levelM.containsKey(t)) out.put(t, levelM.get(t));
                        });
        return out;
    }

    public MonitoringCoverage coverage() {
        return coverage;
    }

    /** Installs the source of quantities that no tank level measures (issue 16: chemical lots). */
    public void setInventorySupplement(InventorySupplement supplement) {
        this.supplement = supplement == null ? InventorySupplement.NONE : supplement;
    }

    /**
     * A supplementary quantity at a unit and whether it counts in the live grading: a quantity of a
     * chemical that one of the unit's measured tanks holds, or held in a tank whose level is
     * measured, is already in the live inventory and does not count again; nor does one whose CAS
     * number the chemicals data and GB 18218 Table 1 do not know (it is listed, not graded).
     */
    public record SupplementaryItem(InventorySupplement.Held held, boolean counted) {}

    /** The supplementary quantities held at the unit or at one of its tanks. */
    public List<SupplementaryItem> supplementaryInventory(String unitId) {
        return supplementaryInventory(unitId, supplement);
    }

    private List<SupplementaryItem> supplementaryInventory(
            String unitId, InventorySupplement source) {
        UnitInfo info = model.info(unitId);
        if (info == null) return List.of();
        Set<String> meteredCas = new java.util.HashSet<>();
        for (String t : info.tankIds()) {
            if (levelM.containsKey(t))
                model.tank(t).ifPresent(f -> meteredCas.add(f.chemicalCas()));
        }
        List<SupplementaryItem> out = new ArrayList<>();
        for (InventorySupplement.Held h : source.at(unitId)) {
            out.add(new SupplementaryItem(h, !meteredCas.contains(h.cas()) && known(h)));
        }
        for (String t : info.tankIds()) {
            for (InventorySupplement.Held h : source.at(t)) {
                boolean counted =
                        !levelM.containsKey(t) && !meteredCas.contains(h.cas()) && known(h);
                out.add(new SupplementaryItem(h, counted));
            }
        }
        return out;
    }

    private boolean known(InventorySupplement.Held h) {
        try {
            resolver.byCas(h.cas());
            return true;
        } catch (ChemicalLookupException e) {
            LOG.debug("hazards: {} {} not graded: {}", h.sourceId(), h.itemId(), e.getMessage());
            return false;
        }
    }

    /** Unit ids that are major hazards statically or live. */
    public Set<String> majorHazardIds() {
        Set<String> out = new LinkedHashSet<>();
        for (String id : unitIds()) {
            if (staticGrades.get(id).majorHazard() || liveGrade(id).majorHazard()) out.add(id);
        }
        return out;
    }

    /** The enterprise registry installed with this service by {@link HazardCapability}, or null. */
    public RegistryBook registry() {
        return registry;
    }

    void setRegistry(RegistryBook registry) {
        this.registry = registry;
    }

    public ParkHazardModel model() {
        return model;
    }

    public ChemicalProperties chemicals() {
        return properties;
    }

    public DisposalCards disposalCards() {
        return cards;
    }

    public ChemicalResolver resolver() {
        return resolver;
    }

    /** Unit regradings done since start (coalesced). */
    public long regradings() {
        return regradings;
    }
}
