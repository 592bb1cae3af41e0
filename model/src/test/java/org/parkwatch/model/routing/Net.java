package org.parkwatch.model.routing;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.parkwatch.model.geo.LocalMetricPlane;

/** Hand-built test networks written in metres about (114°E, 35°N). */
final class Net {
    static final LocalMetricPlane PLANE = new LocalMetricPlane(114, 35);
    static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(), 4326);

    final List<RoadSegment> roads = new ArrayList<>();

    static double lon(double xM) {
        return PLANE.lon(xM);
    }

    static double lat(double yM) {
        return PLANE.lat(yM);
    }

    /** A two-way branch road through the points (x, y, x, y … in metres). */
    Net road(String id, double... xy) {
        return road(id, RoadClass.BRANCH, false, true, xy);
    }

    Net road(String id, RoadClass cls, boolean oneWay, boolean hazmat, double... xy) {
        roads.add(new RoadSegment(id, id, id, line(xy), cls, oneWay, hazmat, false, Double.NaN));
        return this;
    }

    RoadGraph graph() {
        return RoadGraphBuilder.build(roads);
    }

    static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++)
            c[i] = new Coordinate(lon(xy[2 * i]), lat(xy[2 * i + 1]));
        return GF.createLineString(c);
    }

    /** An axis-aligned rectangle in metres as a lon/lat polygon. */
    static Geometry box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(
                new Coordinate[] {
                    new Coordinate(lon(x0), lat(y0)),
                    new Coordinate(lon(x1), lat(y0)),
                    new Coordinate(lon(x1), lat(y1)),
                    new Coordinate(lon(x0), lat(y1)),
                    new Coordinate(lon(x0), lat(y0))
                });
    }
}
