package org.parkwatch.backend.emergency;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.parkwatch.backend.gis.MetricProjection;
import org.parkwatch.backend.risk.zones.ZoneRun;

/**
 * Reads {@link ZoneFactsSource.ZoneFacts} from the JSON answer of a threat-zone run (the GeoJSON
 * FeatureCollection of {@code risk.zones.ThreatZoneJson}): per zone feature {@code outcome}, {@code
 * threshold}, {@code level} (1 = outermost) of {@code levels}, {@code population}; {@code
 * exposure.sensitiveTargets}.
 */
public final class ZoneFactsJson {
    private ZoneFactsJson() {}

    /**
     * The port over a source of threat-zone runs (the threat-zone capability's latest run of an
     * incident). The park's boundary is read from its {@code park-boundary} layer at the first call
     * (off the event loop, where the port is used).
     */
    public static ZoneFactsSource source(
            java.util.function.Function<String, java.util.Optional<ZoneRun>> latest,
            org.parkwatch.model.park.ParkCatalog park) {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<Geometry>> fence =
                new java.util.concurrent.atomic.AtomicReference<>();
        return id ->
                latest.apply(id)
                        .map(
                                r -> {
                                    if (fence.get() == null) fence.set(fence(park));
                                    return read(
                                            r.runId(),
                                            r.computedMs(),
                                            r.resultJson(),
                                            fence.get().orElse(null));
                                });
    }

    /** The union of the park-boundary layer's polygons; empty when the park has no such layer. */
    static java.util.Optional<Geometry> fence(org.parkwatch.model.park.ParkCatalog park) {
        if (park.layers().stream().noneMatch(l -> l.id().equals("park-boundary")))
            return java.util.Optional.empty();
        JsonArray features =
                new JsonObject(park.layerGeoJson("park-boundary"))
                        .getJsonArray("features", new JsonArray());
        GeoJsonReader reader = new GeoJsonReader();
        Geometry union = null;
        for (int i = 0; i < features.size(); i++) {
            JsonObject g = features.getJsonObject(i).getJsonObject("geometry");
            if (g == null) continue;
            try {
                Geometry one = reader.read(g.encode());
                union = union == null ? one : union.union(one);
            } catch (ParseException e) {
                throw new IllegalArgumentException(
                        "park-boundary feature " + i + ": " + e.getMessage());
            }
        }
        return java.util.Optional.ofNullable(union);
    }

    /**
     * @param fence the park boundary, EPSG:4326; null when the park has none (then no zone crosses)
     */
    public static ZoneFactsSource.ZoneFacts read(
            String runId, long computedMs, String resultJson, Geometry fence) {
        JsonObject answer = new JsonObject(resultJson);
        JsonArray features = answer.getJsonArray("features", new JsonArray());
        GeoJsonReader reader = new GeoJsonReader();
        int erpg2 = 0;
        int severe = 0;
        boolean crosses = false;
        double poolArea = Double.NaN;
        MetricProjection metres = new MetricProjection();
        for (int i = 0; i < features.size(); i++) {
            JsonObject f = features.getJsonObject(i);
            JsonObject p = f.getJsonObject("properties", new JsonObject());
            int population = p.getInteger("population", 0);
            boolean innermost = p.getInteger("level", 0).equals(p.getInteger("levels", -1));
            if ("toxic".equals(p.getString("outcome")) && "ERPG-2".equals(p.getString("threshold")))
                erpg2 = Math.max(erpg2, population);
            if (innermost) severe = Math.max(severe, population);
            JsonObject g = f.getJsonObject("geometry");
            if (g == null) continue;
            Geometry zone;
            try {
                zone = reader.read(g.encode());
            } catch (ParseException e) {
                throw new IllegalArgumentException(
                        "threat-zone run " + runId + ": zone " + f.getString("id") + " geometry");
            }
            if (fence != null && !fence.covers(zone)) crosses = true;
            if (innermost && "poolfire".equals(p.getString("outcome")))
                poolArea = metres.toMetres(zone).getArea();
        }
        int sensitive =
                answer.getJsonObject("exposure", new JsonObject())
                        .getInteger("sensitiveTargets", 0);
        return new ZoneFactsSource.ZoneFacts(
                runId, computedMs, erpg2, severe, crosses, sensitive, poolArea);
    }
}
