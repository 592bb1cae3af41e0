package org.parkwatch.backend.environment;

import io.vertx.core.Future;
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
import org.parkwatch.model.environment.ExceedanceChecks;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Environmental monitoring (issue 17): the real-time AQI of the park's air stations (HJ 633-2012)
 * and back-tracing a pollution episode in the history to the park's candidate sources, the daily
 * report with the GB 3095-2012 validity rules and the limits of the bundled limits file (read and
 * validated here: a bad row stops the start), and the exceedance monitor that judges every station
 * and outfall tag against its limits on their averaging periods and raises ISA-18.2 alarms through
 * the {@link ExceedanceSink}. The AQI is taken from live state on request, the back-trace and the
 * daily report from history.
 */
public final class EnvironmentCapability implements Capability {

    /** How often the exceedance monitor runs, ms (grab limits; averaged ones once per window). */
    static final long MONITOR_PERIOD_MS = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentCapability.class);

    private final List<RouteSpec> routes;
    private final Vertx vertx;
    private final ExceedanceMonitor monitor;
    private final LongSupplier clockMs;
    private long timer = -1;

    /**
     * @param history the history store the back-trace reads (its trend of 1-minute buckets)
     * @param exceedances where exceedance verdicts go: the alarm service's external conditions
     *     (alarm id {@code <tagId>.ENV.<limitId>}, active, value, journal note)
     */
    public EnvironmentCapability(
            ParkCatalog park,
            Vertx vertx,
            LiveState live,
            TenantScope tenancy,
            HistoryRepository history,
            ExceedanceSink exceedances,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.clockMs = clockMs;
        AirNetwork network = new AirNetwork(park);
        List<EnvLimit> limits = EnvironmentLimits.bundled();
        ZoneId zone = ZoneId.of(park.metadata().path("timeZone").asText("Asia/Shanghai"));
        DailyService daily = new DailyService(network, history::trend, limits, zone);
        ReportRoute report =
                new ReportRoute(
                        vertx,
                        new EnvironmentReport(park, daily, history::trend, zone),
                        park.enterprises());
        this.routes =
                new EnvironmentRoutes(
                                vertx,
                                live,
                                tenancy,
                                network,
                                new AqiService(network),
                                new BacktraceService(network, history::trend),
                                daily,
                                new ContainmentService(ContainmentReader.read(park)),
                                report,
                                limits,
                                zone,
                                clockMs)
                        .routes();
        this.monitor =
                new ExceedanceMonitor(
                        ExceedanceChecks.of(park.allTags(), limits),
                        history::trend,
                        tagId -> LiveValues.number(live, tagId),
                        exceedances::offer,
                        zone);
    }

    /** The port the exceedance verdicts leave by (the alarm service implements it). */
    @FunctionalInterface
    public interface ExceedanceSink {
        void offer(String alarmId, boolean active, double value, String note);
    }

    @Override
    public Future<?> start() {
        // the first run after a full period: start-up (restore, replay, feeds connecting) goes
        // first
        timer = vertx.setPeriodic(MONITOR_PERIOD_MS, MONITOR_PERIOD_MS, id -> runMonitor());
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return Future.succeededFuture();
    }

    private void runMonitor() {
        vertx.executeBlocking(() -> monitor.run(clockMs.getAsLong()), false)
                .onFailure(
                        e -> LOG.warn("environmental exceedance check failed: {}", e.toString()));
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }
}
