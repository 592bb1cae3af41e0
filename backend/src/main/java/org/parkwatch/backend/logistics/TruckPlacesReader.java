package org.parkwatch.backend.logistics;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.hazard.ParkLayerReader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Where hazmat trucks go and may stand, from the park's layers: each enterprise's site polygon (by
 * its {@code enterpriseId} property; the destination of its waybills, where a truck loads or
 * unloads) and the hazmat vehicle parks ({@code park-facilities} features of the {@link
 * #PARKING_KINDS}), and the park's gates open to hazmat trucks ({@code roads} features of kind
 * {@code gate} with {@code hazmatVehicles: true}), where a permitted route starts. A feature whose
 * geometry cannot be read is left out.
 */
final class TruckPlacesReader {
    static final String FACILITIES = "park-facilities";
    static final String ROADS = "roads";

    /** Facility kinds where a hazmat truck may stand. */
    static final Set<String> PARKING_KINDS = Set.of("parking", "hazmat-parking");

    /**
     * The places: sites by enterprise id, every permitted place (sites and parks), the gates hazmat
     * trucks enter and leave by (lon/lat points), and the hazmat vehicle parks (a truck with a
     * waybill may wait in one on its way to its site).
     */
    record TruckPlaces(
            Map<String, Geometry> siteByEnterprise,
            List<Geometry> permitted,
            List<Point> hazmatGates,
            List<Geometry> parkingLots) {}

    private TruckPlacesReader() {}

    static TruckPlaces read(ParkCatalog park) {
        Map<String, Geometry> sites = new LinkedHashMap<>();
        List<Geometry> permitted = new ArrayList<>();
        List<Geometry> lots = new ArrayList<>();
        for (JsonObject f :
                ParkLayerReader.features(
                        ParkLayerReader.layer(park, LogisticsCapability.ENTERPRISES_LAYER))) {
            JsonObject p = props(f);
            Geometry g = geometry(f);
            String id = p.getString("enterpriseId");
            if (g != null && g.getDimension() == 2 && id != null) {
                sites.merge(id, g, Geometry::union);
                permitted.add(g);
            }
        }
        for (JsonObject f : ParkLayerReader.features(ParkLayerReader.layer(park, FACILITIES))) {
            Geometry g = geometry(f);
            if (g != null
                    && g.getDimension() == 2
                    && PARKING_KINDS.contains(props(f).getString("kind"))) {
                permitted.add(g);
                lots.add(g);
            }
        }
        List<Point> gates = new ArrayList<>();
        for (JsonObject f : ParkLayerReader.features(ParkLayerReader.layer(park, ROADS))) {
            JsonObject p = props(f);
            if (!"gate".equals(p.getString("kind"))
                    || !Boolean.TRUE.equals(p.getValue("hazmatVehicles"))) continue;
            if (geometry(f) instanceof Point g) gates.add(g);
        }
        return new TruckPlaces(
                Map.copyOf(sites), List.copyOf(permitted), List.copyOf(gates), List.copyOf(lots));
    }

    private static JsonObject props(JsonObject f) {
        return f.getValue("properties") instanceof JsonObject p ? p : new JsonObject();
    }

    private static Geometry geometry(JsonObject f) {
        Object g = f.getValue("geometry");
        if (g == null) return null;
        try {
            return new GeoJsonReader().read(Json.encode(g));
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }
}
