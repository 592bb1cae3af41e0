package org.parkwatch.backend.alarm.service;

import io.vertx.core.Future;
import org.parkwatch.backend.alarm.DefaultAlarmDefinitions;
import org.parkwatch.backend.alarm.correlation.CatalogFeatureLocator;
import org.parkwatch.backend.alarm.correlation.CorrelationConfig;
import org.parkwatch.backend.platform.ParkWatchBackend;

/**
 * Plugs alarm management (issue 5) into the backend before it starts: the {@link AlarmService} as ingest listener and
 * lifecycle (restore on start, periodic tick every {@link #TICK_MS} ms, flush on stop) and the {@link AlarmRoutes}.
 * Definitions are the defaults from the park's tag lists; correlation rules the defaults of {@link CorrelationConfig}.
 */
public final class AlarmModule {
    /** Alarm tick period: delays, shelving expiry, stale/feed verdicts, bypass register and persistence, ms. */
    public static final long TICK_MS = 250;

    private AlarmModule() {
    }

    public static AlarmService install(ParkWatchBackend backend) {
        AlarmService alarms = new AlarmService(backend.park(), DefaultAlarmDefinitions.from(backend.park()),
                CorrelationConfig.defaults(), new CatalogFeatureLocator(backend.park()), System::currentTimeMillis,
                (type, payload) -> backend.push().publish(type, payload));
        backend.addIngestListener(alarms);
        backend.addRoutes(new AlarmRoutes(alarms, backend.vertx()).routes());
        backend.addLifecycle(new ParkWatchBackend.Lifecycle() {
            private long timer = -1;

            @Override
            public Future<?> start() {
                AlarmRepository repo = backend.store() == null ? null
                        : new AlarmRepository(backend.store().database());
                return alarms.start(backend.vertx(), repo, backend.live()).onSuccess(v ->
                        timer = backend.vertx().setPeriodic(TICK_MS, id -> alarms.tick(System.currentTimeMillis())));
            }

            @Override
            public Future<?> stop() {
                if (timer >= 0) backend.vertx().cancelTimer(timer);
                return alarms.stop();
            }
        });
        return alarms;
    }
}
