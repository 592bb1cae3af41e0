package org.parkwatch.backend.video;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.FeedbackPhotoCheck;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.alarm.service.IncidentFeed;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;

/**
 * Still frames kept with an incident: the operator presses 抓拍 under a camera's live picture, the
 * page grabs the frame it shows and posts it ({@code POST /api/incidents/:id/snapshots} {@code
 * {"cameraId":…,"type":"image/jpeg","base64":…}}, audited by the route guard like every write);
 * {@code GET /api/incidents/:id/snapshots} lists them and {@code …/snapshots/:sid} serves one. The
 * frame is grabbed in the browser because that is the picture the operator saw and judged (no
 * second stream decoder on the server). Images are JPEG or PNG of at most {@link
 * FeedbackPhotoCheck#MAX_BYTES}, checked by their bytes. The caller must see the incident and the
 * camera; an enterprise user sees only its own cameras' frames.
 */
final class SnapshotRoutes {
    private final SnapshotRepository repository;
    private final Vertx vertx;
    private final IncidentFeed incidents;
    private final TenantScope tenancy;
    private final BiFunction<Principal, String, Optional<CameraStreams.Camera>> camera;
    private final LongSupplier clockMs;

    SnapshotRoutes(
            SnapshotRepository repository,
            Vertx vertx,
            IncidentFeed incidents,
            TenantScope tenancy,
            BiFunction<Principal, String, Optional<CameraStreams.Camera>> camera,
            LongSupplier clockMs) {
        this.repository = repository;
        this.vertx = vertx;
        this.incidents = incidents;
        this.tenancy = tenancy;
        this.camera = camera;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post(
                        "/api/incidents/:id/snapshots", this::take, Permissions.ALARM_RESPOND),
                RouteSpec.get("/api/incidents/:id/snapshots", this::list, Permissions.ALARM_READ),
                RouteSpec.get(
                        "/api/incidents/:id/snapshots/:sid", this::image, Permissions.ALARM_READ));
    }

    private void take(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        Optional<Incident> incident = visibleIncident(ctx);
        if (incident.isEmpty()) return;
        SnapshotRepository.Snapshot s;
        byte[] bytes;
        try {
            JsonObject body = body(ctx);
            String cameraId = string(body, "cameraId");
            if (camera.apply(p, cameraId).isEmpty()) {
                ApiReplies.error(ctx, 404, "no camera '" + cameraId + "'");
                return;
            }
            String type = string(body, "type");
            try {
                bytes = Base64.getMimeDecoder().decode(string(body, "base64"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("base64: not Base64: " + e.getMessage());
            }
            Optional<String> problem = FeedbackPhotoCheck.problem(type, bytes);
            if (problem.isPresent())
                throw new IllegalArgumentException(problem.get().replace("photo", "snapshot"));
            s =
                    new SnapshotRepository.Snapshot(
                            UUID.randomUUID().toString(),
                            incident.get().id(),
                            cameraId,
                            p.username(),
                            clockMs.getAsLong(),
                            type);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(
                        () -> {
                            repository.save(s, bytes);
                            return s;
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            ctx.response()
                                    .setStatusCode(201)
                                    .putHeader("Content-Type", ApiReplies.JSON)
                                    .end(json(s).encode());
                        });
    }

    private void list(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        Optional<Incident> incident = visibleIncident(ctx);
        if (incident.isEmpty()) return;
        vertx.executeBlocking(() -> repository.ofIncident(incident.get().id()), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            JsonArray out = new JsonArray();
                            for (SnapshotRepository.Snapshot s : ar.result()) {
                                if (camera.apply(p, s.cameraId()).isPresent()) out.add(json(s));
                            }
                            ApiReplies.json(ctx, out.encode());
                        });
    }

    private void image(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        Optional<Incident> incident = visibleIncident(ctx);
        if (incident.isEmpty()) return;
        String sid = ctx.pathParam("sid");
        vertx.executeBlocking(
                        () ->
                                repository
                                        .snapshot(incident.get().id(), sid)
                                        .filter(s -> camera.apply(p, s.cameraId()).isPresent())
                                        .flatMap(
                                                s -> {
                                                    try {
                                                        return repository.image(s.id());
                                                    } catch (java.sql.SQLException e) {
                                                        throw new IllegalStateException(e);
                                                    }
                                                }),
                        false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                            } else if (ar.result().isEmpty()) {
                                ApiReplies.error(ctx, 404, "no snapshot '" + sid + "'");
                            } else {
                                ctx.response()
                                        .putHeader("Content-Type", ar.result().get().type())
                                        .putHeader("X-Content-Type-Options", "nosniff")
                                        .end(Buffer.buffer(ar.result().get().bytes()));
                            }
                        });
    }

    private Optional<Incident> visibleIncident(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Optional<Incident> i =
                incidents
                        .incident(id)
                        .filter(x -> tenancy.seesAny(Principal.of(ctx), x.enterprises()));
        if (i.isEmpty()) ApiReplies.error(ctx, 404, "no incident '" + id + "'");
        return i;
    }

    private static JsonObject body(RoutingContext ctx) {
        try {
            JsonObject b = ctx.body() == null ? null : ctx.body().asJsonObject();
            if (b == null) throw new IllegalArgumentException("body: expected a JSON object");
            return b;
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("body: not a JSON object");
        }
    }

    private static String string(JsonObject body, String field) {
        if (!(body.getValue(field) instanceof String s) || s.isBlank())
            throw new IllegalArgumentException(field + ": missing");
        return s;
    }

    private static JsonObject json(SnapshotRepository.Snapshot s) {
        return new JsonObject()
                .put("id", s.id())
                .put("incidentId", s.incidentId())
                .put("cameraId", s.cameraId())
                .put("author", s.author())
                .put("timeMs", s.timeMs())
                .put("type", s.type())
                .put("url", "api/incidents/" + s.incidentId() + "/snapshots/" + s.id());
    }
}
