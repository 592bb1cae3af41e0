package org.parkwatch.backend.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.parkwatch.backend.gis.FeatureRecord;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.gis.SpatialQueries;

/**
 * Finds buildings and facilities within the safety zones of each pipeline: the widest zone of the
 * pipeline's class is buffered on the park's metric plane, the database returns the features that
 * intersect the buffer ({@link SpatialQueries#intersecting}, the same SQL on H2GIS and PostGIS),
 * and each is placed in the narrowest zone that holds its exact distance. Pipelines of a class
 * without a distance from a source are not checked; a facility of the pipeline's owner that the
 * line reaches (distance 0: the terminal it feeds) is not an encroachment. Blocks.
 */
public final class EncroachmentCheck {
    /**
     * The feature kinds that count as buildings or facilities (the Oil and Gas Pipeline Protection
     * Law's "建筑物、构筑物"): the park's buildings, plants, stores, tanks, public facilities and
     * sensitive targets. Roads, rivers, pipelines, detectors and boundaries cross pipelines by
     * design and are not encroachments.
     */
    public static final Set<String> ENCROACHING_KINDS =
            Set.of(
                    "building",
                    "wwtp",
                    "parking",
                    "process-unit",
                    "tank-farm",
                    "tank",
                    "warehouse",
                    "village",
                    "school",
                    "hospital",
                    "fire-station",
                    "medical-point",
                    "shelter",
                    "foam-store",
                    "absorbent-store",
                    "accident-pool",
                    "emergency-pond");

    private final SpatialQueries database;
    private final Map<String, PipelineClass> classes;

    public EncroachmentCheck(SpatialQueries database, Map<String, PipelineClass> classes) {
        this.database = database;
        this.classes = classes;
    }

    /** Encroachments on {@code pipelines}, by pipeline then distance. */
    public List<Encroachment> check(List<Pipeline> pipelines) {
        MetricProjection plane = new MetricProjection();
        List<Encroachment> out = new ArrayList<>();
        for (Pipeline p : pipelines) {
            PipelineClass c = classes.get(p.classId());
            Optional<Double> widest = c == null ? Optional.empty() : c.widestM();
            if (widest.isEmpty()) continue;
            Geometry line = plane.toMetres(p.lonLat());
            Geometry buffer = plane.toLonLat(line.buffer(widest.get(), 16));
            List<Encroachment> found = new ArrayList<>();
            for (FeatureRecord f : database.intersecting(buffer, null)) {
                if (!ENCROACHING_KINDS.contains(f.kind()) || f.id().equals(p.id())) continue;
                double d = plane.toMetres(f.geometry()).distance(line);
                // the owner's own facility the line runs into is its terminal, not an encroachment
                if (d == 0 && p.enterpriseId() != null && p.enterpriseId().equals(f.enterpriseId()))
                    continue;
                c.zoneAt(d)
                        .ifPresent(
                                z ->
                                        found.add(
                                                new Encroachment(
                                                        p.id(),
                                                        c.id(),
                                                        z,
                                                        f.id(),
                                                        f.layerId(),
                                                        f.kind(),
                                                        f.nameZh(),
                                                        f.nameEn(),
                                                        f.enterpriseId(),
                                                        d)));
            }
            found.sort(Comparator.comparingDouble(Encroachment::distanceM));
            out.addAll(found);
        }
        return out;
    }
}
