package org.parkwatch.backend.alarm.service;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.parkwatch.backend.alarm.AlarmDefinition;
import org.parkwatch.backend.alarm.AlarmFeedback;
import org.parkwatch.backend.alarm.FeedbackPhotoCheck;
import org.parkwatch.backend.alarm.correlation.Incident;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.push.PushOwners;
import org.parkwatch.backend.push.PushPublisher;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.ScopedViews;
import org.parkwatch.backend.security.TenantScope;

/**
 * Feedback on alarms (issue 18, 反馈): the enterprise (or an operator) replies with the cause and the
 * disposal and an optional photo ({@code POST /api/alarms/:id/feedback}); the park sees it on the
 * alarm ({@code GET /api/alarms/:id/feedback}) and on the incident ({@code GET
 * /api/incidents/:id/feedback}), and hears it pushed as {@code alarm-feedback}. Photos are JPEG or
 * PNG of at most {@link FeedbackPhotoCheck#MAX_BYTES}, checked by their bytes, stored apart from
 * the feedback row and served with their own type. Enterprise users reach only their own alarms
 * (another's answers 404).
 */
public final class FeedbackRoutes {
    private final AlarmService service;
    private final FeedbackRepository repository;
    private final Vertx vertx;
    private final TenantScope tenancy;
    private final ScopedViews views;
    private final PushPublisher push;

    public FeedbackRoutes(
            AlarmService service,
            FeedbackRepository repository,
            Vertx vertx,
            TenantScope tenancy,
            PushPublisher push) {
        this.service = service;
        this.repository = repository;
        this.vertx = vertx;
        this.tenancy = tenancy;
        this.views = new ScopedViews(tenancy);
        this.push = push;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.post("/api/alarms/:id/feedback", this::send, Permissions.ALARM_RESPOND),
                RouteSpec.get("/api/alarms/:id/feedback", this::ofAlarm, Permissions.ALARM_READ),
                RouteSpec.get(
                        "/api/alarms/:id/feedback/photos/:photo",
                        this::photo,
                        Permissions.ALARM_READ),
                RouteSpec.get(
                        "/api/incidents/:id/feedback", this::ofIncident, Permissions.ALARM_READ));
    }

    /**
     * {@code {"cause":…,"disposal":…,"photo":{"type":"image/jpeg","base64":…}}} → the stored
     * feedback (201).
     */
    private void send(RoutingContext ctx) {
        String alarmId = ctx.pathParam("id");
        Optional<AlarmDefinition> d = visibleAlarm(ctx, alarmId);
        if (d.isEmpty()) return;
        AlarmFeedback draft;
        byte[] photo;
        try {
            JsonObject body = AlarmRoutes.body(ctx);
            String cause = AlarmRoutes.text(body, "cause", true);
            String disposal = AlarmRoutes.text(body, "disposal", true);
            JsonObject p = photoObject(body);
            photo = p == null ? null : photoBytes(p);
            String type = p == null ? null : p.getString("type");
            draft =
                    new AlarmFeedback(
                            0,
                            alarmId,
                            d.get().enterpriseId(),
                            cause,
                            disposal,
                            photo == null ? null : UUID.randomUUID().toString(),
                            type,
                            Principal.of(ctx).username(),
                            service.now());
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(() -> repository.save(draft, photo), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            JsonObject json = json(ar.result());
                            publish(ar.result(), json);
                            ctx.response()
                                    .setStatusCode(201)
                                    .putHeader("Content-Type", ApiReplies.JSON)
                                    .end(json.encode());
                        });
    }

    /**
     * Tells the alarm's enterprise and the park roles that feedback arrived, with the incidents the
     * alarm is in.
     */
    private void publish(AlarmFeedback f, JsonObject feedbackJson) {
        JsonArray inIncidents = new JsonArray();
        for (Incident i : service.incidents())
            if (i.alarmIds().contains(f.alarmId())) inIncidents.add(i.id());
        PushOwners owners =
                f.enterpriseId() == null
                        ? PushOwners.parkRoles()
                        : PushOwners.ofTagged(f.enterpriseId());
        push.publish(
                "alarm-feedback",
                owners,
                new JsonObject().put("feedback", feedbackJson).put("incidents", inIncidents));
    }

    private void ofAlarm(RoutingContext ctx) {
        String alarmId = ctx.pathParam("id");
        if (visibleAlarm(ctx, alarmId).isEmpty()) return;
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> list(repository.ofAlarms(List.of(alarmId))).encode());
    }

    private void ofIncident(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        Principal p = Principal.of(ctx);
        Optional<JsonObject> seen =
                service.incident(id).map(i -> views.incident(service.incidentJson(i), p));
        if (seen.isEmpty()) {
            ApiReplies.error(ctx, 404, "no incident '" + id + "'");
            return;
        }
        List<String> alarms = new ArrayList<>();
        seen.get().getJsonArray("alarmIds").forEach(a -> alarms.add(String.valueOf(a)));
        BlockingReply.send(
                vertx, ctx, ApiReplies.JSON, () -> list(repository.ofAlarms(alarms)).encode());
    }

    private void photo(RoutingContext ctx) {
        String alarmId = ctx.pathParam("id");
        if (visibleAlarm(ctx, alarmId).isEmpty()) return;
        String photoId = ctx.pathParam("photo");
        vertx.executeBlocking(() -> repository.photo(photoId, alarmId), false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                            } else if (ar.result().isEmpty()) {
                                ApiReplies.error(
                                        ctx,
                                        404,
                                        "no photo '" + photoId + "' on alarm '" + alarmId + "'");
                            } else {
                                ctx.response()
                                        .putHeader("Content-Type", ar.result().get().type())
                                        .putHeader("X-Content-Type-Options", "nosniff")
                                        .end(Buffer.buffer(ar.result().get().bytes()));
                            }
                        });
    }

    private Optional<AlarmDefinition> visibleAlarm(RoutingContext ctx, String alarmId) {
        Optional<AlarmDefinition> d =
                service.manager()
                        .definition(alarmId)
                        .filter(x -> tenancy.seesId(Principal.of(ctx), alarmId));
        if (d.isEmpty()) ApiReplies.error(ctx, 404, "no alarm '" + alarmId + "'");
        return d;
    }

    private static JsonObject photoObject(JsonObject body) {
        Object p = body.getValue("photo");
        if (p == null) return null;
        if (!(p instanceof JsonObject o)) {
            throw new IllegalArgumentException(
                    "photo: must be an object {\"type\":\"image/jpeg\",\"base64\":\"…\"}");
        }
        return o;
    }

    private static byte[] photoBytes(JsonObject p) {
        if (!(p.getValue("type") instanceof String type))
            throw new IllegalArgumentException("photo.type: missing");
        if (!(p.getValue("base64") instanceof String text))
            throw new IllegalArgumentException("photo.base64: missing");
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("photo.base64: not Base64: " + e.getMessage());
        }
        FeedbackPhotoCheck.problem(type, bytes)
                .ifPresent(
                        problem -> {
                            throw new IllegalArgumentException(problem);
                        });
        return bytes;
    }

    private static JsonArray list(List<AlarmFeedback> feedback) {
        JsonArray arr = new JsonArray();
        feedback.forEach(f -> arr.add(json(f)));
        return arr;
    }

    static JsonObject json(AlarmFeedback f) {
        JsonObject o =
                new JsonObject()
                        .put("id", f.id())
                        .put("alarmId", f.alarmId())
                        .put("enterpriseId", f.enterpriseId())
                        .put("cause", f.cause())
                        .put("disposal", f.disposal())
                        .put("author", f.author())
                        .put("timeMs", f.timeMs());
        if (f.photoId() != null) {
            o.put("photoType", f.photoType())
                    .put(
                            "photoUrl",
                            "api/alarms/" + f.alarmId() + "/feedback/photos/" + f.photoId());
        }
        return o;
    }
}
