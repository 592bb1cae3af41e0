package org.parkwatch.backend.gis;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * {@link SpatialQueries} answered by the database, for layers too big to hold in memory: the
 * database narrows by bounding box (index-backed {@code geom && envelope}); exact metric distances
 * are then computed here on the park's Gauss–Krüger plane, the same way as {@link
 * MemorySpatialIndex}, so both give identical answers. k-nearest widens its search box until it
 * holds k features within the box's inscribed radius. Methods block.
 */
public final class DbSpatialQueries implements SpatialQueries {
    /** First search radius of k-nearest, metres; doubled until enough features are found. */
    static final double FIRST_RADIUS_M = 200;

    /** Largest search radius of k-nearest, metres (beyond it the whole table is scanned). */
    static final double MAX_RADIUS_M = 200_000;

    private final GisRepository repository;
    private final ThreadLocal<MetricProjection> projection =
            ThreadLocal.withInitial(MetricProjection::new);

    public DbSpatialQueries(GisRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<FeatureRecord> intersecting(Geometry area, String kind) {
        try {
            return repository.intersecting(area, kind);
        } catch (SQLException e) {
            throw new SpatialQueryException("intersecting query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<FeatureDistance> withinDistance(
            double lon, double lat, double radiusM, String kind) {
        List<FeatureDistance> out = new ArrayList<>(measured(lon, lat, radiusM, kind));
        out.removeIf(d -> d.distanceM() > radiusM);
        return out;
    }

    @Override
    public List<FeatureDistance> nearest(double lon, double lat, int k, String kind) {
        if (k <= 0) return List.of();
        for (double r = FIRST_RADIUS_M; r <= MAX_RADIUS_M; r *= 2) {
            List<FeatureDistance> found = measured(lon, lat, r, kind);
            double radius = r;
            // Only features within the inscribed circle are certain to be among the nearest.
            long sure = found.stream().filter(d -> d.distanceM() <= radius).count();
            if (sure >= k) return found.subList(0, k);
        }
        List<FeatureDistance> all = measured(lon, lat, Double.POSITIVE_INFINITY, kind);
        return all.subList(0, Math.min(k, all.size()));
    }

    /**
     * Candidates in the lon/lat box around the point covering {@code radiusM}, with metric
     * distances, sorted.
     */
    private List<FeatureDistance> measured(double lon, double lat, double radiusM, String kind) {
        MetricProjection p = projection.get();
        Point centre = p.toMetres(lon, lat);
        Envelope4326 box =
                Double.isInfinite(radiusM)
                        ? new Envelope4326(-180, -90, 180, 90)
                        : lonLatBox(p, centre, radiusM);
        List<FeatureRecord> candidates;
        try {
            candidates = repository.candidates(box, kind);
        } catch (SQLException e) {
            throw new SpatialQueryException("distance query failed: " + e.getMessage(), e);
        }
        List<FeatureDistance> out = new ArrayList<>();
        for (FeatureRecord f : candidates)
            out.add(new FeatureDistance(f, p.toMetres(f.geometry()).distance(centre)));
        out.sort(Comparator.comparingDouble(FeatureDistance::distanceM));
        return out;
    }

    /**
     * The lon/lat box covering the metric square of half-side {@code radiusM} around {@code
     * centre}.
     */
    private static Envelope4326 lonLatBox(MetricProjection p, Point centre, double radiusM) {
        double x = centre.getX();
        double y = centre.getY();
        double minLon = Double.MAX_VALUE,
                minLat = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE;
        for (double[] c :
                new double[][] {
                    {x - radiusM, y - radiusM},
                    {x + radiusM, y - radiusM},
                    {x - radiusM, y + radiusM},
                    {x + radiusM, y + radiusM},
                    {x, y - radiusM},
                    {x, y + radiusM}
                }) {
            var ll = p.toLonLat(c[0], c[1]);
            minLon = Math.min(minLon, ll.x);
            maxLon = Math.max(maxLon, ll.x);
            minLat = Math.min(minLat, ll.y);
            maxLat = Math.max(maxLat, ll.y);
        }
        return new Envelope4326(minLon, minLat, maxLon, maxLat);
    }
}
