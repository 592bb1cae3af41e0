package org.parkwatch.backend.gis;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * HTTP API of the map layers: {@code GET /api/layers}, {@code GET
 * /api/layers/:id?bbox=minLon,minLat,maxLon,maxLat} (GeoJSON FeatureCollection), {@code GET
 * /api/features/:id} (GeoJSON Feature), and {@code POST
 * /api/layers/:id/import?crs=&nameZh=&nameEn=} with a GeoJSON body (422 lists every problem). Reads
 * are scoped by {@link TenantScope}: an enterprise user gets park-level layers whole and only its
 * own features of the others.
 */
public final class GisRoutes {
    /** Most features one layer request returns. */
    static final int MAX_FEATURES_PER_REQUEST = 100_000;

    static final String GEOJSON = "application/geo+json";

    private final Vertx vertx;
    private final GisRepository repository;
    private final LayerImporter importer;
    private final ImportLimits limits;
    private final Runnable onLayersChanged;
    private final TenantScope tenancy;

    /**
     * @param onLayersChanged called on a worker thread after a successful import (e.g. rebuild the
     *     index)
     * @param tenancy which features the caller sees
     */
    public GisRoutes(
            Vertx vertx,
            GisRepository repository,
            LayerImporter importer,
            ImportLimits limits,
            Runnable onLayersChanged,
            TenantScope tenancy) {
        this.vertx = vertx;
        this.repository = repository;
        this.importer = importer;
        this.limits = limits;
        this.onLayersChanged = onLayersChanged;
        this.tenancy = tenancy;
    }

    /** The features of {@code all} the caller sees (all of them for park roles). */
    static List<FeatureRecord> visible(TenantScope tenancy, Principal p, List<FeatureRecord> all) {
        if (!p.scoped()) return all;
        return all.stream()
                .filter(f -> tenancy.seesFeature(p, f.layerId(), f.enterpriseId()))
                .toList();
    }

    /**
     * Rows for the backend's route table (the table's body handler limits the import body size).
     */
    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/layers", this::layers, Permissions.LIVE_READ),
                RouteSpec.get("/api/layers/:id", this::layer, Permissions.LIVE_READ),
                RouteSpec.get("/api/features/:id", this::feature, Permissions.LIVE_READ),
                RouteSpec.post("/api/layers/:id/import", this::importLayer, Permissions.GIS_WRITE));
    }

    /** Registers the routes on a plain router, with a body limit of the import size limit. */
    public void register(Router router) {
        for (RouteSpec r : routes()) {
            var route = router.route(r.method(), r.path());
            if (r.hasBody())
                route.handler(BodyHandler.create(false).setBodyLimit(limits.maxBytes()));
            route.handler(r.handler());
        }
    }

    private void layers(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                "application/json",
                () -> {
                    Map<String, Integer> counts =
                            null; // an enterprise user's counts leave out features it does not see
                    if (p.scoped()) {
                        counts = new HashMap<>();
                        for (FeatureRecord f : visible(tenancy, p, repository.allFeatures())) {
                            counts.merge(f.layerId(), 1, Integer::sum);
                        }
                    }
                    JsonArray out = new JsonArray();
                    for (LayerRecord l : repository.layers()) {
                        int count =
                                counts == null ? l.featureCount() : counts.getOrDefault(l.id(), 0);
                        out.add(
                                new JsonObject()
                                        .put("id", l.id())
                                        .put("nameZh", l.nameZh())
                                        .put("nameEn", l.nameEn())
                                        .put("source", l.source())
                                        .put("featureCount", count)
                                        .put("updatedMs", l.updatedMs()));
                    }
                    return out.encode();
                });
    }

    private void layer(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String bboxParam = ctx.request().getParam("bbox");
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                GEOJSON,
                () -> {
                    Envelope4326 bbox = bboxParam == null ? null : Envelope4326.parse(bboxParam);
                    if (repository.layer(id).isEmpty())
                        throw new NoSuchElementException("no layer '" + id + "'");
                    return FeatureGeoJson.collection(
                            visible(
                                    tenancy,
                                    p,
                                    repository.features(id, bbox, MAX_FEATURES_PER_REQUEST, 0)),
                            "");
                });
    }

    private void feature(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Principal p = Principal.of(ctx);
        // another enterprise's feature answers 404 like an unknown one, so its existence does not
        // leak
        BlockingReply.send(
                vertx,
                ctx,
                GEOJSON,
                () ->
                        repository
                                .feature(id)
                                .filter(f -> tenancy.seesFeature(p, f.layerId(), f.enterpriseId()))
                                .map(FeatureGeoJson::feature)
                                .orElseThrow(
                                        () ->
                                                new NoSuchElementException(
                                                        "no feature '" + id + "'")));
    }

    private void importLayer(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        byte[] body = ctx.body().buffer() == null ? new byte[0] : ctx.body().buffer().getBytes();
        String crs = ctx.request().getParam("crs");
        String nameZh = ctx.request().getParam("nameZh");
        String nameEn = ctx.request().getParam("nameEn");
        vertx.executeBlocking(
                        () -> {
                            LayerImporter.Result r =
                                    importer.importGeoJson(id, nameZh, nameEn, body, crs);
                            onLayersChanged.run();
                            return r;
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.succeeded()) {
                                ctx.response()
                                        .putHeader("Content-Type", "application/json")
                                        .end(
                                                new JsonObject()
                                                        .put("layerId", ar.result().layerId())
                                                        .put(
                                                                "featureCount",
                                                                ar.result().featureCount())
                                                        .encode());
                            } else if (ar.cause() instanceof ImportException ie) {
                                ApiReplies.error(
                                        ctx,
                                        422,
                                        "import refused; nothing was written",
                                        Map.of("problems", problems(ie)));
                            } else {
                                ApiReplies.failure(ctx, ar.cause());
                            }
                        });
    }

    static JsonArray problems(ImportException e) {
        JsonArray list = new JsonArray();
        for (ImportProblem p : e.problems()) {
            JsonObject o = new JsonObject().put("message", p.zh()).put("messageEn", p.en());
            if (p.featureIndex() >= 0) o.put("featureIndex", p.featureIndex());
            list.add(o);
        }
        return list;
    }
}
