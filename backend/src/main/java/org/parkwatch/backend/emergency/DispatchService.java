package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonObject;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.model.emergency.FoamDemand;

/**
 * Resources under unified dispatch (issue 14, scope 3): sends teams, vehicles and experts to an
 * incident (one incident at a time: a committed resource answers 409 naming where it is), with an
 * ETA from the {@link TravelTimes} port; issues material from the stores (stock never goes below
 * zero); flags a foam shortage by {@link FoamDemand}. Calls block.
 */
final class DispatchService {
    private final RecordTx tx;
    private volatile Map<String, EmergencyResource> resources = Map.of();
    private final TravelTimes travel;
    private final Function<String, Optional<Incident>> incidents;
    private final ZoneFactsSource zones;
    private final List<Consumer<String>> dispatchListeners = new CopyOnWriteArrayList<>();

    DispatchService(
            RecordTx tx,
            TravelTimes travel,
            Function<String, Optional<Incident>> incidents,
            ZoneFactsSource zones) {
        this.tx = tx;
        this.travel = travel;
        this.incidents = incidents;
        this.zones = zones;
    }

    /** Sets the catalogue (at start, before any request). */
    void catalogue(List<EmergencyResource> catalogue) {
        Map<String, EmergencyResource> m = new LinkedHashMap<>();
        for (EmergencyResource r : catalogue) m.put(r.id(), r);
        resources = java.util.Collections.unmodifiableMap(m);
    }

    /** Stores the catalogued stock of every store item not in the database yet. */
    void seedStock() throws SQLException {
        tx.write(
                c -> {
                    Map<String, Map<String, Double>> have = tx.repo().stock(c);
                    for (EmergencyResource r : resources.values()) {
                        for (EmergencyResource.StockItem it : r.items()) {
                            if (!have.getOrDefault(r.id(), Map.of()).containsKey(it.item()))
                                tx.repo().insertStock(c, r.id(), it.item(), it.quantity());
                        }
                    }
                    return null;
                });
    }

    /** Hears the incident id after every committed dispatch or release. */
    void addDispatchListener(Consumer<String> listener) {
        dispatchListeners.add(listener);
    }

    /**
     * The teams and vehicles committed to the incident that set out from a place, in dispatch
     * order.
     */
    List<EmergencyResource> committedTeams(String incidentId) throws SQLException {
        List<EmergencyResource> out = new java.util.ArrayList<>();
        for (Dispatch d : dispatches(incidentId)) {
            EmergencyResource r = resources.get(d.resourceId());
            if (d.releasedMs() == null
                    && r != null
                    && (r.type() == EmergencyResource.Type.TEAM
                            || r.type() == EmergencyResource.Type.VEHICLE)
                    && Double.isFinite(r.lon())
                    && Double.isFinite(r.lat())) out.add(r);
        }
        return out;
    }

    List<EmergencyResource> catalogue() {
        return List.copyOf(resources.values());
    }

    /** resource id → the dispatch that commits it. */
    Map<String, Dispatch> committed() throws SQLException {
        Map<String, Dispatch> out = new LinkedHashMap<>();
        for (Dispatch d : tx.read(c -> tx.repo().committed(c))) out.put(d.resourceId(), d);
        return out;
    }

    Map<String, Map<String, Double>> stock() throws SQLException {
        return tx.read(c -> tx.repo().stock(c));
    }

    List<Dispatch> dispatches(String incidentId) throws SQLException {
        return tx.read(c -> tx.repo().dispatches(c, incidentId));
    }

    Dispatch dispatch(String incidentId, String resourceId, Actor a) throws SQLException {
        Dispatch d = commit(incidentId, resourceId, a);
        dispatchListeners.forEach(l -> l.accept(incidentId));
        return d;
    }

    private Dispatch commit(String incidentId, String resourceId, Actor a) throws SQLException {
        EmergencyResource r = resources.get(resourceId);
        if (r == null) throw new NoSuchElementException("no resource '" + resourceId + "'");
        if (!r.type().dispatchable())
            throw new IllegalArgumentException(
                    "resource "
                            + resourceId
                            + " is a "
                            + r.type().name().toLowerCase(java.util.Locale.ROOT)
                            + " and is not sent; issue material from a store with POST …/issue");
        Optional<TravelTimes.TravelEstimate> eta = eta(incidentId, r);
        return tx.run(
                incidentId,
                true,
                t -> {
                    for (Dispatch d : t.repo().committed(t.c)) {
                        if (d.resourceId().equals(resourceId)) {
                            throw new ConflictException(
                                    "resource "
                                            + resourceId
                                            + " ("
                                            + r.nameZh()
                                            + ") is already committed to incident "
                                            + d.incidentId()
                                            + "; release it there first (资源已被调派)");
                        }
                    }
                    Dispatch d =
                            new Dispatch(
                                    incidentId + "/" + resourceId + "/" + t.nowMs,
                                    incidentId,
                                    resourceId,
                                    t.nowMs,
                                    eta.map(TravelTimes.TravelEstimate::distanceM).orElse(null),
                                    eta.map(TravelTimes.TravelEstimate::seconds).orElse(null),
                                    eta.map(TravelTimes.TravelEstimate::basisZh).orElse("无法估算到达时间"),
                                    eta.map(TravelTimes.TravelEstimate::basisEn)
                                            .orElse("no ETA could be estimated"),
                                    null,
                                    a.username());
                    t.repo().insertDispatch(t.c, d);
                    if (t.record.firstDispatchMs() == null)
                        t.save(t.record.withFirstDispatch(t.nowMs));
                    t.log(
                            a,
                            "resource.dispatched",
                            resourceId,
                            new JsonObject()
                                    .put("dispatchId", d.dispatchId())
                                    .put("etaS", d.etaS())
                                    .put("distanceM", d.distanceM())
                                    .put("etaBasis", d.etaBasisEn()));
                    return d;
                });
    }

    void release(String incidentId, String dispatchId, Actor a) throws SQLException {
        tx.run(
                incidentId,
                false,
                t -> {
                    Dispatch d =
                            t.repo().dispatches(t.c, incidentId).stream()
                                    .filter(x -> x.dispatchId().equals(dispatchId))
                                    .findFirst()
                                    .orElseThrow(
                                            () ->
                                                    new NoSuchElementException(
                                                            "no dispatch '"
                                                                    + dispatchId
                                                                    + "' in incident "
                                                                    + incidentId));
                    if (!t.repo().release(t.c, dispatchId, t.nowMs))
                        throw new ConflictException(
                                "dispatch " + dispatchId + " was already released");
                    t.log(
                            a,
                            "resource.released",
                            d.resourceId(),
                            new JsonObject().put("dispatchId", dispatchId));
                    return null;
                });
        dispatchListeners.forEach(l -> l.accept(incidentId));
    }

    /** Issues material from a store to the incident; 409 when less is left than asked. */
    double issue(String incidentId, String storeId, String item, double quantity, Actor a)
            throws SQLException {
        EmergencyResource store = resources.get(storeId);
        if (store == null || store.type() != EmergencyResource.Type.STORE)
            throw new NoSuchElementException("no material store '" + storeId + "'");
        EmergencyResource.StockItem it =
                store.items().stream()
                        .filter(x -> x.item().equals(item))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "store "
                                                        + storeId
                                                        + " keeps no item '"
                                                        + item
                                                        + "'; it keeps "
                                                        + store.items().stream()
                                                                .map(
                                                                        EmergencyResource.StockItem
                                                                                ::item)
                                                                .toList()));
        if (!(quantity > 0) || Double.isInfinite(quantity))
            throw new IllegalArgumentException("quantity must be > 0 but was " + quantity);
        return tx.run(
                incidentId,
                true,
                t -> {
                    if (!t.repo().take(t.c, storeId, item, quantity)) {
                        double left =
                                t.repo()
                                        .stock(t.c)
                                        .getOrDefault(storeId, Map.of())
                                        .getOrDefault(item, 0.0);
                        throw new ConflictException(
                                "store "
                                        + storeId
                                        + " has only "
                                        + left
                                        + " "
                                        + it.unit()
                                        + " of "
                                        + item
                                        + " left, "
                                        + quantity
                                        + " asked (库存不足)");
                    }
                    double left = t.repo().stock(t.c).get(storeId).get(item);
                    t.log(
                            a,
                            "material.issued",
                            storeId + "/" + item,
                            new JsonObject()
                                    .put("quantity", quantity)
                                    .put("unit", it.unit())
                                    .put("left", left));
                    return left;
                });
    }

    /**
     * Foam concentrate needed for the incident's pool fire against the foam left in every store;
     * empty when the latest zones have no pool fire.
     */
    Optional<FoamCheck> foam(String incidentId) throws SQLException {
        Optional<ZoneFactsSource.ZoneFacts> z = zones.latest(incidentId);
        if (z.isEmpty() || Double.isNaN(z.get().poolFireAreaM2())) return Optional.empty();
        double need = FoamDemand.concentrateT(z.get().poolFireAreaM2());
        double have = 0;
        Map<String, Map<String, Double>> stock = stock();
        for (EmergencyResource r : resources.values()) {
            for (EmergencyResource.StockItem it : r.items()) {
                if (it.foam() && "t".equals(it.unit()))
                    have += stock.getOrDefault(r.id(), Map.of()).getOrDefault(it.item(), 0.0);
            }
        }
        return Optional.of(new FoamCheck(z.get().poolFireAreaM2(), need, have, need > have));
    }

    /**
     * @param areaM2 the pool-fire zone area used
     * @param neededT concentrate needed, t
     * @param inStoreT foam concentrate left in all stores, t
     */
    record FoamCheck(double areaM2, double neededT, double inStoreT, boolean shortage) {}

    private Optional<TravelTimes.TravelEstimate> eta(String incidentId, EmergencyResource r) {
        if (Double.isNaN(r.lon())) return Optional.empty();
        return incidents
                .apply(incidentId)
                .filter(i -> Double.isFinite(i.lon()) && Double.isFinite(i.lat()))
                .flatMap(
                        i ->
                                travel.estimate(
                                        r.lon(),
                                        r.lat(),
                                        i.lon(),
                                        i.lat(),
                                        TravelTimes.Mode.DRIVING));
    }
}
