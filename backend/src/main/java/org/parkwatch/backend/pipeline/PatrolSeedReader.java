package org.parkwatch.backend.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the demo park's {@code pipeline-patrols.json}: patrols with a day offset from now ({@code
 * daysAgo}) and track points {@code [lon, lat, seconds after the start]}.
 */
final class PatrolSeedReader {
    /** Who files the seeded patrols. */
    static final String SEED_USER = "demo-seed";

    private PatrolSeedReader() {}

    /**
     * @throws IllegalArgumentException naming the patrol and point index
     */
    static List<Patrol> read(JsonNode root, long nowMs) {
        List<Patrol> out = new ArrayList<>();
        JsonNode list = root.path("patrols");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            long start = nowMs - Math.round(p.path("daysAgo").asDouble(0) * 86_400_000.0);
            List<double[]> track = new ArrayList<>();
            JsonNode pts = p.path("track");
            for (int j = 0; j < pts.size(); j++) {
                JsonNode pt = pts.get(j);
                if (!pt.isArray() || pt.size() != 3) {
                    throw new IllegalArgumentException(
                            "pipeline-patrols.json: patrols["
                                    + i
                                    + "].track["
                                    + j
                                    + "] is not [lon, lat, s]");
                }
                track.add(
                        new double[] {
                            pt.get(0).asDouble(),
                            pt.get(1).asDouble(),
                            start + pt.get(2).asLong() * 1000
                        });
            }
            out.add(
                    new Patrol(
                            "demo-" + (i + 1),
                            p.path("pipelineId").asText(null),
                            p.path("patroller").asText(null),
                            0,
                            0,
                            track,
                            "",
                            SEED_USER,
                            nowMs));
        }
        return out;
    }
}
