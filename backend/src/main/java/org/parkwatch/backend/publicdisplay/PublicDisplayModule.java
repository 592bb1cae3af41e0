package org.parkwatch.backend.publicdisplay;

import io.vertx.core.Future;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.platform.ParkWatchBackend;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * Plugs the public display into the backend before it starts: {@link PublicRoutes} in the route table and a
 * lifecycle that takes a snapshot through {@link PublicInputsSource} at start and every {@code public.snapshotMs}
 * on the ingest context. A bad {@code public.*} value fails the start naming the key.
 */
public final class PublicDisplayModule {
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
        backend.addRoutes(new PublicRoutes(service).routes());
        ConfigException badConfig = configError;
        long periodMs = options.snapshotMs();
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            private long timer = -1;

            @Override
            public Future<?> start() {
                if (badConfig != null) return Future.failedFuture(badConfig);
                service.take(source.read(System.currentTimeMillis()));
                timer = backend.vertx().setPeriodic(periodMs,
                        id -> service.take(source.read(System.currentTimeMillis())));
                return Future.succeededFuture();
            }

            @Override
            public Future<?> stop() {
                if (timer >= 0) backend.vertx().cancelTimer(timer);
                return Future.succeededFuture();
            }
        });
        return service;
    }
}
