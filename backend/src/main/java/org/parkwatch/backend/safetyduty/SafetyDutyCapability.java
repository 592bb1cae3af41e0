package org.parkwatch.backend.safetyduty;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.parkwatch.backend.platform.Capability;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.TenantScope;
import org.parkwatch.model.park.ParkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily safety duty (issue 15, scopes 3–5): responsibility of major hazards, daily commitments, the
 * unit calendar. At start it reads the park's {@value #SEED_FILE} (the calendar's units and their
 * alarm tag prefixes; on an empty database also the demo's records), then re-decides the
 * missing-commitment alarms and the shut-down units' suppression every {@link #REFRESH_MS} ms.
 */
public final class SafetyDutyCapability implements Capability {
    /** The park's units and demo records, beside its layers. */
    public static final String SEED_FILE = "safety-duty.json";

    /** How often the deadline and the calendar are re-decided, ms. */
    public static final long REFRESH_MS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(SafetyDutyCapability.class);

    private final Vertx vertx;
    private final SafetyDutyRepository repository;
    private final SafetyDutyService service;
    private final SafetyDutySeedReader.Seed seed;
    private final SafetyDutyPorts.MajorHazards hazards;
    private final List<RouteSpec> routes;
    private long timer = -1;

    /**
     * @param deadlineValue {@value CommitmentDeadline#KEY} from the configuration (null: default)
     * @throws IllegalArgumentException a bad deadline or a bad seed file, naming the key or row
     */
    public SafetyDutyCapability(
            ParkCatalog park,
            Vertx vertx,
            Database database,
            TenantScope tenancy,
            SafetyDutyPorts.MajorHazards hazards,
            SafetyDutyPorts.ConditionOffer alarms,
            SafetyDutyPorts.FiledSuppression suppression,
            String deadlineValue,
            LongSupplier clockMs) {
        this.vertx = vertx;
        this.hazards = hazards;
        ZoneId zone = ZoneId.of(park.metadata().path("timeZone").asText("Asia/Shanghai"));
        CommitmentDeadline deadline = CommitmentDeadline.parse(deadlineValue, zone);
        Map<String, String[]> names = new HashMap<>();
        this.seed =
                park.optionalJson(SEED_FILE)
                        .map(
                                j ->
                                        SafetyDutySeedReader.read(
                                                j,
                                                clockMs.getAsLong(),
                                                deadline,
                                                unitNames(j, hazards, names)))
                        .orElse(
                                new SafetyDutySeedReader.Seed(
                                        List.of(), List.of(), List.of(), List.of(), List.of()));
        this.repository = new SafetyDutyRepository(database);
        this.service =
                new SafetyDutyService(
                        repository,
                        tenancy,
                        hazards,
                        seed.units(),
                        deadline,
                        clockMs,
                        alarms,
                        suppression);
        this.routes =
                new SafetyDutyRoutes(
                                vertx,
                                service,
                                new SafetyDutyJson(park.enterprises(), hazards),
                                clockMs)
                        .routes();
    }

    private static Map<String, String[]> unitNames(
            com.fasterxml.jackson.databind.JsonNode j,
            SafetyDutyPorts.MajorHazards hazards,
            Map<String, String[]> into) {
        j.path("units")
                .forEach(
                        u -> {
                            String id = u.path("unitId").asText();
                            hazards.unit(id)
                                    .ifPresent(
                                            r ->
                                                    into.put(
                                                            id,
                                                            new String[] {r.nameZh(), r.nameEn()}));
                        });
        return into;
    }

    @Override
    public List<RouteSpec> routes() {
        return routes;
    }

    @Override
    public Future<?> start() {
        return vertx.executeBlocking(
                        () -> {
                            if (repository.isEmpty()) seedDemo();
                            service.refresh();
                            return null;
                        },
                        false)
                .onSuccess(
                        v ->
                                timer =
                                        vertx.setPeriodic(
                                                REFRESH_MS,
                                                id ->
                                                        vertx.executeBlocking(
                                                                        () -> {
                                                                            service.refresh();
                                                                            return null;
                                                                        },
                                                                        false)
                                                                .onFailure(
                                                                        e ->
                                                                                LOG.warn(
                                                                                        "safety duty not refreshed: {}",
                                                                                        e
                                                                                                .toString()))));
    }

    private void seedDemo() throws java.sql.SQLException {
        java.util.Set<String> majors = hazards.majorHazardIds();
        int duties = 0;
        for (Responsible r : seed.responsibles()) {
            if (!majors.contains(r.unitId())) {
                LOG.warn(
                        "safety duty: {} is no major hazard installation, its duty not seeded",
                        r.unitId());
                continue;
            }
            service.seedResponsible(r);
            duties++;
        }
        for (DutyCheck k : seed.checks()) repository.addCheck(k);
        for (Commitment c : seed.commitments()) service.seedCommitment(c);
        for (UnitFiling f : seed.filings()) service.seedFiling(f);
        LOG.info(
                "safety duty: {} duties, {} checks, {} commitments, {} filings seeded from {}",
                duties,
                seed.checks().size(),
                seed.commitments().size(),
                seed.filings().size(),
                SEED_FILE);
    }

    @Override
    public Future<?> stop() {
        if (timer >= 0) vertx.cancelTimer(timer);
        return Future.succeededFuture();
    }

    /**
     * The daily and quarterly reports' figures: today's commitments (declared on time, late,
     * missing; the rate). Blocks.
     */
    public CommitmentSummary commitmentsToday() throws java.sql.SQLException {
        return service.commitmentSummary();
    }

    /** The reports' figures: duties on file and overdue now. Blocks. */
    public ResponsibilitySummary responsibility() throws java.sql.SQLException {
        return service.responsibilitySummary();
    }

    /** The reports' figures: units shut down or in turnaround now. Blocks. */
    public UnitStateSummary unitStates() throws java.sql.SQLException {
        return service.unitSummary();
    }

    /** Each enterprise's commitment today as the public display may show it. Blocks. */
    public List<PublicCommitment> publicCommitments() throws java.sql.SQLException {
        return service.today(PublicCommitment.PARK_VIEW).stream()
                .map(
                        r ->
                                new PublicCommitment(
                                        r.enterpriseId(),
                                        r.commitment() != null,
                                        r.commitment() == null ? null : r.commitment().safeState()))
                .toList();
    }

    /** The service, for tests that drive it with an injected clock. */
    SafetyDutyService service() {
        return service;
    }
}
