package org.parkwatch.backend.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class PatrolCoverageTest {
    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }

    @Test
    void aTrackAlongHalfASegmentCoversHalfOfItPlusTheToleranceAtItsEnd() throws Exception {
        List<PatrolCoverage.Segment> s =
                PatrolCoverage.of(
                        "P",
                        wkt("LINESTRING (0 0, 1000 0, 1000 500)"),
                        List.of(wkt("LINESTRING (0 10, 500 10)")));
        assertEquals(2, s.size());
        assertEquals(1000, s.get(0).lengthM(), 1e-9);
        // the buffer's round end reaches sqrt(20² − 10²) = 17.3 m past x = 500 at y = 0
        assertEquals((500 + Math.sqrt(300)) / 1000, s.get(0).coveredFraction(), 1e-3);
        assertEquals(0, s.get(1).coveredFraction(), 1e-12);
    }

    @Test
    void aTrackFartherThanTheToleranceCoversNothing() throws Exception {
        List<PatrolCoverage.Segment> s =
                PatrolCoverage.of(
                        "P",
                        wkt("LINESTRING (0 0, 1000 0)"),
                        List.of(wkt("LINESTRING (0 25, 1000 25)")));
        assertEquals(0, s.get(0).coveredFraction(), 1e-12);
    }

    @Test
    void overlappingTracksCountOnce() throws Exception {
        List<PatrolCoverage.Segment> s =
                PatrolCoverage.of(
                        "P",
                        wkt("LINESTRING (0 0, 1000 0)"),
                        List.of(
                                wkt("LINESTRING (-100 0, 1100 0)"),
                                wkt("LINESTRING (-100 5, 1100 5)")));
        assertEquals(1.0, s.get(0).coveredFraction(), 1e-9);
    }
}
