package org.parkwatch.backend.environment;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.report.TableReportDocx;
import org.parkwatch.backend.platform.report.TableReportHtml;
import org.parkwatch.model.park.EnterpriseInfo;

/**
 * {@code GET /api/environment/report?period=day&date=2026-12-05} or {@code
 * ?period=month&month=2026-12}, {@code &format=json|html|docx}, {@code &lang=zh|en}: the daily or
 * monthly environmental report ({@link EnvironmentReport}) as data, a printable page or a Word
 * document. Park roles only: it lists every enterprise's discharge.
 */
final class ReportRoute {

    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Vertx vertx;
    private final EnvironmentReport reports;
    private final List<EnterpriseInfo> enterprises;

    ReportRoute(Vertx vertx, EnvironmentReport reports, List<EnterpriseInfo> enterprises) {
        this.vertx = vertx;
        this.reports = reports;
        this.enterprises = List.copyOf(enterprises);
    }

    void handle(RoutingContext ctx) {
        String period = param(ctx, "period", "day");
        String format = param(ctx, "format", "json");
        boolean en = "en".equals(param(ctx, "lang", "zh"));
        String when = ctx.request().getParam(period.equals("month") ? "month" : "date");
        vertx.executeBlocking(
                        () -> {
                            EnvironmentReport.Report r = build(period, when);
                            return switch (format) {
                                case "json" -> Buffer.buffer(EnvironmentJson.report(r).encode());
                                case "html" ->
                                        Buffer.buffer(
                                                TableReportHtml.render(
                                                        ReportTables.of(r, en, enterprises), en));
                                case "docx" ->
                                        Buffer.buffer(
                                                TableReportDocx.render(
                                                        ReportTables.of(r, en, enterprises)));
                                default ->
                                        throw new IllegalArgumentException(
                                                "query parameter 'format' = '"
                                                        + format
                                                        + "' must be json, html or docx");
                            };
                        },
                        false)
                .onComplete(
                        ar -> {
                            if (ar.failed()) {
                                ApiReplies.failure(ctx, ar.cause());
                                return;
                            }
                            String type =
                                    switch (format) {
                                        case "html" -> "text/html; charset=utf-8";
                                        case "docx" -> DOCX;
                                        default -> ApiReplies.JSON;
                                    };
                            ctx.response().putHeader("Content-Type", type);
                            if (format.equals("docx")) {
                                ctx.response()
                                        .putHeader(
                                                "Content-Disposition",
                                                "attachment; filename=\"environment-"
                                                        + period
                                                        + "-"
                                                        + (when == null ? "latest" : when.trim())
                                                        + ".docx\"");
                            }
                            ctx.response().end(ar.result());
                        });
    }

    private EnvironmentReport.Report build(String period, String when) throws Exception {
        try {
            return switch (period) {
                case "day" -> reports.day(LocalDate.parse(require(when, "date", "2026-12-05")));
                case "month" -> reports.month(YearMonth.parse(require(when, "month", "2026-12")));
                default ->
                        throw new IllegalArgumentException(
                                "query parameter 'period' = '" + period + "' must be day or month");
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "query parameter '"
                            + (period.equals("month") ? "month" : "date")
                            + "' = '"
                            + when
                            + "' is not like "
                            + (period.equals("month") ? "2026-12" : "2026-12-05"));
        }
    }

    private static String require(String v, String name, String example) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(
                    "query parameter '" + name + "' is required, e.g. " + example);
        }
        return v.trim();
    }

    private static String param(RoutingContext ctx, String name, String dflt) {
        String v = ctx.request().getParam(name);
        return v == null || v.isBlank() ? dflt : v.trim().toLowerCase(Locale.ROOT);
    }
}
