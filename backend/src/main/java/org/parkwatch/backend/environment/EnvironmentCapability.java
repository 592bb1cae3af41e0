package org.parkwatch.backend.environment;

import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.history.HistoryRepository;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.environment.EnvLimit;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Environmental monitoring (issue 17): the real-time AQI of the park's air stations (HJ 633-2012)
 * and back-tracing a pollution episode in the history to the park's candidate sources, the daily
 * report with the GB 3095-2012 validity rules and the limits of the bundled limits file (read and
 * validated here: a bad row stops the start). Holds no state of its own: the AQI is taken from live
 * state on request, the back-trace and the daily report from history.
 */
public final class EnvironmentCapability implements Capability {

    private final List<RouteSpec> routes;

    /**
     * @param history the history store the back-trace reads (its trend of 1-minute buckets)
     */
    public EnvironmentCapability(
            ParkCatalog park,
            Vertx vertx,
            LiveState live,
            TenantScope tenancy,
            HistoryRepository history,
            LongSupplier clockMs) {
        AirNetwork network = new AirNetwork(park);
        List<EnvLimit> limits = EnvironmentLimits.bundled();
        ZoneId zone = ZoneId.of(park.metadata().path("timeZone").asText("Asia/Shanghai"));
        this.routes =
                new EnvironmentRoutes(
                                vertx,
                                live,
                                tenancy,
                                network,
                                new AqiService(network),
                                new BacktraceService(network, history::trend),
                                new DailyService(network, history::trend, limits, zone),
                                limits,
                                zone,
                                clockMs)
                        .routes();
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }
}
