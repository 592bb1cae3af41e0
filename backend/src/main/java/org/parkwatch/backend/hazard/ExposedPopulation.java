package org.parkwatch.backend.hazard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.gis.MetricProjection;

/**
 * Counts the people living within {@link #RADIUS_M} of the plant boundary (厂区边界) for α: GB
 * 18218-2018 §4.2.3 and 安监总局令第40号 annex 1 count the residents within 500 m of the boundary of the
 * enterprise's site, not of the unit. The boundary is the {@code enterprises} site polygon that
 * contains the unit (the one holding its interior point, else the one it overlaps most); only a
 * unit outside every site falls back to its own outline, and the count says which boundary it used.
 * The boundary is projected to park metres (EPSG:4547, {@link MetricProjection}), buffered by 500
 * m, and every sensitive target (village, school, hospital polygon or point with a {@code
 * population}) that intersects the buffer counts in full, once. Built once from the {@code
 * sensitive-targets} and {@code enterprises} layers; not thread-safe (proj4j transforms keep
 * state).
 */
public final class ExposedPopulation {

    /**
     * Radius around the boundary whose residents set α: 500 m (GB 18218-2018 Table 5 with SAWS
     * Order No. 40 annex 1; docs/domain/gb18218.md §Grading) [P].
     */
    public static final double RADIUS_M = 500.0;

    /**
     * Segments per quarter circle of the buffer; 16 keeps the arc within 0.5 m of a true 500 m
     * offset.
     */
    private static final int BUFFER_QUADRANT_SEGMENTS = 16;

    /** One counted target with its distance from the unit boundary, metres. */
    public record Target(
            String id,
            String kind,
            String nameZh,
            String nameEn,
            int population,
            double distanceM) {}

    /**
     * The head count, the targets behind it and the boundary measured from.
     *
     * @param boundaryKind {@code enterprise-site} (the plant boundary) or {@code unit} (no site
     *     contains the unit)
     * @param boundaryId the site's (or unit's) feature id, empty when unknown
     */
    public record Count(
            int people,
            List<Target> targets,
            String boundaryKind,
            String boundaryId,
            String boundaryNameZh,
            String boundaryNameEn) {

        /** A count measured from an unnamed unit outline. */
        public Count(int people, List<Target> targets) {
            this(people, targets, UNIT_BOUNDARY, "", "", "");
        }

        /** "厂区边界（滨河华盛…，E01-PLOT）外 500 m 内：村A 320 人、学校B 50 人，共 370 人（每个目标计一次）". */
        public String arithmeticZh() {
            String where =
                    ENTERPRISE_SITE.equals(boundaryKind)
                            ? "厂区边界（" + boundaryNameZh + "，" + boundaryId + "）"
                            : "装置边界（无所属厂区）";
            String list =
                    targets.stream()
                            .map(t -> t.nameZh() + " " + t.population() + " 人")
                            .collect(Collectors.joining("、"));
            return where
                    + "外 500 m 内："
                    + (list.isEmpty() ? "无居民" : list)
                    + "，共 "
                    + people
                    + " 人（每个目标计一次）";
        }

        /** The same in English. */
        public String arithmeticEn() {
            String where =
                    ENTERPRISE_SITE.equals(boundaryKind)
                            ? "the plant boundary (" + boundaryNameEn + ", " + boundaryId + ")"
                            : "the unit outline (no enterprise site contains it)";
            String list =
                    targets.stream()
                            .map(
                                    t ->
                                            (t.nameEn().isEmpty() ? t.nameZh() : t.nameEn())
                                                    + " "
                                                    + t.population())
                            .collect(Collectors.joining(", "));
            return "within 500 m of "
                    + where
                    + ": "
                    + (list.isEmpty() ? "no residents" : list)
                    + "; "
                    + people
                    + " people in all (each target once)";
        }
    }

    /** Boundary kinds of a {@link Count}. */
    public static final String ENTERPRISE_SITE = "enterprise-site";

    public static final String UNIT_BOUNDARY = "unit";

    private record Site(String id, String nameZh, String nameEn, Geometry metres) {}

    private record Projected(
            String id,
            String kind,
            String nameZh,
            String nameEn,
            int population,
            Geometry metres) {}

    private final MetricProjection projection = new MetricProjection();
    private final List<Projected> targets = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();

    /** Without enterprise sites: every unit is measured from its own outline. */
    public ExposedPopulation(List<SensitiveTarget> sensitiveTargets) {
        this(sensitiveTargets, List.of());
    }

    /**
     * @param sensitiveTargets the park's sensitive targets ({@link
     *     ParkLayerReader#sensitiveTargets})
     * @param enterpriseSites the enterprise site polygons, i.e. the plant boundaries ({@link
     *     ParkLayerReader#enterpriseSites})
     * @throws IllegalArgumentException naming the target when its population is negative
     */
    public ExposedPopulation(
            List<SensitiveTarget> sensitiveTargets, List<EnterpriseSite> enterpriseSites) {
        for (EnterpriseSite site : enterpriseSites) {
            Geometry g = projection.toMetres(site.lonLat());
            if (g.getDimension() == 2) {
                sites.add(new Site(site.id(), site.nameZh(), site.nameEn(), g));
            }
        }
        for (SensitiveTarget t : sensitiveTargets) {
            if (t.population() < 0) {
                throw new IllegalArgumentException(
                        "sensitive-targets feature " + t.id() + ": population < 0");
            }
            targets.add(
                    new Projected(
                            t.id(),
                            t.kind(),
                            t.nameZh(),
                            t.nameEn(),
                            t.population(),
                            projection.toMetres(t.lonLat())));
        }
    }

    /**
     * People within 500 m of the plant boundary of the site containing {@code unitLonLat}
     * (EPSG:4326).
     */
    public Count around(Geometry unitLonLat) {
        Geometry unitM = projection.toMetres(unitLonLat);
        Site site = siteOf(unitM);
        Geometry unit = site == null ? unitM : site.metres();
        Geometry zone = unit.buffer(RADIUS_M, BUFFER_QUADRANT_SEGMENTS);
        int people = 0;
        List<Target> counted = new ArrayList<>();
        for (Projected t : targets) {
            if (t.population() > 0 && zone.intersects(t.metres())) {
                people += t.population();
                counted.add(
                        new Target(
                                t.id(),
                                t.kind(),
                                t.nameZh(),
                                t.nameEn(),
                                t.population(),
                                Math.round(unit.distance(t.metres()) * 10) / 10.0));
            }
        }
        return site == null
                ? new Count(people, List.copyOf(counted))
                : new Count(
                        people,
                        List.copyOf(counted),
                        ENTERPRISE_SITE,
                        site.id(),
                        site.nameZh(),
                        site.nameEn());
    }

    /**
     * The site holding the unit's interior point, else the one it overlaps most; null when none.
     */
    private Site siteOf(Geometry unitM) {
        Geometry inner = unitM.getInteriorPoint();
        Site best = null;
        double overlap = 0;
        for (Site s : sites) {
            if (s.metres().covers(inner)) {
                return s;
            }
            double a = unitM.getDimension() == 2 ? s.metres().intersection(unitM).getArea() : 0;
            if (a > overlap) {
                overlap = a;
                best = s;
            }
        }
        return best;
    }
}
