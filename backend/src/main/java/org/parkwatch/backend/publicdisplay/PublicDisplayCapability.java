package org.parkwatch.backend.publicdisplay;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.DrillTimes;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open-day public display (issue 7): {@link PublicRoutes} in the route table, a snapshot taken
 * through {@link PublicInputsSource} at start and every {@code public.snapshotMs} on the ingest
 * context, and with {@code public.http.port} set the separate {@link KioskListener}. Its options
 * are read and validated by the composition root before anything starts.
 */
public final class PublicDisplayCapability implements Capability {
    private static final Logger LOG = LoggerFactory.getLogger(PublicDisplayCapability.class);

    private final Vertx vertx;
    private final PublicDisplayOptions options;
    private final String kioskHost;
    private final LongSupplier clockMs;
    private final PublicDisplayService service;
    private final PublicInputsSource source;
    private final List<RouteSpec> routes;
    private long timer = -1;
    private HttpServer kiosk;

    /**
     * @param alarms the alarm service for the status counts
     * @param drills when drills ran: their alarms and incidents are not counted
     * @param httpHost the main listener's host, the kiosk listener's default
     */
    public PublicDisplayCapability(
            ParkCatalog park,
            PublicDisplayOptions options,
            Vertx vertx,
            LiveState live,
            AlarmService alarms,
            DrillTimes drills,
            String httpHost,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.options = options;
        this.kioskHost = options.kioskHost().isEmpty() ? httpHost : options.kioskHost();
        this.clockMs = clockMs;
        this.service = new PublicDisplayService(options, PublicParkMap.build(park), clockMs);
        this.source = new PublicInputsSource(park, live, alarms, drills);
        this.routes = new PublicRoutes(service).routes();
    }

    /** The snapshot service (for tests that read what the display shows). */
    public PublicDisplayService service() {
        return service;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        service.take(source.read(clockMs.getAsLong()));
        timer =
                vertx.setPeriodic(
                        options.snapshotMs(), id -> service.take(source.read(clockMs.getAsLong())));
        if (options.kioskPort() == PublicDisplayOptions.NO_KIOSK) return Future.succeededFuture();
        return KioskListener.start(vertx, kioskHost, options.kioskPort(), routes)
                .onSuccess(
                        s -> {
                            kiosk = s;
                            service.kioskPort(s.actualPort());
                            LOG.info(
                                    "public display kiosk listener on {}:{}",
                                    kioskHost,
                                    s.actualPort());
                        });
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return kiosk == null ? Future.succeededFuture() : kiosk.close();
    }
}
