package org.parkwatch.backend.logistics;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.hazard.EnterpriseSite;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * What the gates and the parking watch read from the park's layers: the enterprises' site polygons
 * keyed by enterprise id ({@code enterprises} layer, property {@code enterpriseId}; the feature id
 * is the plot's, e.g. {@code E01-PLOT}), and the hazmat parking lots ({@code park-facilities}, kind
 * {@code parking}, with {@code spaces}).
 */
final class ParkSitesReader {
    static final String FACILITIES_LAYER = "park-facilities";

    /** A hazmat parking lot with its number of slots. */
    record ParkingLot(String id, String nameZh, String nameEn, int spaces, Geometry lonLat) {}

    private ParkSitesReader() {}

    static List<EnterpriseSite> enterpriseSites(ParkCatalog park) {
        List<EnterpriseSite> out = new ArrayList<>();
        for (JsonObject f :
                ParkLayerReader.features(
                        ParkLayerReader.layer(park, LogisticsCapability.ENTERPRISES_LAYER))) {
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            String id = p.getString("enterpriseId");
            if (id == null) continue;
            Geometry g = geometry(f, id);
            if (g.getDimension() == 2) {
                out.add(
                        new EnterpriseSite(
                                id, p.getString("nameZh", id), p.getString("nameEn", id), g));
            }
        }
        return out;
    }

    static List<ParkingLot> parkingLots(ParkCatalog park) {
        List<ParkingLot> out = new ArrayList<>();
        for (JsonObject f :
                ParkLayerReader.features(ParkLayerReader.layer(park, FACILITIES_LAYER))) {
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            if (!"parking".equals(p.getString("kind"))) continue;
            String id = f.getString("id");
            Object spaces = p.getValue("spaces");
            if (id == null || !(spaces instanceof Number n) || n.intValue() <= 0) {
                throw new IllegalArgumentException(
                        FACILITIES_LAYER
                                + " parking feature "
                                + id
                                + ": needs an id and spaces > 0");
            }
            out.add(
                    new ParkingLot(
                            id,
                            p.getString("nameZh", id),
                            p.getString("nameEn", id),
                            n.intValue(),
                            geometry(f, id)));
        }
        return out;
    }

    private static Geometry geometry(JsonObject f, String id) {
        try {
            return new GeoJsonReader().read(f.getJsonObject("geometry").encode());
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException(
                    "feature " + id + ": geometry unreadable: " + e.getMessage());
        }
    }
}
