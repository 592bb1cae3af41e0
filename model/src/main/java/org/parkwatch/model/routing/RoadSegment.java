package org.parkwatch.model.routing;

import org.locationtech.jts.geom.LineString;

/**
 * One road as the roads layer holds it: a line string in EPSG:4326 (x = lon, y = lat) with its
 * class and traffic rules. A segment need not end at junctions: the {@link RoadGraphBuilder} nodes
 * the network where segments share vertices or cross.
 *
 * @param id the feature id (reported on routes; {@link RouteQuery#closedSegmentIds} names it)
 * @param line lon/lat line string with at least two distinct points
 * @param oneWay traffic only in the direction of digitisation (walkers use both)
 * @param hazmatAllowed open to hazardous-goods trucks ({@code hazmatRoute} in the layer)
 * @param closed closed to every mode (road works, a closed gate)
 * @param speedKmh driving speed, km/h; NaN for the class default ({@link RoutingSpeeds#driveKmh})
 */
public record RoadSegment(
        String id,
        String nameZh,
        String nameEn,
        LineString line,
        RoadClass roadClass,
        boolean oneWay,
        boolean hazmatAllowed,
        boolean closed,
        double speedKmh) {
    public RoadSegment {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("road id is empty");
        if (line == null || line.getNumPoints() < 2 || line.getLength() == 0)
            throw new IllegalArgumentException("road " + id + ": line needs two distinct points");
        if (roadClass == null) throw new IllegalArgumentException("road " + id + ": no roadClass");
        if (!Double.isNaN(speedKmh) && !(speedKmh > 0 && speedKmh <= 130))
            throw new IllegalArgumentException(
                    "road " + id + ": speedKmh must be in (0, 130], not " + speedKmh);
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
    }

    /** The driving speed, km/h: the segment's own or its class's default. */
    public double driveKmh() {
        return Double.isNaN(speedKmh) ? RoutingSpeeds.driveKmh(roadClass) : speedKmh;
    }
}
