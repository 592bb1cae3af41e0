package org.parkwatch.backend.notify.duty;

import io.vertx.core.Vertx;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.notify.NotifyJson;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;

/**
 * Daily emergency duty (issue 14 scope 9): {@code GET/POST /api/duty/log} (值班日志, author = the
 * logged-in user), {@code GET /api/duty/report?date=YYYY-MM-DD} (值班日报 as JSON) and its exports
 * {@code /api/export/duty-report.html} (printable) and {@code .docx}. The date is a park day (the
 * roster's time zone); without one, today.
 */
public final class DutyRoutes {
    /** Longest duty log entry, characters (the column's size). */
    static final int MAX_TEXT = 4000;

    private final Vertx vertx;
    private final DutyRepository log;
    private final DutyReportBuilder reports;
    private final Supplier<ZoneId> zone;
    private final LongSupplier clockMs;

    public DutyRoutes(
            Vertx vertx,
            DutyRepository log,
            DutyReportBuilder reports,
            Supplier<ZoneId> zone,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.log = log;
        this.reports = reports;
        this.zone = zone;
        this.clockMs = clockMs;
    }

    public List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/duty/log", this::list, Permissions.NOTIFY_READ),
                RouteSpec.post("/api/duty/log", this::add, Permissions.DUTY_WRITE),
                RouteSpec.get("/api/duty/report", this::report, Permissions.NOTIFY_READ),
                RouteSpec.get("/api/export/duty-report.html", this::html, Permissions.NOTIFY_READ),
                RouteSpec.get("/api/export/duty-report.docx", this::docx, Permissions.NOTIFY_READ));
    }

    private LocalDate day(RoutingContext ctx) {
        String d = ctx.request().getParam("date");
        if (d == null || d.isBlank())
            return LocalDate.ofInstant(
                    java.time.Instant.ofEpochMilli(clockMs.getAsLong()), zone.get());
        try {
            return LocalDate.parse(d.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date='" + d + "': use YYYY-MM-DD, e.g. 2026-12-06");
        }
    }

    private void list(RoutingContext ctx) {
        LocalDate day;
        try {
            day = day(ctx);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        ZoneId z = zone.get();
        long from = day.atStartOfDay(z).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(z).toInstant().toEpochMilli();
        vertx.executeBlocking(() -> log.between(from, to), false)
                .onSuccess(
                        es -> {
                            JsonArray a = new JsonArray();
                            es.forEach(e -> a.add(NotifyJson.logEntry(e)));
                            ApiReplies.json(ctx, a.encode());
                        })
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    private void add(RoutingContext ctx) {
        String text;
        String incident;
        try {
            JsonObject b =
                    new JsonObject(
                            ctx.body() == null || ctx.body().asString() == null
                                    ? ""
                                    : ctx.body().asString());
            text = b.getString("text");
            incident = b.getString("incidentId");
        } catch (DecodeException | ClassCastException e) {
            ApiReplies.error(
                    ctx, 400, "body: a JSON object {\"text\": …, \"incidentId\": …} is needed");
            return;
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            ApiReplies.error(
                    ctx, 400, "text: 1 to " + MAX_TEXT + " characters are needed (值班日志内容)");
            return;
        }
        String author = Principal.of(ctx).username();
        long now = clockMs.getAsLong();
        String inc = incident == null || incident.isBlank() ? null : incident.trim();
        vertx.executeBlocking(() -> log.add(now, author, text.trim(), inc), false)
                .onSuccess(
                        e ->
                                ctx.response()
                                        .setStatusCode(201)
                                        .putHeader("Content-Type", ApiReplies.JSON)
                                        .end(NotifyJson.logEntry(e).encode()))
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    private void report(RoutingContext ctx) {
        build(
                ctx,
                r ->
                        NotifyJson.report(r)
                                .encode()
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ApiReplies.JSON,
                null);
    }

    private void html(RoutingContext ctx) {
        build(
                ctx,
                r -> DutyReportHtml.render(r).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/html; charset=utf-8",
                null);
    }

    private void docx(RoutingContext ctx) {
        build(
                ctx,
                DutyReportDocx::render,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "duty-report-%s.docx");
    }

    private interface Render {
        byte[] apply(DutyReport r) throws Exception;
    }

    private void build(RoutingContext ctx, Render render, String type, String attachment) {
        LocalDate day;
        try {
            day = day(ctx);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        ZoneId z = zone.get();
        vertx.executeBlocking(() -> render.apply(reports.build(day, z)), false)
                .onSuccess(
                        bytes -> {
                            var resp = ctx.response().putHeader("Content-Type", type);
                            if (attachment != null)
                                resp.putHeader(
                                        "Content-Disposition",
                                        "attachment; filename=\""
                                                + String.format(attachment, day)
                                                + "\"");
                            resp.end(io.vertx.core.buffer.Buffer.buffer(bytes));
                        })
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }
}
