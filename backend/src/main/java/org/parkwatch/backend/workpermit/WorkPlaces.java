package org.parkwatch.backend.workpermit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.parkwatch.backend.gis.FeatureAttributes;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.linkage.CameraView;
import org.parkwatch.backend.linkage.LinkageFeatures;
import org.parkwatch.model.geo.LocalMetricPlane;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;

/**
 * What the permits need of the park's layers: the tank-farm dikes (a place inside one), the cameras
 * (the one that sees a place) and the gas detectors with their tags (where an alarming tag is).
 * Built once from the catalogue's layers.
 */
public final class WorkPlaces {
    /** The layers of the demo park's data model (gis-data). */
    public static final String DIKES_LAYER = "tank-farms";

    public static final String CAMERAS_LAYER = "cameras";
    public static final String DETECTORS_LAYER = "gas-detectors";

    /**
     * The camera chosen for a place.
     *
     * @param sees true when the place is inside the camera's view (range and cone); false when it
     *     is only the nearest camera within the search range
     */
    public record CameraChoice(
            String id,
            String nameZh,
            String nameEn,
            String enterpriseId,
            double distanceM,
            boolean sees,
            boolean ptz,
            double lon,
            double lat) {}

    /**
     * A gas detector with one of its gas tags.
     *
     * @param featureId the detector feature ({@value #DETECTORS_LAYER})
     */
    public record Detector(
            String tagId,
            String featureId,
            String enterpriseId,
            String nameZh,
            double lon,
            double lat) {}

    private final List<FeatureRecord> dikes = new ArrayList<>();
    private final List<FeatureRecord> cameras = new ArrayList<>();

    /**
     * The cameras' positions and views, parsed once: a gas alarm near active work looks up the
     * camera of every permit near it on the ingest context (the alarm-latency benchmark found the
     * per-call parsing of each camera's attributes the larger part of the cross-check's cost).
     */
    private record CameraSite(
            FeatureRecord feature,
            double lon,
            double lat,
            double headingDeg,
            double fovDeg,
            double rangeM,
            boolean ptz) {}

    private final List<CameraSite> cameraSites = new ArrayList<>();
    private final Map<String, Detector> detectorByTag = new HashMap<>();

    public WorkPlaces(LinkageFeatures features, List<TagDefinition> tags) {
        for (FeatureRecord f : features.layer(DIKES_LAYER))
            if (f.geometry().getDimension() == 2) dikes.add(f);
        cameras.addAll(features.layer(CAMERAS_LAYER));
        for (FeatureRecord f : cameras) {
            Point c = f.geometry().getCentroid();
            FeatureAttributes p = LinkageFeatures.parse(f);
            cameraSites.add(
                    new CameraSite(
                            f,
                            c.getX(),
                            c.getY(),
                            p.number("headingDeg", 0),
                            p.number("fovDeg", 0),
                            p.number("rangeM", 0),
                            p.bool("ptz", false)));
        }
        for (TagDefinition t : tags) {
            if (t.kind() != TagKind.GAS_FLAMMABLE && t.kind() != TagKind.GAS_TOXIC) continue;
            Optional<FeatureRecord> f = features.feature(t.featureId());
            if (f.isEmpty() || !DETECTORS_LAYER.equals(f.get().layerId())) continue;
            Point c = f.get().geometry().getCentroid();
            detectorByTag.put(
                    t.id(),
                    new Detector(
                            t.id(),
                            f.get().id(),
                            t.enterpriseId(),
                            f.get().nameZh(),
                            c.getX(),
                            c.getY()));
        }
    }

    public static WorkPlaces of(ParkCatalog park) {
        return new WorkPlaces(LinkageFeatures.from(park), park.allTags());
    }

    /** True when the id is a camera of the cameras layer. */
    public boolean isCamera(String id) {
        for (FeatureRecord f : cameras) if (f.id().equals(id)) return true;
        return false;
    }

    /** The dike a place lies in or touches, if any. */
    public Optional<String> dikeAt(Geometry place) {
        for (FeatureRecord d : dikes)
            if (d.geometry().intersects(place)) return Optional.of(d.id());
        return Optional.empty();
    }

    /** The detector a gas tag belongs to, if it is one. */
    public Optional<Detector> detector(String tagId) {
        return Optional.ofNullable(tagId == null ? null : detectorByTag.get(tagId));
    }

    public List<Detector> detectors() {
        return List.copyOf(detectorByTag.values());
    }

    /**
     * The camera that sees the point, nearest first; else the nearest camera within {@code
     * searchRangeM}; empty when none is that close.
     */
    public Optional<CameraChoice> cameraFor(double lon, double lat, double searchRangeM) {
        List<CameraChoice> all = new ArrayList<>();
        for (CameraSite c : cameraSites) {
            double d = LocalMetricPlane.distanceM(c.lon(), c.lat(), lon, lat);
            boolean sees =
                    CameraView.sees(
                            c.headingDeg(),
                            c.fovDeg(),
                            c.rangeM(),
                            d,
                            CameraView.bearingDeg(c.lon(), c.lat(), lon, lat));
            if (!sees && d > searchRangeM) continue;
            FeatureRecord f = c.feature();
            all.add(
                    new CameraChoice(
                            f.id(),
                            f.nameZh(),
                            f.nameEn(),
                            f.enterpriseId(),
                            d,
                            sees,
                            c.ptz(),
                            c.lon(),
                            c.lat()));
        }
        return all.stream()
                .min(
                        Comparator.comparing((CameraChoice c) -> !c.sees())
                                .thenComparingDouble(CameraChoice::distanceM));
    }
}
