package org.parkwatch.backend.pipeline;

/**
 * A building or facility within a safety zone of a pipeline.
 *
 * @param distanceM shortest distance between the feature and the centre line, metres on the park's
 *     plane (0 when they touch)
 */
public record Encroachment(
        String pipelineId,
        String classId,
        SafetyZone zone,
        String featureId,
        String layerId,
        String kind,
        String nameZh,
        String nameEn,
        String enterpriseId,
        double distanceM) {}
