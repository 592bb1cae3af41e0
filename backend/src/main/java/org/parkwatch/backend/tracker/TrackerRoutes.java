package org.parkwatch.backend.tracker;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.platform.report.TableReportDocx;
import org.parkwatch.backend.platform.report.TableReportHtml;
import org.parkwatch.backend.security.Principal;

/**
 * The tracker's API (park roles only; an enterprise user has no access, the tasks and figures are
 * the whole park's): {@code GET /api/tracker/tasks?quarter=2026Q4} (tasks, progress, figures and
 * the day's safety figures), {@code POST /api/tracker/tasks/:taskId/progress} ({@code {"text",
 * "percent"}}, the author is the caller; audited by the route guard like every write), and the
 * quarterly report {@code /api/export/tracker-report.html} and {@code .docx} ({@code
 * ?quarter=&lang=zh|en}). Without a quarter, the current one.
 */
final class TrackerRoutes {
    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Vertx vertx;
    private final TrackerService tracker;

    TrackerRoutes(Vertx vertx, TrackerService tracker) {
        this.vertx = vertx;
        this.tracker = tracker;
    }

    List<RouteSpec> routes() {
        String read = Permissions.TRACKER_READ;
        return List.of(
                RouteSpec.get("/api/tracker/tasks", this::list, read),
                RouteSpec.post(
                        "/api/tracker/tasks/:taskId/progress",
                        this::progress,
                        Permissions.TRACKER_WRITE),
                RouteSpec.get("/api/export/tracker-report.html", this::html, read),
                RouteSpec.get("/api/export/tracker-report.docx", this::docx, read));
    }

    private void list(RoutingContext ctx) {
        Quarter q;
        try {
            q = quarter(ctx);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        ApiReplies.onWorker(
                vertx, ctx, 200, () -> TrackerJson.overview(tracker.overview(q)).encode());
    }

    private void progress(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String taskId = ctx.pathParam("taskId");
        ApiReplies.onWorker(
                vertx,
                ctx,
                201,
                () -> {
                    JsonObject b = ApiReplies.jsonBody(ctx);
                    Object text = b.getValue("text");
                    if (text != null && !(text instanceof String))
                        throw new IllegalArgumentException("text: a string is needed");
                    return TrackerJson.entry(
                                    tracker.addProgress(
                                            p,
                                            taskId,
                                            (String) text,
                                            percent(b.getValue("percent"))))
                            .encode();
                });
    }

    /** A whole number, or null (refused by the service with the rule). */
    private static Integer percent(Object v) {
        if (v == null) return null;
        if (v instanceof Number n
                && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < 1e6) return n.intValue();
        throw new IllegalArgumentException(
                "percent: a whole number from 0 to 100 is needed, not '" + v + "' (进度应为 0–100)");
    }

    private void html(RoutingContext ctx) {
        export(ctx, false);
    }

    private void docx(RoutingContext ctx) {
        export(ctx, true);
    }

    private void export(RoutingContext ctx, boolean docx) {
        Quarter q;
        boolean en;
        try {
            q = quarter(ctx);
            en = english(ctx);
        } catch (IllegalArgumentException e) {
            ApiReplies.error(ctx, 400, e.getMessage());
            return;
        }
        vertx.executeBlocking(
                        () -> {
                            var d = QuarterlyReport.of(tracker.overview(q), en);
                            return docx
                                    ? TableReportDocx.render(d)
                                    : TableReportHtml.render(d, en)
                                            .getBytes(StandardCharsets.UTF_8);
                        },
                        false)
                .onSuccess(
                        bytes -> {
                            var resp = ctx.response();
                            if (docx) {
                                resp.putHeader("Content-Type", DOCX)
                                        .putHeader(
                                                "Content-Disposition",
                                                "attachment; filename=\"tracker-report-"
                                                        + q
                                                        + (en ? "-en" : "")
                                                        + ".docx\"");
                            } else {
                                resp.putHeader("Content-Type", "text/html; charset=utf-8");
                            }
                            resp.end(Buffer.buffer(bytes));
                        })
                .onFailure(e -> ApiReplies.failure(ctx, e));
    }

    private Quarter quarter(RoutingContext ctx) {
        String q = ctx.request().getParam("quarter");
        return q == null || q.isBlank() ? Quarter.of(tracker.today()) : Quarter.parse(q);
    }

    private static boolean english(RoutingContext ctx) {
        String lang = ctx.request().getParam("lang");
        if (lang == null || lang.isBlank() || lang.equals("zh") || lang.equals("zh-CN"))
            return false;
        if (lang.equals("en")) return true;
        throw new IllegalArgumentException("lang='" + lang + "': use zh or en");
    }
}
