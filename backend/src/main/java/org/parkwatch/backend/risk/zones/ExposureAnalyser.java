package org.parkwatch.backend.risk.zones;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureAttributesJson;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.SpatialQueries;

/**
 * Who and what lies in each zone, and which emergency resources are nearest outside them, through
 * the {@link SpatialQueries} interface (EPSG:4326 in, metres on the park's plane). A target or
 * installation counts in a zone when its geometry intersects the zone polygon; population is the
 * {@code population} property of the sensitive-target (population layer) features. Thread-safe if
 * the spatial queries are.
 */
public final class ExposureAnalyser {
    /** Layer ids of the park's data model (gis-data). */
    static final String TARGETS = "sensitive-targets";

    static final String ENTERPRISES = "enterprises";
    static final String RESOURCES = "emergency-resources";
    static final Set<String> INSTALLATIONS =
            Set.of("tanks", "process-units", "warehouses", "tank-farms");

    /** Target kinds flagged as sensitive (GB 36894 "highly sensitive" protection targets). */
    static final Set<String> SENSITIVE_KINDS =
            Set.of("school", "hospital", "kindergarten", "nursing-home");

    /** Candidates looked at per resource kind when the nearest ones lie inside a zone. */
    static final int RESOURCE_CANDIDATES = 20;

    /** A feature that lies in a zone. */
    public record Hit(
            String id,
            String layerId,
            String kind,
            String nameZh,
            String nameEn,
            String enterpriseId,
            int population,
            boolean sensitive) {}

    /** What one zone holds. */
    public record ZoneContent(
            List<Hit> targets, int population, List<Hit> enterprises, List<Hit> installations) {}

    /** The nearest resource of a kind outside every zone. */
    public record Resource(
            String id,
            String kind,
            String nameZh,
            String nameEn,
            double distanceM,
            double lon,
            double lat) {}

    /** Resources outside (nearest per kind) and inside the zones. */
    public record Resources(List<Resource> nearestOutside, List<Hit> inside) {}

    private final SpatialQueries spatial;
    private final List<String> resourceKinds;

    /**
     * @param resourceKinds kinds of the emergency-resources layer to report (e.g. fire-station,
     *     shelter)
     */
    public ExposureAnalyser(SpatialQueries spatial, List<String> resourceKinds) {
        this.spatial = spatial;
        this.resourceKinds = List.copyOf(resourceKinds);
    }

    /** The targets, people, enterprises and installations inside {@code zone} (EPSG:4326). */
    public ZoneContent content(Geometry zone) {
        List<Hit> targets = new ArrayList<>();
        List<Hit> enterprises = new ArrayList<>();
        List<Hit> installations = new ArrayList<>();
        int people = 0;
        if (!zone.isEmpty()) {
            for (FeatureRecord f : spatial.intersecting(zone, null)) {
                if (TARGETS.equals(f.layerId())) {
                    Hit h = hit(f);
                    targets.add(h);
                    people += h.population();
                } else if (ENTERPRISES.equals(f.layerId())) {
                    enterprises.add(hit(f));
                } else if (INSTALLATIONS.contains(f.layerId())) {
                    installations.add(hit(f));
                }
            }
        }
        return new ZoneContent(targets, people, enterprises, installations);
    }

    /**
     * For each resource kind, the nearest resource of that kind from the source that lies outside
     * every zone; and the resources inside some zone (they may be unusable).
     *
     * @param outermost the outermost zone of each outcome (EPSG:4326)
     */
    public Resources resources(double lon, double lat, List<Geometry> outermost) {
        List<PreparedGeometry> zones =
                outermost.stream()
                        .filter(g -> !g.isEmpty())
                        .map(PreparedGeometryFactory::prepare)
                        .toList();
        List<Resource> outside = new ArrayList<>();
        Map<String, Hit> inside = new LinkedHashMap<>();
        for (String kind : resourceKinds) {
            for (SpatialQueries.FeatureDistance fd :
                    spatial.nearest(lon, lat, RESOURCE_CANDIDATES, kind)) {
                FeatureRecord f = fd.feature();
                if (!RESOURCES.equals(f.layerId())) continue;
                if (zones.stream().anyMatch(z -> z.intersects(f.geometry()))) {
                    inside.putIfAbsent(f.id(), hit(f));
                    continue;
                }
                Point c = f.geometry().getCentroid();
                outside.add(
                        new Resource(
                                f.id(),
                                f.kind(),
                                f.nameZh(),
                                f.nameEn(),
                                fd.distanceM(),
                                c.getX(),
                                c.getY()));
                break;
            }
        }
        outside.sort((a, b) -> Double.compare(a.distanceM(), b.distanceM()));
        return new Resources(outside, List.copyOf(inside.values()));
    }

    private static Hit hit(FeatureRecord f) {
        FeatureAttributes p = FeatureAttributesJson.of(f);
        boolean sensitive =
                SENSITIVE_KINDS.contains(f.kind())
                        || "highly-sensitive".equals(p.text("protectionClass", ""));
        return new Hit(
                f.id(),
                f.layerId(),
                f.kind(),
                f.nameZh(),
                f.nameEn(),
                f.enterpriseId(),
                p.integer("population", 0),
                sensitive);
    }
}
