package org.parkwatch.backend.gis;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * OGC API – Features – Part 1: Core (OGC 17-069r4) over the stored layers, under {@code /ogc}:
 * landing page, conformance (core, geojson), collections, one collection, items with {@code bbox},
 * {@code limit}, {@code offset} and {@code next}/{@code prev} links, one item. Enough for QGIS and
 * GDAL to list, page and load the park layers.
 */
public final class OgcApiRoutes {
    static final String CONF_CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String CONF_GEOJSON =
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    /** Default and largest page size (OGC 17-069r4 §7.15.4 example values). */
    static final int DEFAULT_LIMIT = 10;

    static final int MAX_LIMIT = 10_000;

    /**
     * Largest {@code offset} accepted: far beyond any layer's size, small enough for every
     * database's OFFSET.
     */
    public static final long MAX_OFFSET = 1_000_000;

    private static final String JSON = "application/json";
    private static final String GEOJSON = "application/geo+json";

    private final Vertx vertx;
    private final GisRepository repository;
    private final TenantScope tenancy;

    public OgcApiRoutes(Vertx vertx, GisRepository repository, TenantScope tenancy) {
        this.vertx = vertx;
        this.repository = repository;
        this.tenancy = tenancy;
    }

    /** Rows for the backend's route table. */
    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/ogc", this::landing, Permissions.LIVE_READ),
                RouteSpec.get("/ogc/", this::landing, Permissions.LIVE_READ),
                RouteSpec.get("/ogc/conformance", this::conformance, Permissions.LIVE_READ),
                RouteSpec.get("/ogc/collections", this::collections, Permissions.LIVE_READ),
                RouteSpec.get("/ogc/collections/:id", this::collection, Permissions.LIVE_READ),
                RouteSpec.get("/ogc/collections/:id/items", this::items, Permissions.LIVE_READ),
                RouteSpec.get(
                        "/ogc/collections/:id/items/:fid", this::item, Permissions.LIVE_READ));
    }

    public void register(Router router) {
        for (RouteSpec r : routes()) router.route(r.method(), r.path()).handler(r.handler());
    }

    private void landing(RoutingContext ctx) {
        String base = base(ctx);
        JsonObject body =
                new JsonObject()
                        .put("title", "ParkWatch 园区一张图 / park map layers")
                        .put(
                                "description",
                                "OGC API – Features access to the ParkWatch park layers (EPSG:4326)")
                        .put(
                                "links",
                                new JsonArray()
                                        .add(link(base, "self", JSON, "this document"))
                                        .add(
                                                link(
                                                        base + "/conformance",
                                                        "conformance",
                                                        JSON,
                                                        "conformance classes"))
                                        .add(
                                                link(
                                                        base + "/collections",
                                                        "data",
                                                        JSON,
                                                        "the layers")));
        ctx.response().putHeader("Content-Type", JSON).end(body.encode());
    }

    private void conformance(RoutingContext ctx) {
        ctx.response()
                .putHeader("Content-Type", JSON)
                .end(
                        new JsonObject()
                                .put("conformsTo", new JsonArray().add(CONF_CORE).add(CONF_GEOJSON))
                                .encode());
    }

    private void collections(RoutingContext ctx) {
        String base = base(ctx);
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                JSON,
                () -> {
                    JsonArray list = new JsonArray();
                    Map<String, Envelope4326> extents = scopedExtents(p);
                    for (LayerRecord l : repository.layers()) list.add(describe(base, l, extents));
                    return new JsonObject()
                            .put(
                                    "links",
                                    new JsonArray()
                                            .add(
                                                    link(
                                                            base + "/collections",
                                                            "self",
                                                            JSON,
                                                            "collections")))
                            .put("collections", list)
                            .encode();
                });
    }

    private void collection(RoutingContext ctx) {
        String base = base(ctx);
        String id = ctx.pathParam("id");
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx, ctx, JSON, () -> describe(base, layer(id), scopedExtents(p)).encode());
    }

    private void items(RoutingContext ctx) {
        String base = base(ctx);
        String id = ctx.pathParam("id");
        String bboxParam = ctx.request().getParam("bbox");
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                GEOJSON,
                () -> {
                    long limit = BlockingReply.longParam(ctx, "limit", DEFAULT_LIMIT);
                    long offset = BlockingReply.longParam(ctx, "offset", 0);
                    if (limit < 1 || limit > MAX_LIMIT) {
                        throw new IllegalArgumentException(
                                "limit must be 1–" + MAX_LIMIT + ", not " + limit);
                    }
                    if (offset < 0 || offset > MAX_OFFSET) {
                        throw new IllegalArgumentException(
                                "offset must be 0–" + MAX_OFFSET + ", not " + offset);
                    }
                    Envelope4326 bbox = bboxParam == null ? null : Envelope4326.parse(bboxParam);
                    layer(id);
                    int matched;
                    List<FeatureRecord> page;
                    if (p.scoped()) { // filter the whole layer, then page, so counts and links
                        // hold only what the caller sees
                        List<FeatureRecord> all =
                                GisRoutes.visible(
                                        tenancy,
                                        p,
                                        repository.features(
                                                id, bbox, GisRoutes.MAX_FEATURES_PER_REQUEST, 0));
                        matched = all.size();
                        page =
                                all.subList(
                                        (int) Math.min(offset, all.size()),
                                        (int) Math.min(offset + limit, all.size()));
                    } else {
                        matched = repository.countFeatures(id, bbox);
                        page = repository.features(id, bbox, (int) limit, (int) offset);
                    }
                    String itemsUrl = base + "/collections/" + enc(id) + "/items";
                    String bboxQ = bboxParam == null ? "" : "&bbox=" + enc(bboxParam);
                    JsonArray links =
                            new JsonArray()
                                    .add(
                                            link(
                                                    itemsUrl
                                                            + "?limit="
                                                            + limit
                                                            + "&offset="
                                                            + offset
                                                            + bboxQ,
                                                    "self",
                                                    GEOJSON,
                                                    "this page"))
                                    .add(
                                            link(
                                                    base + "/collections/" + enc(id),
                                                    "collection",
                                                    JSON,
                                                    "the layer"));
                    if (offset + page.size() < matched) {
                        links.add(
                                link(
                                        itemsUrl
                                                + "?limit="
                                                + limit
                                                + "&offset="
                                                + (offset + page.size())
                                                + bboxQ,
                                        "next",
                                        GEOJSON,
                                        "next page"));
                    }
                    if (offset > 0) {
                        links.add(
                                link(
                                        itemsUrl
                                                + "?limit="
                                                + limit
                                                + "&offset="
                                                + Math.max(0, offset - limit)
                                                + bboxQ,
                                        "prev",
                                        GEOJSON,
                                        "previous page"));
                    }
                    String members =
                            "\"numberMatched\":"
                                    + matched
                                    + ",\"numberReturned\":"
                                    + page.size()
                                    + ",\"timeStamp\":\""
                                    + Instant.now()
                                    + "\",\"links\":"
                                    + links.encode();
                    return FeatureGeoJson.collection(page, members);
                });
    }

    private void item(RoutingContext ctx) {
        String base = base(ctx);
        String id = ctx.pathParam("id");
        String fid = ctx.pathParam("fid");
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                GEOJSON,
                () -> {
                    // another enterprise's item is 404, not 403: its existence must not leak
                    Optional<FeatureRecord> f =
                            repository
                                    .feature(fid)
                                    .filter(r -> r.layerId().equals(id))
                                    .filter(
                                            r ->
                                                    tenancy.seesFeature(
                                                            p, r.layerId(), r.enterpriseId()));
                    FeatureRecord feature =
                            f.orElseThrow(
                                    () ->
                                            new NoSuchElementException(
                                                    "no feature '"
                                                            + fid
                                                            + "' in collection '"
                                                            + id
                                                            + "'"));
                    String json = FeatureGeoJson.feature(feature);
                    JsonArray links =
                            new JsonArray()
                                    .add(
                                            link(
                                                    base
                                                            + "/collections/"
                                                            + enc(id)
                                                            + "/items/"
                                                            + enc(fid),
                                                    "self",
                                                    GEOJSON,
                                                    "this feature"))
                                    .add(
                                            link(
                                                    base + "/collections/" + enc(id),
                                                    "collection",
                                                    JSON,
                                                    "the layer"));
                    return json.substring(0, json.length() - 1)
                            + ",\"links\":"
                            + links.encode()
                            + "}";
                });
    }

    private LayerRecord layer(String id) throws SQLException {
        return repository
                .layer(id)
                .orElseThrow(() -> new NoSuchElementException("no collection '" + id + "'"));
    }

    /**
     * The extent of each layer over the features the caller sees, or null for park roles (the
     * stored extents hold): a layer's outline alone would show an enterprise user where another
     * enterprise's installations are.
     */
    private Map<String, Envelope4326> scopedExtents(Principal p) throws SQLException {
        if (!p.scoped()) return null;
        Map<String, Envelope> out = new HashMap<>();
        for (FeatureRecord f : GisRoutes.visible(tenancy, p, repository.allFeatures())) {
            out.computeIfAbsent(f.layerId(), k -> new Envelope())
                    .expandToInclude(f.geometry().getEnvelopeInternal());
        }
        Map<String, Envelope4326> extents = new HashMap<>();
        out.forEach((k, e) -> extents.put(k, Envelope4326.of(e)));
        return extents;
    }

    private JsonObject describe(String base, LayerRecord l, Map<String, Envelope4326> scopedExtents)
            throws SQLException {
        String url = base + "/collections/" + enc(l.id());
        JsonObject c =
                new JsonObject()
                        .put("id", l.id())
                        .put("title", l.nameZh().isEmpty() ? l.id() : l.nameZh())
                        .put("description", l.nameEn())
                        .put("itemType", "feature")
                        .put("crs", new JsonArray().add(CRS84))
                        .put(
                                "links",
                                new JsonArray()
                                        .add(link(url, "self", JSON, "this layer"))
                                        .add(link(url + "/items", "items", GEOJSON, "features")));
        Optional<Envelope4326> extent =
                scopedExtents == null
                        ? repository.extent(l.id())
                        : Optional.ofNullable(scopedExtents.get(l.id()));
        extent.ifPresent(
                e ->
                        c.put(
                                "extent",
                                new JsonObject()
                                        .put(
                                                "spatial",
                                                new JsonObject()
                                                        .put(
                                                                "bbox",
                                                                new JsonArray()
                                                                        .add(
                                                                                new JsonArray()
                                                                                        .add(
                                                                                                e
                                                                                                        .minLon())
                                                                                        .add(
                                                                                                e
                                                                                                        .minLat())
                                                                                        .add(
                                                                                                e
                                                                                                        .maxLon())
                                                                                        .add(
                                                                                                e
                                                                                                        .maxLat())))
                                                        .put("crs", CRS84))));
        return c;
    }

    private static JsonObject link(String href, String rel, String type, String title) {
        return new JsonObject()
                .put("href", href)
                .put("rel", rel)
                .put("type", type)
                .put("title", title);
    }

    /** scheme://host:port/ogc as the client addressed us. */
    private static String base(RoutingContext ctx) {
        URI uri = URI.create(ctx.request().absoluteURI());
        return uri.getScheme() + "://" + uri.getRawAuthority() + "/ogc";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
