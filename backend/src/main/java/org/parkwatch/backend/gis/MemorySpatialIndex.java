package org.parkwatch.backend.gis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * {@link SpatialQueries} over an immutable snapshot of features held in memory: STR-trees (all
 * features, and one per kind) over the features projected to park metres, so distances are exact
 * planar metres and k-nearest uses the tree's branch-and-bound search. Build a new one when layers
 * change ({@link #of(List)}); queries are thread-safe.
 */
public final class MemorySpatialIndex implements SpatialQueries {
    private final STRtree all;
    private final Map<String, STRtree> byKind;
    private final ThreadLocal<MetricProjection> projection =
            ThreadLocal.withInitial(MetricProjection::new);

    private MemorySpatialIndex(STRtree all, Map<String, STRtree> byKind) {
        this.all = all;
        this.byKind = byKind;
    }

    /** Indexes {@code features} (EPSG:4326). */
    public static MemorySpatialIndex of(List<FeatureRecord> features) {
        MetricProjection p = new MetricProjection();
        STRtree all = new STRtree();
        Map<String, STRtree> byKind = new HashMap<>();
        for (FeatureRecord f : features) {
            Entry e = new Entry(f, p.toMetres(f.geometry()));
            all.insert(e.metric.getEnvelopeInternal(), e);
            byKind.computeIfAbsent(f.kind(), k -> new STRtree())
                    .insert(e.metric.getEnvelopeInternal(), e);
        }
        all.build();
        byKind.values().forEach(STRtree::build);
        return new MemorySpatialIndex(all, Map.copyOf(byKind));
    }

    public int size() {
        return all.size();
    }

    @Override
    public List<FeatureRecord> intersecting(Geometry area, String kind) {
        PreparedGeometry metricArea =
                PreparedGeometryFactory.prepare(projection.get().toMetres(area));
        List<FeatureRecord> out = new ArrayList<>();
        for (Object o : tree(kind).query(metricArea.getGeometry().getEnvelopeInternal())) {
            Entry e = (Entry) o;
            if (metricArea.intersects(e.metric)) out.add(e.feature);
        }
        out.sort(Comparator.comparing(FeatureRecord::id));
        return out;
    }

    @Override
    public List<FeatureDistance> withinDistance(
            double lon, double lat, double radiusM, String kind) {
        Point p = projection.get().toMetres(lon, lat);
        Envelope box = new Envelope(p.getCoordinate());
        box.expandBy(radiusM);
        List<FeatureDistance> out = new ArrayList<>();
        for (Object o : tree(kind).query(box)) {
            Entry e = (Entry) o;
            double d = e.metric.distance(p);
            if (d <= radiusM) out.add(new FeatureDistance(e.feature, d));
        }
        out.sort(Comparator.comparingDouble(FeatureDistance::distanceM));
        return out;
    }

    @Override
    public List<FeatureDistance> nearest(double lon, double lat, int k, String kind) {
        STRtree tree = tree(kind);
        if (k <= 0 || tree.isEmpty()) return List.of();
        Point p = projection.get().toMetres(lon, lat);
        Entry probe = new Entry(null, p);
        Object[] hits =
                tree.nearestNeighbour(
                        p.getEnvelopeInternal(), probe, DISTANCE, Math.min(k, tree.size()));
        List<FeatureDistance> out = new ArrayList<>();
        for (Object o : hits) {
            Entry e = (Entry) o;
            out.add(new FeatureDistance(e.feature, e.metric.distance(p)));
        }
        out.sort(Comparator.comparingDouble(FeatureDistance::distanceM));
        return out;
    }

    private STRtree tree(String kind) {
        if (kind == null) return all;
        STRtree t = byKind.get(kind);
        return t == null ? EMPTY : t;
    }

    private static final STRtree EMPTY = new STRtree();

    static {
        EMPTY.build();
    }

    private static final ItemDistance DISTANCE =
            (ItemBoundable a, ItemBoundable b) ->
                    ((Entry) a.getItem()).metric.distance(((Entry) b.getItem()).metric);

    private record Entry(FeatureRecord feature, Geometry metric) {}
}
