package org.parkwatch.backend.safetyduty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The two live consequences of the safety-duty filings, offered to the alarms: each enterprise's
 * missing-commitment condition after the deadline, and the suppression by design of a shut-down or
 * turned-around unit's alarms while its filing is in force. Remembers what it offered last so only
 * changes are offered (a periodic refresh repeats nothing).
 *
 * <p>Not thread-safe on purpose: {@link SafetyDutyService} calls it only from its own {@code
 * synchronized} refresh methods, so the periodic refresh and the refresh after a filing or a
 * declaration take one lock and never interleave their offers.
 */
final class LiveConsequences {
    private final Collection<DutyUnit> units;
    private final CommitmentDeadline deadline;
    private final SafetyDutyPorts.ConditionOffer alarms;
    private final SafetyDutyPorts.FiledSuppression suppression;

    /** Unit → the filing whose suppression was offered (null: none). */
    private final Map<String, Long> offeredFiling = new HashMap<>();

    /** Enterprise → whether its missing-commitment condition was offered active. */
    private final Map<String, Boolean> offeredMissing = new HashMap<>();

    /**
     * @param units the calendar's units, in the order their suppressions are offered
     */
    LiveConsequences(
            Collection<DutyUnit> units,
            CommitmentDeadline deadline,
            SafetyDutyPorts.ConditionOffer alarms,
            SafetyDutyPorts.FiledSuppression suppression) {
        this.units = units;
        this.deadline = deadline;
        this.alarms = alarms;
        this.suppression = suppression;
    }

    /** Offers each enterprise's missing-commitment condition of {@code day} where it changed. */
    void offerCommitments(LocalDate day, List<CommitmentBoard.Row> rows) {
        for (CommitmentBoard.Row r : rows) {
            boolean missing = r.state() == CommitmentBoard.State.MISSING;
            if (Boolean.valueOf(missing).equals(offeredMissing.get(r.enterpriseId()))) continue;
            offeredMissing.put(r.enterpriseId(), missing);
            alarms.offer(
                    SafetyDutyService.alarmIdOf(r.enterpriseId()),
                    missing,
                    missing ? 1 : 0,
                    missing
                            ? "未在 "
                                    + deadline.at()
                                    + " 前提交 "
                                    + day
                                    + " 安全承诺 / no safety commitment of "
                                    + day
                                    + " by "
                                    + deadline.at()
                            : r.state() == CommitmentBoard.State.LATE
                                    ? "安全承诺迟报 / safety commitment declared late"
                                    : "安全承诺已提交 / safety commitment declared");
        }
    }

    /**
     * Offers each unit's suppression where the filing in force at {@code now} changed; a unit
     * running again has its suppression ended (an empty prefix list).
     */
    void offerUnits(Map<String, List<UnitFiling>> filingsByUnit, long now) {
        for (DutyUnit u : units) {
            Optional<UnitFiling> f =
                    UnitCalendar.inForce(filingsByUnit.getOrDefault(u.unitId(), List.of()), now);
            Long id = f.map(UnitFiling::id).orElse(null);
            if (offeredFiling.containsKey(u.unitId())
                    && Objects.equals(id, offeredFiling.get(u.unitId()))) continue;
            Long before = offeredFiling.put(u.unitId(), id);
            if (f.isPresent()) {
                suppression.offer(keyOf(u), u.tagPrefixes(), suppressReason(u, f.get()));
            } else if (before != null) {
                suppression.offer(
                        keyOf(u),
                        List.of(),
                        "装置恢复运行（申报 #"
                                + before
                                + " 结束）/ unit running again (filing #"
                                + before
                                + " ended)");
            }
        }
    }

    private static String suppressReason(DutyUnit u, UnitFiling f) {
        return "按设计抑制："
                + u.nameZh()
                + " "
                + f.kind().zh()
                + "申报 #"
                + f.id()
                + "（批准人 "
                + f.approver()
                + "）/ suppressed by design: "
                + f.kind().en().toLowerCase(Locale.ROOT)
                + " filing #"
                + f.id()
                + " of "
                + u.nameEn()
                + " (approved by "
                + f.approver()
                + ")";
    }

    private static String keyOf(DutyUnit u) {
        return "unit-filing:" + u.unitId();
    }
}
