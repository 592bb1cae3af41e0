package org.parkwatch.backend.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/layers} and {@code /api/layers/:id} served from the park catalogue, read once at construction.
 * Interim: the spatial store (issue 3) replaces these routes with layers from the database.
 */
public final class ParkLayerRoutes {
    private final String index;
    private final Map<String, String> geoJsonById = new LinkedHashMap<>();

    public ParkLayerRoutes(ParkCatalog park) {
        JsonArray list = new JsonArray();
        for (LayerInfo l : park.layers()) {
            String text = park.layerGeoJson(l.id());
            JsonNode tree = park.layer(l.id());
            geoJsonById.put(l.id(), text);
            list.add(new JsonObject().put("id", l.id()).put("nameZh", l.nameZh()).put("nameEn", l.nameEn())
                    .put("featureCount", tree.path("features").size()));
        }
        this.index = list.encode();
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/layers", this::list, Permissions.LIVE_READ),
                RouteSpec.get("/api/layers/:id", this::layer, Permissions.LIVE_READ));
    }

    private void list(RoutingContext ctx) {
        ApiReplies.json(ctx, index);
    }

    private void layer(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String geoJson = geoJsonById.get(id);
        if (geoJson == null) {
            ApiReplies.error(ctx, 404, "no layer '" + id + "'; layers are " + geoJsonById.keySet());
            return;
        }
        ctx.response().putHeader("Content-Type", "application/geo+json; charset=utf-8").end(geoJson);
    }
}
