package org.parkwatch.backend.environment;

import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import org.parkwatch.backend.live.Quality;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.live.TagState;
import org.parkwatch.backend.platform.db.BlockingReply;
import org.parkwatch.backend.platform.http.ApiReplies;
import org.parkwatch.backend.platform.http.Permissions;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.Principal;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.environment.Pollutant;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * {@code GET /api/environment/aqi} (real-time AQI of the park and of every station the caller sees) and
 * {@code GET /api/environment/backtrace?pollutant=&from=&to=} (ranking of candidate sources over a window, epoch ms;
 * default the last hour). Back-tracing names every enterprise's tanks, so it needs
 * {@link Permissions#ENVIRONMENT_TRACE}, which only park roles hold.
 */
final class EnvironmentRoutes {

    static final long DEFAULT_WINDOW_MS = 3_600_000L;

    private final Vertx vertx;
    private final LiveState live;
    private final TenantScope tenancy;
    private final AirNetwork network;
    private final AqiService aqi;
    private final BacktraceService backtrace;
    private final LongSupplier clockMs;

    EnvironmentRoutes(Vertx vertx, LiveState live, TenantScope tenancy, AirNetwork network, AqiService aqi,
                      BacktraceService backtrace, LongSupplier clockMs) {
        this.vertx = vertx;
        this.live = live;
        this.tenancy = tenancy;
        this.network = network;
        this.aqi = aqi;
        this.backtrace = backtrace;
        this.clockMs = clockMs;
    }

    List<RouteSpec> routes() {
        return List.of(RouteSpec.get("/api/environment/aqi", this::aqi, Permissions.ENVIRONMENT_READ),
                RouteSpec.get("/api/environment/backtrace", this::backtrace, Permissions.ENVIRONMENT_TRACE));
    }

    private void aqi(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        AqiService.ParkAqi a = aqi.now(this::usable, clockMs.getAsLong());
        List<AqiService.StationAqi> visible = a.stations().stream()
                .filter(s -> tenancy.seesEnterprise(p, s.station().enterpriseId())).toList();
        ApiReplies.json(ctx, EnvironmentJson.aqi(a, visible).encode());
    }

    private void backtrace(RoutingContext ctx) {
        String pollutantParam = ctx.request().getParam("pollutant");
        BlockingReply.send(vertx, ctx, ApiReplies.JSON, () -> {
            Pollutant pollutant = EnvironmentSignals.parse(pollutantParam);
            long to = BlockingReply.longParam(ctx, "to", clockMs.getAsLong());
            long from = BlockingReply.longParam(ctx, "from", to - DEFAULT_WINDOW_MS);
            if (from >= to) {
                throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
            }
            return EnvironmentJson.backtrace(backtrace.trace(pollutant, from, to), from, to, network).encode();
        });
    }

    /** A tag's current value, NaN when missing, stale, bad or not a number. */
    private double usable(String tagId) {
        TagState t = live.tag(tagId);
        if (t == null || !t.hasValue() || t.stale() || t.quality() == Quality.BAD) {
            return Double.NaN;
        }
        return t.value() instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
