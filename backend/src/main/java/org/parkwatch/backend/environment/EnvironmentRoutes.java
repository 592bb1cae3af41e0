package org.parkwatch.backend.environment;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.environment.Pollutant;

/**
 * {@code GET /api/environment/aqi} (real-time AQI of the park and of every station the caller sees)
 * and {@code GET /api/environment/backtrace?pollutant=&from=&to=&step=} (ranking of candidate
 * sources over a window, epoch ms; default the last hour, in steps of {@code step} seconds, default
 * 60), {@code GET /api/environment/daily?date=YYYY-MM-DD} (daily means with their validity, daily
 * AQI and limit checks per station; default yesterday in the park's time zone) and {@code GET
 * /api/environment/limits}. Back-tracing names every enterprise's tanks, so it needs {@link
 * Permissions#ENVIRONMENT_TRACE}, which only park roles hold.
 */
final class EnvironmentRoutes {

    static final long DEFAULT_WINDOW_MS = 3_600_000L;

    private final Vertx vertx;
    private final LiveState live;
    private final TenantScope tenancy;
    private final AirNetwork network;
    private final AqiService aqi;
    private final BacktraceService backtrace;
    private final DailyService daily;
    private final ContainmentService containment;
    private final ReportRoute report;
    private final List<EnvLimit> limits;
    private final ZoneId zone;
    private final LongSupplier clockMs;

    EnvironmentRoutes(
            Vertx vertx,
            LiveState live,
            TenantScope tenancy,
            AirNetwork network,
            AqiService aqi,
            BacktraceService backtrace,
            DailyService daily,
            ContainmentService containment,
            ReportRoute report,
            List<EnvLimit> limits,
            ZoneId zone,
            LongSupplier clockMs) {
        this.daily = daily;
        this.containment = containment;
        this.report = report;
        this.limits = List.copyOf(limits);
        this.zone = zone;
        this.vertx = vertx;
        this.live = live;
        this.tenancy = tenancy;
        this.network = network;
        this.aqi = aqi;
        this.backtrace = backtrace;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(
                RouteSpec.get("/api/environment/aqi", this::aqi, Permissions.ENVIRONMENT_READ),
                RouteSpec.get(
                        "/api/environment/backtrace",
                        this::backtrace,
                        Permissions.ENVIRONMENT_TRACE),
                RouteSpec.get("/api/environment/daily", this::daily, Permissions.ENVIRONMENT_READ),
                RouteSpec.get(
                        "/api/environment/limits", this::limits, Permissions.ENVIRONMENT_READ),
                RouteSpec.get(
                        "/api/environment/containment",
                        this::containment,
                        Permissions.ENVIRONMENT_READ),
                RouteSpec.get(
                        "/api/environment/report", report::handle, Permissions.ENVIRONMENT_TRACE));
    }

    private void aqi(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        AqiService.ParkAqi a = aqi.now(this::usable, clockMs.getAsLong());
        List<AqiService.StationAqi> visible =
                a.stations().stream()
                        .filter(s -> tenancy.seesEnterprise(p, s.station().enterpriseId()))
                        .toList();
        ApiReplies.json(ctx, EnvironmentJson.aqi(a, visible).encode());
    }

    private void backtrace(RoutingContext ctx) {
        String pollutantParam = ctx.request().getParam("pollutant");
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> {
                    Pollutant pollutant = EnvironmentSignals.parse(pollutantParam);
                    long to = BlockingReply.longParam(ctx, "to", clockMs.getAsLong());
                    long from = BlockingReply.longParam(ctx, "from", to - DEFAULT_WINDOW_MS);
                    if (from >= to) {
                        throw new IllegalArgumentException(
                                "from (" + from + ") must be before to (" + to + ")");
                    }
                    long stepS =
                            BlockingReply.longParam(ctx, "step", BacktraceService.STEP_MS / 1000);
                    return EnvironmentJson.backtrace(
                                    backtrace.trace(pollutant, from, to, stepS * 1000),
                                    from,
                                    to,
                                    network)
                            .encode();
                });
    }

    private void daily(RoutingContext ctx) {
        String dateParam = ctx.request().getParam("date");
        Principal p = Principal.of(ctx);
        BlockingReply.send(
                vertx,
                ctx,
                ApiReplies.JSON,
                () -> {
                    LocalDate date;
                    try {
                        date =
                                dateParam == null
                                        ? LocalDate.ofInstant(
                                                        Instant.ofEpochMilli(clockMs.getAsLong()),
                                                        zone)
                                                .minusDays(1)
                                        : LocalDate.parse(dateParam.trim());
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException(
                                "query parameter 'date' = '"
                                        + dateParam
                                        + "' is not a date like 2026-12-05");
                    }
                    List<DailyService.StationDay> visible =
                            daily.day(date).stream()
                                    .filter(
                                            s ->
                                                    tenancy.seesEnterprise(
                                                            p, s.station().enterpriseId()))
                                    .toList();
                    return EnvironmentJson.daily(date.toString(), visible).encode();
                });
    }

    private void limits(RoutingContext ctx) {
        ApiReplies.json(ctx, EnvironmentJson.limits(limits).encode());
    }

    /** A tag's current value, NaN when missing, stale, bad or not a number. */
    /**
     * {@code GET /api/environment/containment?enterprise=E01}: the three-tier plan with live valve
     * states; an enterprise user sees only its own enterprise.
     */
    private void containment(RoutingContext ctx) {
        String enterprise = ctx.request().getParam("enterprise");
        if (enterprise == null || !containment.enterprises().contains(enterprise.trim())) {
            ApiReplies.error(
                    ctx,
                    400,
                    "query parameter 'enterprise' = '"
                            + enterprise
                            + "' must name an enterprise with containment places, one of "
                            + containment.enterprises());
            return;
        }
        if (!tenancy.seesEnterprise(Principal.of(ctx), enterprise.trim())) {
            ApiReplies.error(ctx, 403, "you may see only your own enterprise's containment plan");
            return;
        }
        ContainmentService.Plan plan = containment.plan(enterprise.trim(), this::valveOpen);
        ApiReplies.json(ctx, EnvironmentJson.containment(plan, containment.intake()).encode());
    }

    /** A valve's open-position switch: true open, false closed, null when not usable. */
    private Boolean valveOpen(String tagId) {
        TagState t = live.tag(tagId);
        if (t == null || !t.hasValue() || t.stale() || t.quality() == Quality.BAD) {
            return null;
        }
        return t.value() instanceof Boolean b
                ? b
                : t.value() instanceof Number n ? n.doubleValue() != 0 : null;
    }

    private double usable(String tagId) {
        return LiveValues.number(live, tagId);
    }
}
