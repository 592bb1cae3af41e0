package org.parkwatch.backend.hazard;

import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.gis.MetricProjection;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the people living within {@link #RADIUS_M} of a unit's boundary for α (GB 18218-2018 Table 5): the unit
 * polygon is projected to park metres (EPSG:4547, {@link MetricProjection}), buffered by 500 m, and every sensitive
 * target (village, school, hospital polygon or point with a {@code population}) that intersects the buffer counts in
 * full. Built once from the {@code sensitive-targets} layer; not thread-safe (proj4j transforms keep state).
 */
public final class ExposedPopulation {

    /**
     * Radius around the boundary whose residents set α: 500 m (GB 18218-2018 Table 5 with SAWS Order No. 40 annex 1;
     * docs/domain/gb18218.md §Grading) [P].
     */
    public static final double RADIUS_M = 500.0;
    /** Segments per quarter circle of the buffer; 16 keeps the arc within 0.5 m of a true 500 m offset. */
    private static final int BUFFER_QUADRANT_SEGMENTS = 16;

    /** One counted target with its distance from the unit boundary, metres. */
    public record Target(String id, String kind, String nameZh, String nameEn, int population, double distanceM) {
    }

    /** The head count and the targets behind it. */
    public record Count(int people, List<Target> targets) {
    }

    private record Projected(String id, String kind, String nameZh, String nameEn, int population, Geometry metres) {
    }

    private final MetricProjection projection = new MetricProjection();
    private final List<Projected> targets = new ArrayList<>();

    /**
     * @param sensitiveTargets the park's sensitive targets ({@link ParkLayerReader#sensitiveTargets})
     * @throws IllegalArgumentException naming the target when its population is negative
     */
    public ExposedPopulation(List<SensitiveTarget> sensitiveTargets) {
        for (SensitiveTarget t : sensitiveTargets) {
            if (t.population() < 0) {
                throw new IllegalArgumentException("sensitive-targets feature " + t.id() + ": population < 0");
            }
            targets.add(new Projected(t.id(), t.kind(), t.nameZh(), t.nameEn(), t.population(),
                    projection.toMetres(t.lonLat())));
        }
    }

    /** People within 500 m of the boundary of {@code unitLonLat} (EPSG:4326). */
    public Count around(Geometry unitLonLat) {
        Geometry unit = projection.toMetres(unitLonLat);
        Geometry zone = unit.buffer(RADIUS_M, BUFFER_QUADRANT_SEGMENTS);
        int people = 0;
        List<Target> counted = new ArrayList<>();
        for (Projected t : targets) {
            if (t.population() > 0 && zone.intersects(t.metres())) {
                people += t.population();
                counted.add(new Target(t.id(), t.kind(), t.nameZh(), t.nameEn(), t.population(),
                        Math.round(unit.distance(t.metres()) * 10) / 10.0));
            }
        }
        return new Count(people, List.copyOf(counted));
    }
}
