package org.parkwatch.backend.logistics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.parkwatch.model.logistics.demo.DemoFleet;
import org.parkwatch.model.logistics.demo.DemoTruck;
import org.parkwatch.model.logistics.gate.DriverDocs;
import org.parkwatch.model.logistics.gate.VehicleDocs;
import org.parkwatch.model.logistics.gate.Waybill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code logistics.demoFleet=true} (the demo launcher only): at start, the demo trucks of the park
 * ({@link DemoFleet}) get what a real fleet would be given by the park's administrator — a
 * provisioned terminal with an open enrolment window (the terminal registers over JT/T 808 and
 * receives its own authentication code; no code is preset anywhere), vehicle and driver documents,
 * and a waybill for today (id {@code WB-<yyyyMMdd>-<phone>}, slot the whole park day). What exists
 * is left alone, so a restart keeps the enrolled codes.
 */
final class DemoFleetProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(DemoFleetProvisioner.class);
    static final String BY = "demo-fleet";

    private final Vertx vertx;
    private final TerminalDirectory directory;
    private final DocumentsRepository docs;
    private final ZoneId zone;

    DemoFleetProvisioner(
            Vertx vertx, TerminalDirectory directory, DocumentsRepository docs, ZoneId zone) {
        this.vertx = vertx;
        this.directory = directory;
        this.docs = docs;
        this.zone = zone;
    }

    Future<Void> provision(DemoFleet fleet, long nowMs, long enrolUntilMs) {
        List<Future<?>> all = new ArrayList<>();
        for (DemoTruck t : fleet.trucks()) {
            if (directory.byPhone(t.phone()).isEmpty()) {
                all.add(
                        directory
                                .provision(
                                        new TerminalRecord(
                                                t.phone(),
                                                t.plate(),
                                                t.carrier(),
                                                List.of(t.enterpriseId()),
                                                null,
                                                enrolUntilMs),
                                        nowMs,
                                        BY)
                                .onFailure(
                                        e ->
                                                LOG.warn(
                                                        "demo truck {}: {}",
                                                        t.plate(),
                                                        e.getMessage())));
            }
        }
        all.add(vertx.executeBlocking(() -> documents(fleet, nowMs), false));
        return Future.join(all)
                .onSuccess(
                        v -> LOG.info("demo fleet: {} trucks provisioned", fleet.trucks().size()))
                .onFailure(e -> LOG.error("demo fleet not provisioned: {}", e.toString()))
                .mapEmpty();
    }

    private Void documents(DemoFleet fleet, long nowMs) throws Exception {
        LocalDate today = Instant.ofEpochMilli(nowMs).atZone(zone).toLocalDate();
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Instant dayEnd = today.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        for (DemoTruck t : fleet.trucks()) {
            docs.upsertVehicle(
                    new VehicleDocs(
                            t.plate(),
                            t.carrier(),
                            t.tankType(),
                            t.capacityT(),
                            today.plusDays(t.permitValidDays())));
            docs.upsertDriver(new DriverDocs(t.driverId(), t.driverName(), today.plusYears(1)));
            docs.insertWaybill(
                    new Waybill(
                            "WB-" + today.toString().replace("-", "") + "-" + t.phone(),
                            t.plate(),
                            t.driverId(),
                            t.cas(),
                            t.unNumber(),
                            t.chemicalZh(),
                            t.quantityT(),
                            t.enterpriseId(),
                            Waybill.Direction.valueOf(t.direction()),
                            dayStart,
                            dayEnd),
                    BY);
        }
        return null;
    }
}
