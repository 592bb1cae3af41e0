package org.parkwatch.backend.gis;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The coordinate systems ParkWatch accepts for imports and the transformations it uses (proj4j,
 * EPSG definitions). Accepted: EPSG:4326 (WGS 84, RFC 7946 default, also OGC CRS84), EPSG:4490
 * (CGCS2000 geographic) and the CGCS2000 Gauss–Krüger projections EPSG:4491–4554 (6-degree zones
 * 13–23 and 3-degree zones 25–45 with and without zone prefix). Projected input is read as x =
 * easting, y = northing (GeoJSON order, as QGIS and GDAL write it).
 */
public final class CrsSupport {
    public static final int WGS84 = 4326;
    public static final int CGCS2000 = 4490;
    public static final int GK_FIRST = 4491;
    public static final int GK_LAST = 4554;

    /**
     * Metric CRS of the park: CGCS2000 / 3-degree Gauss–Krüger CM 114E (EPSG:4547), the zone of the
     * demo park at lon ≈ 113.95° (3-degree zone 38 without the zone prefix; EPSG:4526 is the same
     * with false easting 38 500 000 m).
     */
    public static final int PARK_METRIC = 4547;

    private static final Pattern EPSG =
            Pattern.compile(
                    "^(?:EPSG:(?:\\d+\\.?\\d*:)?|urn:ogc:def:crs:EPSG:[\\d.]*:|http://www\\.opengis\\.net/def/crs/EPSG/0/)(\\d+)$");
    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory CT_FACTORY = new CoordinateTransformFactory();

    private CrsSupport() {}

    /**
     * The EPSG code named by {@code name}: {@code EPSG:4547}, {@code urn:ogc:def:crs:EPSG::4547},
     * {@code http://www.opengis.net/def/crs/EPSG/0/4547}; CRS84 names give 4326; anything else is
     * empty.
     */
    public static OptionalInt epsgCode(String name) {
        String n = name.trim();
        String upper = n.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CRS84") || upper.endsWith("CRS:84")) return OptionalInt.of(WGS84);
        Matcher m = EPSG.matcher(n.startsWith("epsg:") ? "EPSG:" + n.substring(5) : n);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    public static boolean accepted(int epsg) {
        return epsg == WGS84 || epsg == CGCS2000 || (epsg >= GK_FIRST && epsg <= GK_LAST);
    }

    /**
     * Transforms {@code g} in place from {@code epsg} to EPSG:4326. CGCS2000 and WGS 84 are treated
     * as the same datum (they differ by centimetres, below the accuracy of park maps), so EPSG:4490
     * passes unchanged.
     */
    public static Geometry toWgs84(Geometry g, int epsg) {
        if (!accepted(epsg))
            throw new IllegalArgumentException("CRS EPSG:" + epsg + " is not accepted");
        if (epsg == WGS84 || epsg == CGCS2000) {
            g.setSRID(WGS84);
            return g;
        }
        apply(g, transform(epsg, CGCS2000));
        g.setSRID(WGS84);
        return g;
    }

    /** A transformation between two EPSG codes (not thread-safe: one per thread or per call). */
    public static CoordinateTransform transform(int fromEpsg, int toEpsg) {
        CoordinateReferenceSystem from = CRS_FACTORY.createFromName("EPSG:" + fromEpsg);
        CoordinateReferenceSystem to = CRS_FACTORY.createFromName("EPSG:" + toEpsg);
        return CT_FACTORY.createTransform(from, to);
    }

    /** Applies {@code t} to every coordinate of {@code g} in place. */
    public static void apply(Geometry g, CoordinateTransform t) {
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        g.apply(
                new CoordinateSequenceFilter() {
                    @Override
                    public void filter(CoordinateSequence seq, int i) {
                        in.x = seq.getX(i);
                        in.y = seq.getY(i);
                        t.transform(in, out);
                        seq.setOrdinate(i, 0, out.x);
                        seq.setOrdinate(i, 1, out.y);
                    }

                    @Override
                    public boolean isDone() {
                        return false;
                    }

                    @Override
                    public boolean isGeometryChanged() {
                        return true;
                    }
                });
        g.geometryChanged();
    }
}
