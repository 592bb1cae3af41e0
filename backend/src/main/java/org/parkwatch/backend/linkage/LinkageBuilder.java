package org.parkwatch.backend.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.SpatialQueries;
import org.parkwatch.backend.gis.SpatialQueries.FeatureDistance;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.ChemicalRecord;
import org.parkwatch.backend.hazard.DisposalCard;
import org.parkwatch.backend.hazard.DisposalCards;
import org.parkwatch.backend.hazard.registry.DutyContact;

/**
 * Builds the {@link LinkagePackage} for a location. Chemicals come from the place features (a
 * tank's {@code chemicalCas}, a unit's or warehouse's {@code chemicals}, a detector's {@code gas}
 * and the feature it monitors, a tank farm's tanks); cameras, targets and resources from the
 * spatial queries (distances in metres on the park's projected plane). Thread-safe if the
 * collaborators are.
 */
public final class LinkageBuilder {
    /** Layer ids of the demo park's data model (gis-data). */
    static final String CAMERAS = "cameras";

    static final String TARGETS = "sensitive-targets";
    static final String RESOURCES = "emergency-resources";
    static final String TANKS = "tanks";
    static final String CAMERA_KIND = "camera";

    /** Feature hops followed from a detector to the chemicals (detector → tank → …). */
    private static final int MAX_HOPS = 3;

    private final LinkageFeatures features;
    private final Supplier<SpatialQueries> spatialSource;
    private final ChemicalProperties chemicals;
    private final DisposalCards cards;
    private final Function<String, List<DutyContact>> contacts;
    private final LinkageConfig config;
    private volatile NearbyWork nearbyWork = NearbyWork.NONE;

    /**
     * @param spatial the spatial queries to use (the store's index, or {@code features.index()}
     *     without a store)
     * @param contacts duty contacts of an enterprise (the hazard registry's when present, else
     *     park.json's)
     */
    public LinkageBuilder(
            LinkageFeatures features,
            SpatialQueries spatial,
            ChemicalProperties chemicals,
            DisposalCards cards,
            Function<String, List<DutyContact>> contacts,
            LinkageConfig config) {
        this(features, () -> spatial, chemicals, cards, contacts, config);
    }

    /**
     * @param spatial asked on every build, e.g. the store's current index (it changes when layers
     *     are imported); a null answer falls back to {@code features.index()}
     */
    public LinkageBuilder(
            LinkageFeatures features,
            Supplier<SpatialQueries> spatial,
            ChemicalProperties chemicals,
            DisposalCards cards,
            Function<String, List<DutyContact>> contacts,
            LinkageConfig config) {
        this.features = features;
        this.spatialSource = spatial;
        this.chemicals = chemicals;
        this.cards = cards;
        this.contacts = contacts;
        this.config = config;
    }

    /** Where active special work near a place comes from (issue 15); none until set. */
    public void setNearbyWork(NearbyWork work) {
        this.nearbyWork = work == null ? NearbyWork.NONE : work;
    }

    /**
     * @param placeFeatureIds features involved (alarm feature, incident member features); the first
     *     names the place
     * @param lon location, EPSG:4326; NaN → the first place feature's centroid
     * @param enterpriseIds enterprises whose duty contacts are listed
     */
    public LinkagePackage build(
            List<String> placeFeatureIds, double lon, double lat, List<String> enterpriseIds) {
        FeatureRecord place =
                placeFeatureIds.isEmpty()
                        ? null
                        : features.feature(placeFeatureIds.get(0)).orElse(null);
        if ((Double.isNaN(lon) || Double.isNaN(lat)) && place != null) {
            Point c = place.geometry().getCentroid();
            lon = c.getX();
            lat = c.getY();
        }
        if (Double.isNaN(lon) || Double.isNaN(lat)) {
            throw new IllegalArgumentException(
                    "no location: neither coordinates nor a known feature among "
                            + placeFeatureIds);
        }
        SpatialQueries spatial = spatialSource.get();
        if (spatial == null) spatial = features.index();
        LinkagePackage.Place where =
                new LinkagePackage.Place(
                        place == null ? null : place.id(),
                        place == null ? null : place.layerId(),
                        place == null ? null : place.nameZh(),
                        place == null ? null : place.nameEn(),
                        lon,
                        lat);
        return new LinkagePackage(
                where,
                chemicals(placeFeatureIds),
                cameras(spatial, lon, lat),
                targets(spatial, lon, lat),
                config.peopleRadiusM(),
                resources(spatial, lon, lat),
                contacts(enterpriseIds),
                work(placeFeatureIds, lon, lat));
    }

    /**
     * The package of an alarm located by {@link AlarmPlaces} (no feature of its own, e.g. a special
     * work permit's cross-check alarm at the permit's place): cameras, targets, resources and work
     * around that point, the place named as given.
     *
     * @param enterpriseIds enterprises whose duty contacts are listed
     */
    public LinkagePackage buildAt(LinkagePackage.Place at, List<String> enterpriseIds) {
        LinkagePackage p =
                build(
                        at.featureId() == null ? List.of() : List.of(at.featureId()),
                        at.lon(),
                        at.lat(),
                        enterpriseIds);
        return p.withPlace(at);
    }

    /**
     * The package with its special work as it is now (a permit started, suspended or closed since
     * the package was built; a cross-check alarm raised or cleared), the rest as built.
     *
     * @param placeFeatureIds the features the package was built for
     */
    public LinkagePackage withCurrentWork(LinkagePackage p, List<String> placeFeatureIds) {
        return p.withWork(work(placeFeatureIds, p.place().lon(), p.place().lat()));
    }

    /** Work near the location or near any place feature (a detector), each once, nearest first. */
    private List<LinkagePackage.Work> work(List<String> placeIds, double lon, double lat) {
        Map<String, LinkagePackage.Work> byId = new LinkedHashMap<>();
        for (LinkagePackage.Work w : nearbyWork.near(lon, lat)) byId.putIfAbsent(w.id(), w);
        for (String id : placeIds) {
            FeatureRecord f = features.feature(id).orElse(null);
            if (f == null) continue;
            Point c = f.geometry().getCentroid();
            for (LinkagePackage.Work w : nearbyWork.near(c.getX(), c.getY())) {
                LinkagePackage.Work had = byId.get(w.id());
                if (had == null || w.distanceM() < had.distanceM()) byId.put(w.id(), w);
            }
        }
        List<LinkagePackage.Work> out = new ArrayList<>(byId.values());
        out.sort((a, b) -> Double.compare(a.distanceM(), b.distanceM()));
        return out;
    }

    private List<LinkagePackage.Chemical> chemicals(List<String> placeIds) {
        Map<String, Set<String>> casToFeatures = new LinkedHashMap<>();
        for (String id : placeIds) collect(id, id, 0, casToFeatures);
        List<LinkagePackage.Chemical> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : casToFeatures.entrySet()) {
            Optional<ChemicalRecord> rec = chemicals.byCas(e.getKey());
            Optional<DisposalCard> card = cards.byCas(e.getKey());
            out.add(
                    new LinkagePackage.Chemical(
                            e.getKey(),
                            rec.orElse(null),
                            card.orElse(null),
                            List.copyOf(e.getValue())));
        }
        return out;
    }

    private void collect(String featureId, String origin, int hops, Map<String, Set<String>> out) {
        if (featureId == null || hops > MAX_HOPS) return;
        FeatureAttributes p = features.props(featureId);
        p.text("chemicalCas").ifPresent(cas -> add(out, cas, featureId));
        for (String c : p.texts("chemicals")) add(out, c, featureId);
        p.text("gas").ifPresent(gas -> add(out, gas, featureId));
        if (p.has("monitorsFeatureId"))
            collect(p.text("monitorsFeatureId", null), origin, hops + 1, out);
        if ("tank-farm".equals(p.text("kind", ""))) {
            for (FeatureRecord t : features.layer(TANKS)) {
                if (featureId.equals(features.props(t.id()).text("tankFarmId", null))) {
                    collect(t.id(), origin, hops + 1, out);
                }
            }
        }
    }

    private static void add(Map<String, Set<String>> out, String cas, String featureId) {
        if (cas == null || cas.isBlank()) return;
        out.computeIfAbsent(cas, k -> new LinkedHashSet<>()).add(featureId);
    }

    private List<LinkagePackage.Camera> cameras(SpatialQueries spatial, double lon, double lat) {
        List<LinkagePackage.Camera> out = new ArrayList<>();
        for (FeatureDistance fd :
                spatial.withinDistance(lon, lat, config.maxCameraRangeM(), CAMERA_KIND)) {
            FeatureRecord f = fd.feature();
            if (!CAMERAS.equals(f.layerId())) continue;
            FeatureAttributes p = LinkageFeatures.parse(f);
            double range = p.number("rangeM", 0);
            double heading = p.number("headingDeg", 0);
            double fov = p.number("fovDeg", 0);
            Point c = f.geometry().getCentroid();
            double bearing = CameraView.bearingDeg(c.getX(), c.getY(), lon, lat);
            if (CameraView.sees(heading, fov, range, fd.distanceM(), bearing)) {
                out.add(
                        new LinkagePackage.Camera(
                                f.id(),
                                f.nameZh(),
                                f.nameEn(),
                                f.enterpriseId(),
                                fd.distanceM(),
                                bearing,
                                heading,
                                fov,
                                range,
                                p.bool("ptz", false),
                                c.getX(),
                                c.getY()));
            }
        }
        return out; // withinDistance is nearest first
    }

    private List<LinkagePackage.Target> targets(SpatialQueries spatial, double lon, double lat) {
        List<LinkagePackage.Target> out = new ArrayList<>();
        for (FeatureDistance fd : spatial.withinDistance(lon, lat, config.peopleRadiusM(), null)) {
            FeatureRecord f = fd.feature();
            if (!TARGETS.equals(f.layerId())) continue;
            FeatureAttributes p = LinkageFeatures.parse(f);
            Point c = f.geometry().getCentroid();
            out.add(
                    new LinkagePackage.Target(
                            f.id(),
                            f.kind(),
                            f.nameZh(),
                            f.nameEn(),
                            p.integer("population", 0),
                            fd.distanceM(),
                            c.getX(),
                            c.getY()));
        }
        return out;
    }

    private List<LinkagePackage.Resource> resources(
            SpatialQueries spatial, double lon, double lat) {
        Set<String> kinds = new TreeSet<>();
        for (FeatureRecord f : features.layer(RESOURCES)) kinds.add(f.kind());
        List<LinkagePackage.Resource> out = new ArrayList<>();
        for (String kind : kinds) {
            for (FeatureDistance fd : spatial.nearest(lon, lat, config.resourceSearchK(), kind)) {
                FeatureRecord f = fd.feature();
                if (!RESOURCES.equals(f.layerId())) continue;
                Point c = f.geometry().getCentroid();
                out.add(
                        new LinkagePackage.Resource(
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
        out.sort((a, b) -> Double.compare(a.distanceM(), b.distanceM()));
        return out;
    }

    private List<DutyContact> contacts(List<String> enterpriseIds) {
        List<DutyContact> out = new ArrayList<>();
        for (String e : enterpriseIds) {
            List<DutyContact> c = e == null ? null : contacts.apply(e);
            if (c != null) out.addAll(c);
        }
        return out;
    }
}
