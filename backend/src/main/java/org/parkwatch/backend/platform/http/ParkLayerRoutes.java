package org.parkwatch.backend.platform.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/layers} and {@code /api/layers/:id} served from the park catalogue, read once at construction.
 * Interim: the spatial store (issue 3) replaces these routes with layers from the database. Scoped like GisRoutes.
 */
public final class ParkLayerRoutes {
    private final String index;
    private final Map<String, String> geoJsonById = new LinkedHashMap<>();
    private final Map<String, JsonArray> featuresById = new LinkedHashMap<>();
    private final TenantScope tenancy;

    public ParkLayerRoutes(ParkCatalog park, TenantScope tenancy) {
        this.tenancy = tenancy;
        JsonArray list = new JsonArray();
        for (LayerInfo l : park.layers()) {
            String text = park.layerGeoJson(l.id());
            JsonArray features = new JsonObject(text).getJsonArray("features", new JsonArray());
            geoJsonById.put(l.id(), text);
            featuresById.put(l.id(), features);
            list.add(new JsonObject().put("id", l.id()).put("nameZh", l.nameZh()).put("nameEn", l.nameEn())
                    .put("featureCount", features.size()));
        }
        this.index = list.encode();
    }

    public List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/layers", this::list, Permissions.LIVE_READ),
                RouteSpec.get("/api/layers/:id", this::layer, Permissions.LIVE_READ));
    }

    private void list(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        if (!p.scoped()) {
            ApiReplies.json(ctx, index);
            return;
        }
        JsonArray list = new JsonArray(); // counts of what the caller sees
        for (Object o : new JsonArray(index)) {
            JsonObject l = ((JsonObject) o).copy();
            l.put("featureCount", visible(p, l.getString("id")).size());
            list.add(l);
        }
        ApiReplies.json(ctx, list.encode());
    }

    /** The features of a layer the caller sees. */
    private JsonArray visible(Principal p, String layerId) {
        JsonArray out = new JsonArray();
        for (Object o : featuresById.get(layerId)) {
            JsonObject props = o instanceof JsonObject f && f.getValue("properties") instanceof JsonObject pr ? pr
                    : new JsonObject();
            Object owner = props.getValue("enterpriseId");
            if (tenancy.seesFeature(p, layerId, owner == null ? null : owner.toString())) out.add(o);
        }
        return out;
    }

    private void layer(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String geoJson = geoJsonById.get(id);
        if (geoJson == null) {
            ApiReplies.error(ctx, 404, "no layer '" + id + "'; layers are " + geoJsonById.keySet());
            return;
        }
        Principal p = Principal.of(ctx);
        if (p.scoped()) {
            geoJson = new JsonObject().put("type", "FeatureCollection").put("features", visible(p, id)).encode();
        }
        ctx.response().putHeader("Content-Type", "application/geo+json; charset=utf-8").end(geoJson);
    }
}
