package org.parkwatch.backend.dualprevention;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parkwatch.backend.security.Principal;

/**
 * The writes that go by an enterprise's external id (a sync from its own system, or a risk point
 * filed again): create what is new, update what changed, add tasks not yet known, and move a synced
 * hidden danger forward only. Called inside the service's transactions; blocks.
 */
final class DualPreventionWrites {
    private final DualPreventionRepository repository;
    private final DualPreventionChecks checks;

    DualPreventionWrites(DualPreventionRepository repository, DualPreventionChecks checks) {
        this.repository = repository;
        this.checks = checks;
    }

    /** See {@link DualPreventionService#sync}. */
    Inputs.SyncResult sync(
            Principal p,
            String enterpriseId,
            List<Inputs.RiskPointIn> points,
            List<Inputs.DangerIn> dangers,
            long nowMs)
            throws SQLException {
        String enterprise = checks.checkEnterprise(p, enterpriseId, "");
        if (points.size() + dangers.size() > DualPreventionService.MAX_SYNC_ROWS) {
            throw new IllegalArgumentException(
                    "at most " + DualPreventionService.MAX_SYNC_ROWS + " rows per sync");
        }
        List<RiskPoint> checkedPoints = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Inputs.RiskPointIn in = points.get(i);
            String where = "riskPoints[" + i + "].";
            if (in.externalId() == null || in.externalId().isBlank())
                throw new IllegalArgumentException(where + "externalId: required to sync");
            checkedPoints.add(
                    checks.checkRiskPoint(
                            p, DualPreventionChecks.withEnterprise(in, enterprise), nowMs, where));
        }
        List<HiddenDanger> checkedDangers = new ArrayList<>();
        for (int i = 0; i < dangers.size(); i++) {
            Inputs.DangerIn in = dangers.get(i);
            String where = "hiddenDangers[" + i + "].";
            if (in.externalId() == null || in.externalId().isBlank())
                throw new IllegalArgumentException(where + "externalId: required to sync");
            DangerState state =
                    in.state() == null
                            ? DangerState.REPORTED
                            : DualPreventionChecks.parse(where, in.state());
            checkedDangers.add(
                    checks.checkDanger(
                            p,
                            DualPreventionChecks.withEnterprise(in, enterprise),
                            nowMs,
                            where,
                            state));
        }
        return repository.inTransaction(
                c -> {
                    int[] counts = new int[3];
                    for (int i = 0; i < checkedPoints.size(); i++) {
                        int o =
                                upsertRiskPoint(
                                                c,
                                                checkedPoints.get(i),
                                                points.get(i).tasks(),
                                                nowMs)
                                        .outcome();
                        counts[o == 2 ? 0 : o == 1 ? 1 : 2]++;
                    }
                    for (int i = 0; i < checkedDangers.size(); i++) {
                        int o = upsertDanger(c, p, checkedDangers.get(i), nowMs, i);
                        counts[o == 2 ? 0 : o == 1 ? 1 : 2]++;
                    }
                    return new Inputs.SyncResult(counts[0], counts[1], counts[2]);
                });
    }

    private int upsertDanger(Connection c, Principal p, HiddenDanger in, long nowMs, int row)
            throws SQLException {
        String where = "hiddenDangers[" + row + "].";
        checkRiskPointOf(c, in, where);
        Optional<HiddenDanger> old =
                repository.dangerByExternal(c, in.enterpriseId(), in.externalId());
        if (old.isEmpty()) {
            repository.insertDanger(c, in);
            repository.appendEvent(
                    c, new DangerEvent(in.id(), nowMs, p.username(), "sync", null, in.state(), ""));
            return 2;
        }
        HiddenDanger o = old.get();
        if (in.state().ordinal() < o.state().ordinal()) {
            throw new IllegalStateException(
                    where
                            + DangerLifecycle.NO_GOING_BACK.message()
                            + "; it is "
                            + o.state().id()
                            + ", the sync says "
                            + in.state().id());
        }
        if (o.state() == DangerState.CLOSED && !same(o, in)) {
            throw new IllegalStateException(where + DangerLifecycle.CLOSED_IS_FINAL.message());
        }
        HiddenDanger next =
                new HiddenDanger(
                        o.id(),
                        o.enterpriseId(),
                        o.externalId(),
                        in.riskPointId(),
                        in.title(),
                        in.description(),
                        in.geometryJson(),
                        in.state(),
                        in.level(),
                        in.deadlineMs(),
                        in.responsible(),
                        o.reportedMs(),
                        o.reportedBy(),
                        nowMs);
        if (same(o, next)) return 0;
        repository.updateDanger(c, next);
        repository.appendEvent(
                c,
                new DangerEvent(o.id(), nowMs, p.username(), "sync", o.state(), next.state(), ""));
        return 1;
    }

    private static boolean same(HiddenDanger a, HiddenDanger b) {
        return java.util.Objects.equals(a.riskPointId(), b.riskPointId())
                && a.title().equals(b.title())
                && a.description().equals(b.description())
                && a.geometryJson().equals(b.geometryJson())
                && a.state() == b.state()
                && a.level() == b.level()
                && java.util.Objects.equals(a.deadlineMs(), b.deadlineMs())
                && java.util.Objects.equals(a.responsible(), b.responsible());
    }

    record Upserted(RiskPoint point, int outcome) {}

    Upserted upsertRiskPoint(Connection c, RiskPoint checked, List<Inputs.Task> tasks, long nowMs)
            throws SQLException {
        Optional<String> existing =
                checked.externalId() == null
                        ? Optional.empty()
                        : repository.riskPointByExternal(
                                c, checked.enterpriseId(), checked.externalId());
        RiskPoint stored;
        int outcome;
        if (existing.isPresent()) {
            RiskPoint old = repository.riskPoint(c, existing.get()).orElseThrow();
            stored =
                    new RiskPoint(
                            old.id(),
                            old.enterpriseId(),
                            old.externalId(),
                            checked.name(),
                            checked.unitId(),
                            checked.geometryJson(),
                            checked.assessment(),
                            checked.measures(),
                            List.of(),
                            old.createdMs(),
                            nowMs);
            boolean same =
                    old.name().equals(stored.name())
                            && java.util.Objects.equals(old.unitId(), stored.unitId())
                            && old.geometryJson().equals(stored.geometryJson())
                            && old.assessment().equals(stored.assessment())
                            && old.measures().equals(stored.measures());
            if (!same) repository.updateRiskPoint(c, stored);
            outcome = same ? 0 : 1;
            for (Inputs.Task t : tasks) {
                boolean known =
                        old.tasks().stream()
                                .anyMatch(
                                        o ->
                                                o.content().equals(t.content().trim())
                                                        && o.frequency()
                                                                .id()
                                                                .equals(t.frequency()));
                if (!known) {
                    repository.insertTask(c, task(old.id(), t, nowMs));
                    outcome = 1;
                }
            }
        } else {
            stored = checked;
            repository.insertRiskPoint(c, stored);
            for (Inputs.Task t : tasks) repository.insertTask(c, task(stored.id(), t, nowMs));
            outcome = 2;
        }
        return new Upserted(repository.riskPoint(c, stored.id()).orElseThrow(), outcome);
    }

    private static InspectionTask task(String riskPointId, Inputs.Task t, long nowMs) {
        return new InspectionTask(
                DualPreventionChecks.newId(),
                riskPointId,
                t.content().trim(),
                InspectionFrequency.parse(t.frequency()),
                nowMs,
                null);
    }

    void checkRiskPointOf(Connection c, HiddenDanger d, String where) throws SQLException {
        if (d.riskPointId() == null) return;
        Optional<RiskPoint> rp = repository.riskPoint(c, d.riskPointId());
        if (rp.isEmpty() || !rp.get().enterpriseId().equals(d.enterpriseId())) {
            throw new IllegalArgumentException(
                    where
                            + "riskPointId: '"
                            + d.riskPointId()
                            + "' is no risk point of "
                            + d.enterpriseId());
        }
    }
}
