package org.parkwatch.backend.publicdisplay;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServer;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.platform.ParkWatchBackend;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Plugs the public display into the backend before it starts: {@link PublicRoutes} in the route table and a
 * lifecycle that takes a snapshot through {@link PublicInputsSource} at start and every {@code public.snapshotMs}
 * on the ingest context, and with {@code public.http.port} set the separate {@link KioskListener}. A bad
 * {@code public.*} value fails the start naming the key.
 */
public final class PublicDisplayModule {
    private static final Logger LOG = LoggerFactory.getLogger(PublicDisplayModule.class);
    private PublicDisplayModule() {
    }

    /** @param alarms the alarm service for the status counts, or null without alarms */
    public static PublicDisplayService install(ParkWatchBackend backend, AlarmService alarms) {
        PublicDisplayOptions options;
        ConfigException configError = null;
        try {
            options = PublicDisplayOptions.from(backend.config()::value);
        } catch (ConfigException e) {
            // the lifecycle fails the start with this message; the defaults only let the wiring complete
            configError = e;
            options = PublicDisplayOptions.from(key -> null);
        }
        PublicDisplayService service = new PublicDisplayService(options, PublicParkMap.build(backend.park()),
                System::currentTimeMillis);
        PublicInputsSource source = new PublicInputsSource(backend.park(), backend.live(), alarms);
        List<RouteSpec> api = new PublicRoutes(service).routes();
        backend.addRoutes(api);
        String kioskHost = options.kioskHost().isEmpty() ? backend.config().http().host() : options.kioskHost();
        int kioskPort = options.kioskPort();
        ConfigException badConfig = configError;
        long periodMs = options.snapshotMs();
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            private long timer = -1;
            private HttpServer kiosk;

            @Override
            public Future<?> start() {
                if (badConfig != null) return Future.failedFuture(badConfig);
                service.take(source.read(System.currentTimeMillis()));
                timer = backend.vertx().setPeriodic(periodMs,
                        id -> service.take(source.read(System.currentTimeMillis())));
                if (kioskPort == PublicDisplayOptions.NO_KIOSK) return Future.succeededFuture();
                return KioskListener.start(backend.vertx(), kioskHost, kioskPort, api).onSuccess(s -> {
                    kiosk = s;
                    service.kioskPort(s.actualPort());
                    LOG.info("public display kiosk listener on {}:{}", kioskHost, s.actualPort());
                });
            }

            @Override
            public Future<?> stop() {
                if (timer >= 0) backend.vertx().cancelTimer(timer);
                return kiosk == null ? Future.succeededFuture() : kiosk.close();
            }
        });
        return service;
    }
}
