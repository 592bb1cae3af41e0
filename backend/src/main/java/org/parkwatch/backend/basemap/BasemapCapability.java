package org.parkwatch.backend.basemap;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * The one-map's base map: {@code GET /api/basemap} tells the page which tile grid to draw under the
 * park's layers (none, or tiles in EPSG:3857 or the geographic EPSG:4490/4326 grid), and {@code GET
 * /api/basemap/tiles/:z/:x/:y} serves the tiles — from the configured MBTiles file (a park without
 * internet still has a base map) or fetched from the XYZ, WMTS or 天地图 service, so the page's CSP
 * stays same-origin and the service key stays in the backend. No tile there: 404. Both routes need
 * {@link Permissions#LIVE_READ}, like the map's layers.
 */
public final class BasemapCapability implements Capability {
    /**
     * Deepest zoom a tile request may name (OpenLayers' default maximum is 28; MBTiles rarely go
     * past 22).
     */
    static final int MAX_Z = 24;

    private final Vertx vertx;
    private final BasemapOptions options;
    private final TileUpstream upstream;
    private MbTilesFile mbtiles;

    public BasemapCapability(BasemapOptions options, Vertx vertx) {
        this.options = options;
        this.vertx = vertx;
        this.upstream =
                switch (options.type()) {
                    case XYZ, WMTS, TIANDITU -> new TileUpstream(options);
                    default -> null;
                };
    }

    @Override
    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/basemap", this::describe, Permissions.LIVE_READ),
                RouteSpec.get("/api/basemap/tiles/:z/:x/:y", this::tile, Permissions.LIVE_READ));
    }

    @Override
    public Future<?> start() {
        if (options.type() != BasemapOptions.Type.MBTILES) return Future.succeededFuture();
        return vertx.executeBlocking(() -> MbTilesFile.open(options.mbtiles()))
                .onSuccess(f -> mbtiles = f);
    }

    @Override
    public Future<?> stop() {
        MbTilesFile f = mbtiles;
        mbtiles = null;
        if (f == null) return Future.succeededFuture();
        return vertx.executeBlocking(
                () -> {
                    f.close();
                    return null;
                });
    }

    /** The client's view of the source: never the MBTiles path. */
    private void describe(RoutingContext ctx) {
        BasemapOptions o = options;
        JsonObject out = new JsonObject().put("type", o.type().name().toLowerCase());
        if (o.type() != BasemapOptions.Type.NONE) {
            out.put("crs", o.crs())
                    .put("attribution", o.attribution())
                    .put("maxZoom", o.maxZoom())
                    .put("url", "api/basemap/tiles/{z}/{x}/{y}");
        }
        ApiReplies.json(ctx, out.encode());
    }

    private void tile(RoutingContext ctx) {
        MbTilesFile f = mbtiles;
        if (f == null && upstream == null) {
            ApiReplies.error(ctx, 404, "no base map is configured (basemap.type=none)");
            return;
        }
        int z, x, y;
        try {
            z = Integer.parseInt(ctx.pathParam("z"));
            x = Integer.parseInt(ctx.pathParam("x"));
            y = Integer.parseInt(ctx.pathParam("y").replaceFirst("\\.[a-z]+$", ""));
        } catch (NumberFormatException e) {
            ApiReplies.error(ctx, 400, "tile address must be whole numbers z/x/y");
            return;
        }
        // a geographic grid (EPSG:4490/4326) has twice as many columns as rows
        int columns = options.crs().equals("EPSG:3857") ? 1 << z : 2 << z;
        if (z < 0 || z > MAX_Z || x < 0 || y < 0 || x >= columns || y >= 1 << z) {
            ApiReplies.error(
                    ctx,
                    400,
                    "tile "
                            + z
                            + "/"
                            + x
                            + "/"
                            + y
                            + " is outside the tile grid (z 0-"
                            + MAX_Z
                            + ", x below "
                            + columns
                            + ", y below "
                            + (1 << z)
                            + ")");
            return;
        }
        vertx.executeBlocking(
                        () ->
                                f != null
                                        ? f.tile(z, x, y)
                                                .map(b -> new TileUpstream.Tile(b, f.mediaType()))
                                        : upstream.fetch(z, x, y),
                        false)
                .onComplete(
                        r -> {
                            if (r.failed()) {
                                ApiReplies.error(
                                        ctx,
                                        502,
                                        "base map tile "
                                                + z
                                                + "/"
                                                + x
                                                + "/"
                                                + y
                                                + ": "
                                                + r.cause().getMessage());
                            } else if (r.result().isEmpty()) {
                                ApiReplies.error(
                                        ctx, 404, "no base map tile " + z + "/" + x + "/" + y);
                            } else {
                                ctx.response()
                                        .putHeader("Content-Type", r.result().get().mediaType())
                                        .putHeader("Cache-Control", "private, max-age=86400")
                                        .end(Buffer.buffer(r.result().get().bytes()));
                            }
                        });
    }
}
