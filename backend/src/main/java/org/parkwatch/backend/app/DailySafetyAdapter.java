package org.parkwatch.backend.app;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.parkwatch.backend.dualprevention.DualPreventionCapability;
import org.parkwatch.backend.dualprevention.DualPreventionFigures;
import org.parkwatch.backend.safetyduty.CommitmentSummary;
import org.parkwatch.backend.safetyduty.ResponsibilitySummary;
import org.parkwatch.backend.safetyduty.SafetyDutyCapability;
import org.parkwatch.backend.tracker.DailySafetyFigures;
import org.parkwatch.backend.workpermit.SpecialWorkPermit;
import org.parkwatch.backend.workpermit.WorkKind;
import org.parkwatch.backend.workpermit.WorkPermitCapability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's safety-management figures of the daily duty report and the tracker (issue 15), read
 * from the capabilities that own them: special work permits, dual prevention and the safety duty.
 * The capabilities are built after the reports, so each is reached through a supplier; one that is
 * absent (a core-only backend) or fails to answer is "not available" in the reports, and a failure
 * is logged. Commitments are known for today only (the safety duty keeps no history of the rate),
 * so another day is "not available" rather than today's figure.
 */
final class DailySafetyAdapter implements DailySafetyFigures {
    private static final Logger LOG = LoggerFactory.getLogger(DailySafetyAdapter.class);

    private final Supplier<WorkPermitCapability> permits;
    private final Supplier<DualPreventionCapability> dual;
    private final Supplier<SafetyDutyCapability> duty;
    private final ZoneId zone;
    private final LongSupplier clockMs;

    DailySafetyAdapter(
            Supplier<WorkPermitCapability> permits,
            Supplier<DualPreventionCapability> dual,
            Supplier<SafetyDutyCapability> duty,
            ZoneId zone,
            LongSupplier clockMs) {
        this.permits = permits;
        this.dual = dual;
        this.duty = duty;
        this.zone = zone;
        this.clockMs = clockMs;
    }

    @Override
    public Optional<WorkPermitDay> permits(LocalDate day) {
        WorkPermitCapability c = permits.get();
        if (c == null) return Optional.empty();
        long from = day.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<WorkKind, Integer> byKind = new EnumMap<>(WorkKind.class);
        for (WorkKind k : WorkKind.values()) byKind.put(k, 0);
        int special = 0, first = 0;
        for (SpecialWorkPermit p : c.service().grantedBetween(from, to)) {
            byKind.merge(p.kind(), 1, Integer::sum);
            if (p.kind() == WorkKind.HOT_WORK && "special".equals(p.level())) special++;
            if (p.kind() == WorkKind.HOT_WORK && "1".equals(p.level())) first++;
        }
        List<KindCount> counts = new ArrayList<>();
        byKind.forEach((k, n) -> counts.add(new KindCount(k.nameZh(), k.nameEn(), n)));
        return Optional.of(
                new WorkPermitDay(
                        day, counts, special, first, byKind.get(WorkKind.CONFINED_SPACE)));
    }

    @Override
    public Optional<HiddenDangerFigures> hiddenDangers() {
        DualPreventionCapability c = dual.get();
        if (c == null) return Optional.empty();
        try {
            DualPreventionFigures f = c.service().figures(clockMs.getAsLong()).park();
            double rate = Double.isNaN(f.rectificationRate()) ? 0 : f.rectificationRate() * 100;
            return Optional.of(new HiddenDangerFigures(f.open(), f.overdue(), f.majorOpen(), rate));
        } catch (SQLException e) {
            return failed("hidden dangers", e);
        }
    }

    @Override
    public Optional<CommitmentDay> commitments(LocalDate day) {
        SafetyDutyCapability c = duty.get();
        if (c == null) return Optional.empty();
        try {
            CommitmentSummary s = c.commitmentsToday();
            if (!s.day().equals(day.toString())) return Optional.empty();
            return Optional.of(
                    new CommitmentDay(day, s.enterprises(), s.onTime(), s.late(), s.missing()));
        } catch (SQLException e) {
            return failed("commitments", e);
        }
    }

    @Override
    public Optional<ResponsibilityFigures> responsibility() {
        SafetyDutyCapability c = duty.get();
        if (c == null) return Optional.empty();
        try {
            ResponsibilitySummary s = c.responsibility();
            return Optional.of(
                    new ResponsibilityFigures(s.duties(), s.overdue(), s.majorHazardsOverdue()));
        } catch (SQLException e) {
            return failed("responsibility", e);
        }
    }

    private static <T> Optional<T> failed(String what, SQLException e) {
        LOG.warn(
                "daily safety figures: {} not read ({}); the report says not available",
                what,
                e.getMessage());
        return Optional.empty();
    }
}
