package org.parkwatch.backend.notify;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * {@code /api/notify/...}: the roster (read; replace, validated, nothing half-written), the
 * messages of an incident, acknowledgement in the UI and by link (a public route that checks the
 * one-time token: GET shows a confirm button, only POST acknowledges, so a mail scanner that opens
 * links acknowledges nothing), sending a notification from the UI (a drill announcement) and the
 * capability's warnings.
 */
public final class NotifyRoutes {
    private final Vertx vertx;
    private final NotifyService service;
    private final NotifyRepository repo;
    private final Supplier<List<String>> warnings;
    private final LongSupplier clockMs;

    public NotifyRoutes(
            Vertx vertx,
            NotifyService service,
            NotifyRepository repo,
            Supplier<List<String>> warnings,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.service = service;
        this.repo = repo;
        this.warnings = warnings;
        this.clockMs = clockMs;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/notify/roster", this::roster, Permissions.NOTIFY_READ),
                new RouteSpec(
                        HttpMethod.PUT,
                        "/api/notify/roster",
                        this::putRoster,
                        Permissions.NOTIFY_CONFIG),
                RouteSpec.get("/api/notify/messages", this::messages, Permissions.NOTIFY_READ),
                RouteSpec.post(
                        "/api/notify/messages/:id/ack", this::ackInUi, Permissions.DUTY_WRITE),
                RouteSpec.post("/api/notify/send", this::send, Permissions.DUTY_WRITE),
                RouteSpec.get("/api/notify/health", this::health, Permissions.NOTIFY_READ),
                RouteSpec.get("/api/notify/ack/:token", this::ackPage, Permissions.PUBLIC),
                RouteSpec.post("/api/notify/ack/:token", this::ackByLink, Permissions.PUBLIC));
    }

    private void roster(RoutingContext ctx) {
        Roster r = service.roster();
        JsonArray now = new JsonArray();
        r.onDuty(Instant.ofEpochMilli(clockMs.getAsLong())).forEach(p -> now.add(p.id()));
        ApiReplies.json(ctx, RosterJson.toJson(r).put("onDutyNow", now).encode());
    }

    private void putRoster(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        Roster parsed;
        try {
            parsed = RosterJson.parse(text == null ? "" : text, "roster");
        } catch (RosterJson.RosterException e) {
            ApiReplies.error(ctx, 400, e.getMessage(), Map.of("problems", e.problems()));
            return;
        }
        String user = Principal.of(ctx).username();
        String stored = RosterJson.toJson(parsed).encode();
        vertx.executeBlocking(
                        () -> {
                            repo.saveRoster(stored, user, clockMs.getAsLong());
                            return null;
                        },
                        false)
                .onSuccess(
                        v -> {
                            service.roster(parsed);
                            roster(ctx);
                        })
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    private void messages(RoutingContext ctx) {
        String incident = ctx.request().getParam("incident");
        if (incident == null || incident.isBlank()) {
            ApiReplies.error(ctx, 400, "query parameter 'incident' (the incident id) is missing");
            return;
        }
        vertx.executeBlocking(() -> repo.messagesOfIncident(incident), false)
                .onSuccess(ms -> ApiReplies.json(ctx, NotifyJson.messages(ms).encode()))
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    private void ackInUi(RoutingContext ctx) {
        service.acknowledge(ctx.pathParam("id"), Principal.of(ctx).username())
                .onSuccess(
                        a -> ApiReplies.json(ctx, NotifyJson.messages(a.acknowledged()).encode()))
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    private void send(RoutingContext ctx) {
        NotificationRequest request;
        try {
            request = request(ctx.body() == null ? null : ctx.body().asString());
        } catch (IllegalArgumentException | DecodeException | ClassCastException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        service.send(request)
                .onSuccess(
                        id ->
                                ApiReplies.json(
                                        ctx,
                                        new JsonObject()
                                                .put("notificationId", id.value())
                                                .encode()))
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    static NotificationRequest request(String text) {
        if (text == null || text.isBlank())
            throw new IllegalArgumentException("body: a JSON object is needed");
        JsonObject b = new JsonObject(text);
        MessageKind kind;
        try {
            kind = MessageKind.valueOf(b.getString("kind", "").toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "kind='" + b.getValue("kind") + "': one of " + List.of(MessageKind.values()));
        }
        Set<String> enterprises = new HashSet<>();
        JsonArray es = b.getJsonArray("enterprises", new JsonArray());
        for (Object o : es) enterprises.add(String.valueOf(o));
        return new NotificationRequest(
                kind,
                b.getString("incidentId"),
                enterprises,
                b.getString("title"),
                b.getString("level"),
                b.getString("detail"),
                b.getBoolean("drill", kind == MessageKind.DRILL));
    }

    private void health(RoutingContext ctx) {
        ApiReplies.json(
                ctx, new JsonObject().put("warnings", new JsonArray(warnings.get())).encode());
    }

    private void ackPage(RoutingContext ctx) {
        String token = ctx.pathParam("token");
        html(
                ctx,
                200,
                "<p>收到通知请确认。 Please confirm that you received the message.</p>"
                        + "<form method=\"post\" action=\"/api/notify/ack/"
                        + escape(token)
                        + "\"><button type=\"submit\">确认收到 Acknowledge</button></form>");
    }

    private void ackByLink(RoutingContext ctx) {
        service.acknowledgeToken(ctx.pathParam("token"))
                .onSuccess(a -> html(ctx, 200, "<p>已确认，谢谢。 Acknowledged, thank you.</p>"))
                .onFailure(
                        e -> {
                            int status =
                                    e instanceof NoSuchElementException
                                            ? 404
                                            : e instanceof IllegalArgumentException ? 410 : 503;
                            html(
                                    ctx,
                                    status,
                                    "<p>"
                                            + escape(
                                                    status == 503
                                                            ? "暂时无法确认，请稍后再试 (try again later)"
                                                            : e.getMessage())
                                            + "</p>");
                        });
    }

    private static void html(RoutingContext ctx, int status, String body) {
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .end(
                        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width\"><title>ParkWatch</title></head><body>"
                                + body
                                + "</body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
