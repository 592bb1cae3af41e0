package org.parkwatch.backend.video;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.service.IncidentFeed;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * Cameras' live pictures (issue 18, video): {@code GET /api/video/cameras} lists the cameras the
 * caller sees and where each one's HLS playlist is played from (null: no video configured); {@code
 * GET /api/video/cameras/:id/hls/<name>} passes the playlist and its segments through from the
 * camera's video platform ({@link HlsUpstream}); the incident snapshots ({@link SnapshotRoutes})
 * keep still frames with an incident. Every route needs {@link Permissions#LIVE_READ} or more, and
 * an enterprise user reaches only its own enterprise's cameras (another's answers 404).
 */
public final class VideoCapability implements Capability {
    static final String HLS_PREFIX = "/api/video/cameras/";

    private final CameraStreams cameras;
    private final Vertx vertx;
    private final TenantScope tenancy;
    private final HlsUpstream upstream = new HlsUpstream();
    private final SnapshotRoutes snapshots;

    public VideoCapability(
            CameraStreams cameras,
            Vertx vertx,
            Database db,
            TenantScope tenancy,
            IncidentFeed incidents,
            LongSupplier clockMs) {
        this.cameras = cameras;
        this.vertx = vertx;
        this.tenancy = tenancy;
        this.snapshots =
                new SnapshotRoutes(
                        new SnapshotRepository(db),
                        vertx,
                        incidents,
                        tenancy,
                        this::visible,
                        clockMs);
    }

    @Override
    public List<RouteSpec> routes() {
        List<RouteSpec> out = new ArrayList<>();
        out.add(RouteSpec.get("/api/video/cameras", this::list, Permissions.LIVE_READ));
        out.add(RouteSpec.get(HLS_PREFIX + ":id/hls/*", this::part, Permissions.LIVE_READ));
        out.addAll(snapshots.routes());
        return out;
    }

    @Override
    public Future<?> start() {
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        return Future.succeededFuture();
    }

    /** The camera if the caller may see it. */
    Optional<CameraStreams.Camera> visible(Principal p, String id) {
        return cameras.camera(id)
                .filter(c -> tenancy.seesFeature(p, CameraStreams.LAYER, c.enterpriseId()));
    }

    private void list(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        JsonArray out = new JsonArray();
        for (CameraStreams.Camera c : cameras.all()) {
            if (visible(p, c.id()).isEmpty()) continue;
            out.add(
                    new JsonObject()
                            .put("id", c.id())
                            .put("enterpriseId", c.enterpriseId())
                            .put("nameZh", c.nameZh())
                            .put("nameEn", c.nameEn())
                            .put(
                                    "playlist",
                                    c.playlist() == null
                                            ? null
                                            : "api/video/cameras/"
                                                    + c.id()
                                                    + "/hls/"
                                                    + HlsUpstream.playlistName(c.playlist())));
        }
        ApiReplies.json(ctx, out.encode());
    }

    private void part(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<CameraStreams.Camera> camera = visible(Principal.of(ctx), id);
        if (camera.isEmpty()) {
            ApiReplies.error(ctx, 404, "no camera '" + id + "'");
            return;
        }
        URI playlist = camera.get().playlist();
        if (playlist == null) {
            ApiReplies.error(
                    ctx, 404, "camera '" + id + "' has no video configured (video.streams)");
            return;
        }
        String path = ctx.request().path();
        String name = path.substring(path.indexOf("/hls/") + "/hls/".length());
        URI url;
        try {
            url = HlsUpstream.resolve(playlist, name, ctx.request().query());
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(() -> upstream.fetch(url, playlist), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.error(ctx, 502, ar.cause().getMessage());
                            } else if (ar.result().status() == 404) {
                                ApiReplies.error(
                                        ctx, 404, "the camera's stream has no '" + name + "'");
                            } else {
                                ctx.response()
                                        .putHeader("Content-Type", ar.result().mediaType())
                                        .end(Buffer.buffer(ar.result().bytes()));
                            }
                        });
    }
}
