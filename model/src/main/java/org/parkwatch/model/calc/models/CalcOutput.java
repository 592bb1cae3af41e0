package org.parkwatch.model.calc.models;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.parkwatch.model.consequence.DensePassivePlume;
import org.parkwatch.model.consequence.ThreatZone;
import org.parkwatch.model.consequence.Warning;

/**
 * Builds calculator output JSON: numbers (NaN as null), warnings, and GeoJSON polygons in local
 * metres.
 */
final class CalcOutput {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CalcOutput() {}

    static ObjectNode object() {
        return JSON.objectNode();
    }

    /** Puts a number, or null when it is NaN or infinite. */
    static void put(ObjectNode out, String field, double value) {
        if (Double.isFinite(value)) {
            out.put(field, value);
        } else {
            out.putNull(field);
        }
    }

    /** {@code warnings}: [{code, zh, en}, …]. */
    static ArrayNode warnings(List<Warning> warnings) {
        ArrayNode arr = JSON.arrayNode();
        for (Warning w : warnings) {
            arr.addObject().put("code", w.code()).put("zh", w.textZh()).put("en", w.textEn());
        }
        return arr;
    }

    /**
     * Toxic zones: [{id, valuePpm, zh, en, distanceM, atScanLimit, maxHalfWidthM, geometry,
     * warnings}]; a zone cut by the scan range says so ({@code atScanLimit}: its distance is a
     * lower bound).
     */
    static ArrayNode toxicZones(List<ThreatZone> zones) {
        ArrayNode arr = JSON.arrayNode();
        for (ThreatZone z : zones) {
            ObjectNode o = arr.addObject();
            o.put("id", z.threshold().id());
            o.put("valuePpm", z.threshold().value());
            o.put("zh", z.threshold().textZh());
            o.put("en", z.threshold().textEn());
            put(o, "distanceM", z.distanceM());
            o.put("atScanLimit", z.atScanLimit());
            put(o, "maxHalfWidthM", z.maxHalfWidthM());
            o.set("geometry", geoJson(z.area()));
            o.set("warnings", warnings(z.warnings()));
        }
        return arr;
    }

    /** [{model, fromM, toM}]: which model drew which part of a plume (toM null when unbounded). */
    static ArrayNode spans(List<DensePassivePlume.Span> spans) {
        ArrayNode arr = JSON.arrayNode();
        for (DensePassivePlume.Span s : spans) {
            ObjectNode o = arr.addObject().put("model", s.model());
            put(o, "fromM", s.fromM());
            put(o, "toM", s.toM());
        }
        return arr;
    }

    /** A Polygon or MultiPolygon as a GeoJSON geometry object (co-ordinates in local metres). */
    static ObjectNode geoJson(Geometry g) {
        ObjectNode out = JSON.objectNode();
        out.put("type", "MultiPolygon");
        ArrayNode polys = out.putArray("coordinates");
        for (int k = 0; k < g.getNumGeometries(); k++) {
            Geometry part = g.getGeometryN(k);
            if (part instanceof Polygon p && !p.isEmpty()) {
                ArrayNode rings = polys.addArray();
                ring(rings, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    ring(rings, p.getInteriorRingN(h));
                }
            }
        }
        return out;
    }

    private static void ring(ArrayNode rings, LineString ring) {
        ArrayNode arr = rings.addArray();
        for (Coordinate c : ring.getCoordinates()) {
            arr.addArray().add(round(c.x)).add(round(c.y));
        }
    }

    /** Millimetre precision is plenty for zone outlines. */
    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
