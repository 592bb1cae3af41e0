package org.parkwatch.backend.pipeline;

import java.util.List;

/**
 * One patrol of a pipeline with its GPS track.
 *
 * @param track points in time order, each {lon, lat, epoch ms} (EPSG:4326)
 */
public record Patrol(
        String id,
        String pipelineId,
        String patroller,
        long startedMs,
        long endedMs,
        List<double[]> track,
        String note,
        String createdBy,
        long createdMs) {}
