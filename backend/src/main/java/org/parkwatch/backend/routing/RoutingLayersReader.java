package org.parkwatch.backend.routing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureAttributesJson;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.GisRepository;
import org.parkwatch.model.routing.PopulationTarget;
import org.parkwatch.model.routing.RoadClass;
import org.parkwatch.model.routing.RoadSegment;
import org.parkwatch.model.routing.Shelter;

/**
 * Reads the layers routing needs through the {@link GisRepository} (H2GIS or PostGIS alike). Roads:
 * every line of the {@code roads} layer ({@code roadClass}, optional {@code oneWay}, {@code
 * hazmatRoute}, {@code closed}, {@code speedKmh}); points (gates) are skipped. Targets: the {@code
 * sensitive-targets} layer ({@code population}). Shelters: features of kind {@code shelter} in
 * {@code emergency-resources} with {@code capacity}, and any {@code park-facilities} feature with
 * {@code shelterCapacity}. Responders: {@code emergency-resources} of the {@link #RESPONDER_KINDS}.
 * A feature with a bad property is left out and named in {@link RoutingLayers#problems}, so one bad
 * road never stops the backend. Blocks.
 */
public final class RoutingLayersReader {
    static final String ROADS = "roads";
    static final String TARGETS = "sensitive-targets";
    static final String RESOURCES = "emergency-resources";
    static final String FACILITIES = "park-facilities";

    /** Kinds of the emergency-resources layer whose teams get approach routes. */
    static final Set<String> RESPONDER_KINDS = Set.of("fire-station", "medical-point");

    private static final int PAGE = 100_000;
    private static final Set<String> TARGET_KINDS_SENSITIVE =
            Set.of("school", "hospital", "kindergarten", "nursing-home");

    private final GisRepository gis;

    public RoutingLayersReader(GisRepository gis) {
        this.gis = gis;
    }

    public RoutingLayers read() throws SQLException {
        List<String> problems = new ArrayList<>();
        List<RoadSegment> roads = new ArrayList<>();
        for (FeatureRecord f : gis.features(ROADS, null, PAGE, 0)) roads(f, roads, problems);
        List<PopulationTarget> targets = new ArrayList<>();
        for (FeatureRecord f : gis.features(TARGETS, null, PAGE, 0)) {
            FeatureAttributes p = FeatureAttributesJson.of(f);
            try {
                boolean sensitive =
                        TARGET_KINDS_SENSITIVE.contains(f.kind())
                                || "highly-sensitive".equals(p.text("protectionClass", ""));
                targets.add(
                        new PopulationTarget(
                                f.id(),
                                f.nameZh(),
                                f.nameEn(),
                                f.geometry(),
                                p.integer("population", 0),
                                sensitive));
            } catch (IllegalArgumentException e) {
                problems.add(TARGETS + "/" + f.id() + ": " + e.getMessage());
            }
        }
        List<Shelter> shelters = new ArrayList<>();
        List<ResponderPlace> responders = new ArrayList<>();
        for (FeatureRecord f : gis.features(RESOURCES, null, PAGE, 0)) {
            Point c = f.geometry().getInteriorPoint();
            if ("shelter".equals(f.kind())) shelter(f, "capacity", shelters, problems);
            if (RESPONDER_KINDS.contains(f.kind())) {
                responders.add(
                        new ResponderPlace(
                                f.id(), f.kind(), f.nameZh(), f.nameEn(), c.getX(), c.getY()));
            }
        }
        for (FeatureRecord f : gis.features(FACILITIES, null, PAGE, 0)) {
            if (FeatureAttributesJson.of(f).has("shelterCapacity"))
                shelter(f, "shelterCapacity", shelters, problems);
        }
        return new RoutingLayers(roads, targets, shelters, responders, problems);
    }

    private static void roads(FeatureRecord f, List<RoadSegment> out, List<String> problems) {
        Geometry g = f.geometry();
        if (g.getDimension() != 1) return; // gates and other points on the roads layer
        FeatureAttributes p = FeatureAttributesJson.of(f);
        try {
            RoadClass cls = RoadClass.parse(p.text("roadClass", ""));
            double speed = p.number("speedKmh", Double.NaN);
            for (int i = 0; i < g.getNumGeometries(); i++) {
                String id = g.getNumGeometries() == 1 ? f.id() : f.id() + "#" + i;
                out.add(
                        new RoadSegment(
                                id,
                                f.nameZh(),
                                f.nameEn(),
                                (LineString) g.getGeometryN(i),
                                cls,
                                p.bool("oneWay", false),
                                p.bool("hazmatRoute", false),
                                p.bool("closed", false),
                                speed));
            }
        } catch (IllegalArgumentException e) {
            problems.add(ROADS + "/" + f.id() + ": " + e.getMessage());
        }
    }

    private static void shelter(
            FeatureRecord f, String field, List<Shelter> out, List<String> problems) {
        int capacity = FeatureAttributesJson.of(f).integer(field, -1);
        if (capacity < 0) {
            problems.add(f.layerId() + "/" + f.id() + ": " + field + " missing or negative");
            return;
        }
        Point c = f.geometry().getInteriorPoint();
        out.add(new Shelter(f.id(), f.nameZh(), f.nameEn(), c.getX(), c.getY(), capacity));
    }
}
