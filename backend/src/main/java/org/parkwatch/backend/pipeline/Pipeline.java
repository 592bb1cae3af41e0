package org.parkwatch.backend.pipeline;

import org.locationtech.jts.geom.Geometry;

/**
 * One pipeline or pipe rack of the park's {@code pipelines} layer.
 *
 * @param kind {@code pipeline} or {@code pipe-rack}
 * @param classId its safety-distance class ({@link PipelineClass})
 * @param lonLat the centre line, EPSG:4326
 */
public record Pipeline(
        String id,
        String kind,
        String classId,
        String nameZh,
        String nameEn,
        String enterpriseId,
        Geometry lonLat) {}
