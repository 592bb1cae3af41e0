package org.parkwatch.backend.workpermit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmType;
import org.parkwatch.backend.alarm.WorkPermitAlarmDefinitions;
import org.parkwatch.backend.alarm.service.AlarmConditionListener;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.model.geo.LocalMetricPlane;

/**
 * The permits against live data (issue 15): a gas-detector alarm (H or HH on a tag of a feature of
 * the detectors layer) within {@link WorkPermitOptions#gasNearM()} of active hot work or
 * confined-space work raises the enterprise's critical {@code WP_GAS_NEAR} alarm and pushes a
 * {@value #PUSH_TYPE} message naming the enterprise, the permit (kind, level, people) and the
 * camera that sees the place, to the park and that enterprise; it pauses nothing. {@link #tick}
 * raises {@code WP_WINDOW} for work in progress outside its window and {@code WP_NO_GAS} for hot or
 * confined-space work in progress without a valid gas analysis. The active permits sit in a {@link
 * PermitGrid}, so an alarm costs the permits of one cell; samples cost nothing (only alarm
 * transitions reach this class). Thread-safe (serialised).
 */
public final class WorkPermitCrossCheck implements AlarmConditionListener {
    public static final String PUSH_TYPE = "work-permit-conflict";

    /** A gas alarm near an active permit. */
    public record Conflict(
            SpecialWorkPermit permit,
            WorkPlaces.Detector detector,
            String detectorAlarmId,
            double distanceM,
            WorkPlaces.CameraChoice camera,
            long sinceMs) {}

    /** A detector's active H/HH alarms (one conflict per detector, named by its worst alarm). */
    private record DetectorAlarms(WorkPlaces.Detector detector, Map<String, Long> sinceMs) {
        String worstAlarmId() {
            for (String id : sinceMs.keySet())
                if (id.endsWith("." + AlarmType.HH.suffix())) return id;
            return sinceMs.keySet().iterator().next();
        }

        long firstMs() {
            return sinceMs.values().stream().mapToLong(Long::longValue).min().orElse(0);
        }
    }

    private final WorkPermitService permits;
    private final WorkPlaces places;
    private final WorkPermitOptions options;
    private final WorkAlarmOffer alarms;
    private final PushPublisher push;
    private final LongSupplier clockMs;
    private final LocalMetricPlane plane;
    private final Map<String, DetectorAlarms> detectorAlarms = new LinkedHashMap<>();
    private Map<String, List<Conflict>> conflicts = Map.of();
    private final Map<String, Boolean> offered = new HashMap<>();

    /**
     * By cross-check alarm id: the permit whose place the alarm is at (the nearest to the gas
     * alarm, or the first outside its window or without analysis); kept after the alarm clears, so
     * that an alarm returned to normal but not yet acknowledged still has its place.
     */
    private final Map<String, SpecialWorkPermit> concerned = new HashMap<>();

    /** By cross-check alarm id raised now: the ids of the permits it was raised for. */
    private final Map<String, List<String>> raisedFor = new TreeMap<>();

    private volatile PermitGrid grid;
    private volatile java.util.function.LongConsumer timings;

    public WorkPermitCrossCheck(
            WorkPermitService permits,
            WorkPlaces places,
            WorkPermitOptions options,
            WorkAlarmOffer alarms,
            PushPublisher push,
            LongSupplier clockMs) {
        this.permits = permits;
        this.places = places;
        this.options = options;
        this.alarms = alarms;
        this.push = push;
        this.clockMs = clockMs;
        List<WorkPlaces.Detector> ds = places.detectors();
        double lon = ds.stream().mapToDouble(WorkPlaces.Detector::lon).average().orElse(0);
        double lat = ds.stream().mapToDouble(WorkPlaces.Detector::lat).average().orElse(0);
        this.plane = new LocalMetricPlane(lon, lat);
        this.grid = new PermitGrid(List.of(), options.gasNearM(), plane);
    }

    /** An alarm activated or cleared (ingest context): a detector's H/HH alarm is followed. */
    @Override
    public void changed(AlarmDefinition d, boolean active, long atMs) {
        java.util.function.LongConsumer sink = timings;
        if (sink == null) {
            check(d, active, atMs);
            return;
        }
        long t0 = System.nanoTime();
        check(d, active, atMs);
        sink.accept(System.nanoTime() - t0);
    }

    /**
     * Where the time each alarm transition spends in the cross-check goes, ns (the benchmark); null
     * = not measured.
     */
    public void measureWith(java.util.function.LongConsumer sink) {
        this.timings = sink;
    }

    private synchronized void check(AlarmDefinition d, boolean active, long atMs) {
        if (d.type() != AlarmType.H && d.type() != AlarmType.HH) return;
        Optional<WorkPlaces.Detector> det = places.detector(d.tagId());
        if (det.isEmpty()) return;
        String tag = det.get().tagId();
        if (active) {
            detectorAlarms
                    .computeIfAbsent(tag, k -> new DetectorAlarms(det.get(), new LinkedHashMap<>()))
                    .sinceMs()
                    .putIfAbsent(d.id(), atMs);
        } else {
            DetectorAlarms a = detectorAlarms.get(tag);
            if (a == null || a.sinceMs().remove(d.id()) == null) return;
            if (a.sinceMs().isEmpty()) detectorAlarms.remove(tag);
        }
        recompute();
    }

    /**
     * The permits changed: rebuild the grid of active ones and check again (called by the writer,
     * which may hold the service's lock: this takes the service's lock first, then its own, like
     * {@link #tick}).
     */
    public void permitsChanged() {
        // the grid is built before taking the lock: alarm transitions (ingest context) never wait
        // for the index of every active permit to be rebuilt
        PermitGrid built = new PermitGrid(watched(clockMs.getAsLong()), options.gasNearM(), plane);
        synchronized (this) {
            grid = built;
            recompute();
        }
    }

    /**
     * Periodic, off the event loop: approved permits entering or leaving their window, work outside
     * its window, work without a valid gas analysis.
     */
    public void tick(long nowMs) {
        // everything that reads every permit is done before taking the lock (see permitsChanged)
        PermitGrid built = new PermitGrid(watched(nowMs), options.gasNearM(), plane);
        Map<String, List<SpecialWorkPermit>> outside = new TreeMap<>();
        Map<String, List<SpecialWorkPermit>> noGas = new TreeMap<>();
        java.util.Set<String> enterprises = new java.util.TreeSet<>();
        for (SpecialWorkPermit p : permits.inProgress()) {
            enterprises.add(p.enterpriseId());
            if (nowMs < p.startMs() || nowMs >= p.endMs())
                outside.computeIfAbsent(p.enterpriseId(), k -> new ArrayList<>()).add(p);
            if (!permits.rules().hasValidGasAnalysis(p, p.startedMs()))
                noGas.computeIfAbsent(p.enterpriseId(), k -> new ArrayList<>()).add(p);
        }
        synchronized (this) {
            grid = built;
            recompute();
            for (String k : offered.keySet()) enterprises.add(k.substring(0, k.indexOf('.')));
            for (String e : enterprises) {
                offer(
                        e,
                        AlarmType.WORK_PERMIT_OUTSIDE_WINDOW,
                        outside.get(e),
                        "outside its window");
                offer(
                        e,
                        AlarmType.WORK_PERMIT_NO_GAS_ANALYSIS,
                        noGas.get(e),
                        "no valid gas analysis");
            }
        }
    }

    private List<SpecialWorkPermit> watched(long nowMs) {
        List<SpecialWorkPermit> out = new ArrayList<>();
        for (SpecialWorkPermit p : permits.active(nowMs))
            if (p.kind().needsGasAnalysis()) out.add(p);
        return out;
    }

    /** The current conflicts by enterprise. */
    public synchronized Map<String, List<Conflict>> conflicts() {
        return conflicts;
    }

    /**
     * The cross-check alarms raised now with this permit among their permits (for linkage
     * packages), in id order; empty when none.
     */
    public synchronized List<String> alarmsRaisedFor(String permitId) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : raisedFor.entrySet())
            if (e.getValue().contains(permitId)) out.add(e.getKey());
        return out;
    }

    /** The local metric plane of the permits' grids (centred on the park's detectors). */
    LocalMetricPlane plane() {
        return plane;
    }

    /**
     * Where a cross-check alarm ({@code <E>.WP_GAS_NEAR}, {@code WP_WINDOW}, {@code WP_NO_GAS}) is:
     * the place of the permit concerned (its point, or its area's centroid), named by the permit's
     * place text; empty for other alarms and before the alarm was first raised.
     */
    public synchronized Optional<org.parkwatch.backend.linkage.LinkagePackage.Place> placeOf(
            String alarmId) {
        SpecialWorkPermit p = concerned.get(alarmId);
        if (p == null) return Optional.empty();
        var c = p.geometry().getCentroid();
        String place = p.placeZh() == null || p.placeZh().isBlank() ? "" : p.placeZh();
        return Optional.of(
                new org.parkwatch.backend.linkage.LinkagePackage.Place(
                        null,
                        null,
                        "作业票 " + p.id() + (place.isEmpty() ? "" : "：" + place),
                        "Permit " + p.id() + (place.isEmpty() ? "" : ": " + place),
                        c.getX(),
                        c.getY()));
    }

    /** How many permits the grid holds (for the benchmark). */
    public int indexed() {
        return grid.size();
    }

    private void recompute() {
        Map<String, List<Conflict>> next = new TreeMap<>();
        PermitGrid g = grid;
        for (DetectorAlarms a : detectorAlarms.values()) {
            for (PermitGrid.Hit h : g.near(a.detector().lon(), a.detector().lat())) {
                SpecialWorkPermit p = h.permit();
                var c = p.geometry().getCentroid();
                WorkPlaces.CameraChoice cam =
                        places.cameraFor(c.getX(), c.getY(), options.cameraSearchM()).orElse(null);
                next.computeIfAbsent(p.enterpriseId(), k -> new ArrayList<>())
                        .add(
                                new Conflict(
                                        p,
                                        a.detector(),
                                        a.worstAlarmId(),
                                        h.distanceM(),
                                        cam,
                                        a.firstMs()));
            }
        }
        Map<String, List<Conflict>> before = conflicts;
        conflicts = next;
        // only the enterprises with conflicts now or before: O(nearby), not O(permits)
        java.util.Set<String> changed = new java.util.TreeSet<>(next.keySet());
        changed.addAll(before.keySet());
        for (String e : changed) {
            List<Conflict> now = next.get(e);
            List<Conflict> was = before.get(e);
            if (!sameKeys(now, was)) {
                offerGas(e, now);
                pushConflicts(e, now);
            }
        }
    }

    private void offerGas(String enterprise, List<Conflict> cs) {
        String id = WorkPermitAlarmDefinitions.id(enterprise, AlarmType.WORK_PERMIT_GAS_NEAR);
        boolean active = cs != null && !cs.isEmpty();
        StringBuilder note = new StringBuilder();
        if (active) {
            for (Conflict c : cs) {
                if (note.length() > 0) note.append("; ");
                note.append(c.permit().id())
                        .append(' ')
                        .append(c.permit().kind().nameZh())
                        .append(
                                c.permit().level() == null
                                        ? ""
                                        : WorkKind.levelZh(c.permit().level()))
                        .append(" 距报警探测器 ")
                        .append(c.detector().featureId())
                        .append(' ')
                        .append(Math.round(c.distanceM()))
                        .append(" m, 作业负责人 ")
                        .append(String.join("、", c.permit().namesOf("leader")))
                        .append(", 监护人 ")
                        .append(String.join("、", c.permit().namesOf("guardian")))
                        .append(", 摄像机 ")
                        .append(c.camera() == null ? "无" : c.camera().id());
            }
        } else note.append("no gas alarm near active hot or confined-space work");
        double nearest = active ? cs.get(0).distanceM() : Double.NaN;
        if (active) {
            Conflict closest = cs.get(0);
            for (Conflict c : cs) if (c.distanceM() < closest.distanceM()) closest = c;
            concerned.put(id, closest.permit());
            nearest = closest.distanceM();
        }
        alarms.offer(id, active, nearest, note.toString());
        offered.put(id, active);
        if (active) raisedFor.put(id, cs.stream().map(c -> c.permit().id()).distinct().toList());
        else raisedFor.remove(id);
    }

    private void offer(String enterprise, AlarmType type, List<SpecialWorkPermit> ps, String what) {
        String id = WorkPermitAlarmDefinitions.id(enterprise, type);
        boolean active = ps != null && !ps.isEmpty();
        if (active) concerned.put(id, ps.get(0));
        List<String> ids = active ? ps.stream().map(SpecialWorkPermit::id).toList() : null;
        if (active) raisedFor.put(id, ids);
        else raisedFor.remove(id);
        if (Objects.equals(offered.get(id), active) || (!active && !offered.containsKey(id)))
            return;
        alarms.offer(
                id,
                active,
                active ? ids.size() : 0,
                active ? String.join(", ", ids) + ": " + what : "cleared: " + what);
        offered.put(id, active);
    }

    private void pushConflicts(String enterprise, List<Conflict> cs) {
        JsonArray items = new JsonArray();
        if (cs != null) for (Conflict c : cs) items.add(json(c));
        push.publish(
                PUSH_TYPE,
                PushOwners.enterprise(enterprise),
                new JsonObject()
                        .put("enterpriseId", enterprise)
                        .put(
                                "alarmId",
                                WorkPermitAlarmDefinitions.id(
                                        enterprise, AlarmType.WORK_PERMIT_GAS_NEAR))
                        .put("active", cs != null && !cs.isEmpty())
                        .put("conflicts", items));
    }

    /** A conflict as the API and push show it. */
    static JsonObject json(Conflict c) {
        SpecialWorkPermit p = c.permit();
        return new JsonObject()
                .put("enterpriseId", p.enterpriseId())
                .put(
                        "alarmId",
                        WorkPermitAlarmDefinitions.id(
                                p.enterpriseId(), AlarmType.WORK_PERMIT_GAS_NEAR))
                .put(
                        "permit",
                        new JsonObject()
                                .put("id", p.id())
                                .put("kind", p.kind().name())
                                .put("kindZh", p.kind().nameZh())
                                .put("level", p.level())
                                .put(
                                        "levelZh",
                                        p.level() == null ? null : WorkKind.levelZh(p.level()))
                                .put("state", p.state().name())
                                .put("placeZh", p.placeZh())
                                .put("people", WorkPermitJson.people(p.people())))
                .put(
                        "detector",
                        new JsonObject()
                                .put("featureId", c.detector().featureId())
                                .put("tagId", c.detector().tagId())
                                .put("nameZh", c.detector().nameZh())
                                .put("alarmId", c.detectorAlarmId())
                                .put("lon", c.detector().lon())
                                .put("lat", c.detector().lat()))
                .put("distanceM", Math.round(c.distanceM() * 10) / 10.0)
                .put("camera", camera(c.camera()))
                .put("sinceMs", c.sinceMs());
    }

    static JsonObject camera(WorkPlaces.CameraChoice cam) {
        if (cam == null) return null;
        return new JsonObject()
                .put("id", cam.id())
                .put("nameZh", cam.nameZh())
                .put("nameEn", cam.nameEn())
                .put("enterpriseId", cam.enterpriseId())
                .put("distanceM", Math.round(cam.distanceM() * 10) / 10.0)
                .put("seesPlace", cam.sees())
                .put("ptz", cam.ptz())
                .put("lon", cam.lon())
                .put("lat", cam.lat());
    }

    private static boolean sameKeys(List<Conflict> a, List<Conflict> b) {
        return keys(a).equals(keys(b));
    }

    private static List<String> keys(List<Conflict> cs) {
        List<String> out = new ArrayList<>();
        if (cs != null) for (Conflict c : cs) out.add(c.permit().id() + "|" + c.detector().tagId());
        return out;
    }
}
