package org.parkwatch.backend.publicdisplay;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.parkwatch.backend.alarm.DrillTimes;
import org.parkwatch.backend.alarm.service.AlarmRepository;
import org.parkwatch.backend.alarm.service.AlarmService;
import org.parkwatch.backend.hazard.registry.Licence;
import org.parkwatch.backend.live.LiveState;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.model.environment.ExceedanceChecks;
import org.parkwatch.model.environment.LimitsCsv;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open-day public display (issue 7): {@link PublicRoutes} in the route table, a snapshot taken
 * through {@link PublicInputsSource} at start and every {@code public.snapshotMs} on the ingest
 * context, and with {@code public.http.port} set the separate {@link KioskListener}. On the same
 * period, on a worker thread, the environmental disclosure ({@link DisclosureSource}: exceedances
 * from the alarm journal up to the public delay ago, discharge permits from the registry). Its
 * options are read and validated by the composition root before anything starts.
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
    private final DisclosureSource disclosure;
    private boolean disclosureReading;
    private volatile PublicCommitments.Source commitments;
    private boolean commitmentsReading;
    private long timer = -1;
    private HttpServer kiosk;

    /**
     * @param alarms the alarm service for the status counts and the exceedances of its journal
     * @param licences an enterprise's licences by enterprise id (the registry), for the discharge
     *     permits
     * @param drills when drills ran: their alarms and incidents are not counted
     * @param httpHost the main listener's host, the kiosk listener's default
     */
    public PublicDisplayCapability(
            ParkCatalog park,
            PublicDisplayOptions options,
            Vertx vertx,
            LiveState live,
            AlarmService alarms,
            Function<String, Collection<Licence>> licences,
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
        this.disclosure =
                new DisclosureSource(
                        park,
                        LimitsCsv.demo(),
                        (from, to) -> {
                            AlarmRepository repo = alarms == null ? null : alarms.repository();
                            return repo == null
                                    ? List.of()
                                    : repo.journalOfAlarmsContaining(
                                            from,
                                            to,
                                            ExceedanceChecks.ALARM_SEGMENT,
                                            DisclosureSource.MAX_ROWS);
                        },
                        licences,
                        ZoneId.of(park.metadata().path("timeZone").asText("Asia/Shanghai")));
    }

    /**
     * Where the display reads today's safety commitments (issue 15; read on a worker with the
     * disclosure). Without one the status lists none.
     */
    public void setCommitmentSource(PublicCommitments.Source source) {
        this.commitments = source;
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
        readDisclosure();
        timer =
                vertx.setPeriodic(
                        options.snapshotMs(),
                        id -> {
                            service.take(source.read(clockMs.getAsLong()));
                            readDisclosure();
                        });
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

    /** Reads the commitments on a worker thread unless a read is still under way. */
    private void readCommitments() {
        PublicCommitments.Source src = commitments;
        if (src == null || commitmentsReading) return;
        commitmentsReading = true;
        vertx.executeBlocking(src, false)
                .onComplete(
                        r -> {
                            commitmentsReading = false;
                            if (r.succeeded()) service.commitments(r.result());
                            else
                                LOG.warn(
                                        "public commitments not updated: {}", r.cause().toString());
                        });
    }

    /** Reads the disclosure on a worker thread unless a read is still under way. */
    private void readDisclosure() {
        readCommitments();
        if (disclosureReading) return;
        disclosureReading = true;
        long countedTo = clockMs.getAsLong() - options.delayMs();
        vertx.executeBlocking(() -> disclosure.read(countedTo), false)
                .onComplete(
                        r -> {
                            disclosureReading = false;
                            if (r.succeeded()) service.disclosure(r.result());
                            else
                                LOG.warn("public disclosure not updated: {}", r.cause().toString());
                        });
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return kiosk == null ? Future.succeededFuture() : kiosk.close();
    }
}
