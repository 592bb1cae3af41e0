package org.parkwatch.backend.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * How much of each pipeline segment the patrols walked: a segment (between two vertices of the
 * centre line) is covered where it lies within {@link #TRACK_TOLERANCE_M} of a patrol's GPS track;
 * its coverage is the covered length over its length, 0…1. Geometries on the park's metric plane.
 * Pure (JTS only).
 */
public final class PatrolCoverage {
    /**
     * Distance from a track within which the pipeline counts as walked, metres: a handheld GPS is
     * good to about 5–10 m in the open, and a patroller walks beside the buried line, not on it.
     * Project choice [U]; no standard gives a value.
     */
    public static final double TRACK_TOLERANCE_M = 20;

    private static final GeometryFactory PLANE = new GeometryFactory();

    /**
     * Coverage of one segment.
     *
     * @param index 0 for the segment from vertex 0 to vertex 1
     * @param coveredFraction 0…1
     */
    public record Segment(String pipelineId, int index, double lengthM, double coveredFraction) {}

    private PatrolCoverage() {}

    /**
     * @param centreLineM the pipeline's centre line in metres (a LineString or MultiLineString)
     * @param tracksM the patrols' tracks in metres
     */
    public static List<Segment> of(
            String pipelineId, Geometry centreLineM, List<Geometry> tracksM) {
        Geometry walked = null;
        for (Geometry t : tracksM) {
            Geometry b = t.buffer(TRACK_TOLERANCE_M, 8);
            walked = walked == null ? b : walked.union(b);
        }
        List<Segment> out = new ArrayList<>();
        int index = 0;
        for (int g = 0; g < centreLineM.getNumGeometries(); g++) {
            Coordinate[] cs = centreLineM.getGeometryN(g).getCoordinates();
            for (int i = 0; i + 1 < cs.length; i++) {
                LineString seg = PLANE.createLineString(new Coordinate[] {cs[i], cs[i + 1]});
                double length = seg.getLength();
                double covered =
                        walked == null || length == 0
                                ? 0
                                : seg.intersection(walked).getLength() / length;
                out.add(new Segment(pipelineId, index++, length, Math.min(1.0, covered)));
            }
        }
        return out;
    }
}
