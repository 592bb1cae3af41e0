package org.parkwatch.backend.gis;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Lon/lat (EPSG:4326) to park metres (EPSG:4547, CGCS2000 3-degree Gauss–Krüger CM 114E; x =
 * easting, y = northing). Distances in the park (a few km across, near the central meridian) are
 * within 0.01 % of ground distance there. Use it for geometries that meet stored or imported data
 * (PostGIS, QRA grids, threat zones); park-scale point distances and bearings use the model's
 * {@code geo.LocalMetricPlane}. Not thread-safe: proj4j transforms keep state; use one instance per
 * thread.
 */
public final class MetricProjection {
    private static final GeometryFactory METRIC =
            new GeometryFactory(
                    GisRepository.GEOMETRY_4326.getPrecisionModel(), CrsSupport.PARK_METRIC);
    private final CoordinateTransform forward =
            CrsSupport.transform(CrsSupport.WGS84, CrsSupport.PARK_METRIC);
    private final CoordinateTransform inverse =
            CrsSupport.transform(CrsSupport.PARK_METRIC, CrsSupport.WGS84);

    /** A projected copy of {@code lonLat}, metres. */
    public Geometry toMetres(Geometry lonLat) {
        Geometry g = lonLat.copy();
        CrsSupport.apply(g, forward);
        g.setSRID(CrsSupport.PARK_METRIC);
        return g;
    }

    public Point toMetres(double lon, double lat) {
        ProjCoordinate out = new ProjCoordinate();
        forward.transform(new ProjCoordinate(lon, lat), out);
        return METRIC.createPoint(new Coordinate(out.x, out.y));
    }

    /** Inverse of {@link #toMetres(Geometry)}: a lon/lat copy of a geometry in park metres. */
    public Geometry toLonLat(Geometry metres) {
        Geometry g = metres.copy();
        CrsSupport.apply(g, inverse);
        g.setSRID(GisRepository.GEOMETRY_4326.getSRID());
        return g;
    }

    /** Inverse of {@link #toMetres(double, double)}: x = lon, y = lat in degrees. */
    public Coordinate toLonLat(double xM, double yM) {
        ProjCoordinate out = new ProjCoordinate();
        inverse.transform(new ProjCoordinate(xM, yM), out);
        return new Coordinate(out.x, out.y);
    }
}
