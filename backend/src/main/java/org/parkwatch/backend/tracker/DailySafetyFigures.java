package org.parkwatch.backend.tracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day's safety-management figures (issue 15 scopes 1–4) that the daily duty report and the
 * quarterly report show: special work permits, hidden dangers, the daily safety commitments and the
 * major-hazard responsibility duties. Each comes from the capability that owns it, connected by the
 * composition root; an empty answer means that capability is not on this platform, and the reports
 * say "not available" (未接入) for it. Methods may block.
 */
public interface DailySafetyFigures {

    /**
     * Active special-work permits of one kind (GB 30871-2022).
     *
     * @param kindZh the kind as the standard names it (动火, 受限空间, 盲板抽堵 …)
     */
    record KindCount(String kindZh, String kindEn, int active) {}

    /**
     * Special work permits active on a day.
     *
     * @param byKind active permits by kind
     * @param hotWorkSpecial active 特级 hot work
     * @param hotWorkFirst active 一级 hot work
     * @param confinedSpace active confined-space work (受限空间)
     */
    record WorkPermitDay(
            LocalDate day,
            List<KindCount> byKind,
            int hotWorkSpecial,
            int hotWorkFirst,
            int confinedSpace) {
        public WorkPermitDay {
            byKind = List.copyOf(byKind);
        }

        public int active() {
            return byKind.stream().mapToInt(KindCount::active).sum();
        }
    }

    /**
     * Hidden dangers (隐患) now.
     *
     * @param open not closed
     * @param overdue open past their rectification deadline
     * @param major open and assessed 重大隐患
     * @param rectificationRatePercent rectified (verified or closed) of all reported, percent
     */
    record HiddenDangerFigures(int open, int overdue, int major, double rectificationRatePercent) {}

    /**
     * The daily safety commitments (安全承诺公告) of a day.
     *
     * @param enterprises enterprises expected to declare
     * @param declared declared by the configured hour
     * @param late declared after it
     * @param missing not declared
     */
    record CommitmentDay(LocalDate day, int enterprises, int declared, int late, int missing) {}

    /**
     * Major-hazard responsibility duties (包保责任制) now.
     *
     * @param duties duties due in their current cycle
     * @param overdue of which past due without a check record
     * @param installationsOverdue major hazard installations with at least one overdue duty
     */
    record ResponsibilityFigures(int duties, int overdue, int installationsOverdue) {}

    Optional<WorkPermitDay> permits(LocalDate day);

    Optional<HiddenDangerFigures> hiddenDangers();

    Optional<CommitmentDay> commitments(LocalDate day);

    Optional<ResponsibilityFigures> responsibility();

    /** None of the four on this platform: every section says "not available". */
    DailySafetyFigures NONE =
            new DailySafetyFigures() {
                @Override
                public Optional<WorkPermitDay> permits(LocalDate day) {
                    return Optional.empty();
                }

                @Override
                public Optional<HiddenDangerFigures> hiddenDangers() {
                    return Optional.empty();
                }

                @Override
                public Optional<CommitmentDay> commitments(LocalDate day) {
                    return Optional.empty();
                }

                @Override
                public Optional<ResponsibilityFigures> responsibility() {
                    return Optional.empty();
                }
            };
}
