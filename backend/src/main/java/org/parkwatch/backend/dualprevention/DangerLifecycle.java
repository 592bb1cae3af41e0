package org.parkwatch.backend.dualprevention;

import java.util.List;
import java.util.Optional;

/**
 * The life cycle of a hidden danger as data: reported → assessed (一般/重大) → rectification assigned
 * (deadline and person) → rectified → verified → closed, with the refused verification sending it
 * back to rectification. An action not in the table is refused with the rule that forbids it (the
 * MEM 2022 guideline's closed loop: 排查、评估、整改、验收、销号).
 */
public final class DangerLifecycle {
    /** One allowed step. */
    public record Transition(DangerState from, DangerAction action, DangerState to) {}

    /** A rule that refuses an action, with its id and words in both languages. */
    public record Rule(String id, String textZh, String textEn) {
        public String message() {
            return "rule " + id + ": " + textEn + "（" + textZh + "）";
        }
    }

    /** Every allowed step; anything else is refused. */
    public static final List<Transition> TABLE =
            List.of(
                    new Transition(DangerState.REPORTED, DangerAction.ASSESS, DangerState.ASSESSED),
                    new Transition(DangerState.ASSESSED, DangerAction.ASSESS, DangerState.ASSESSED),
                    new Transition(DangerState.ASSESSED, DangerAction.ASSIGN, DangerState.ASSIGNED),
                    new Transition(DangerState.ASSIGNED, DangerAction.ASSIGN, DangerState.ASSIGNED),
                    new Transition(
                            DangerState.ASSIGNED, DangerAction.RECTIFY, DangerState.RECTIFIED),
                    new Transition(
                            DangerState.RECTIFIED, DangerAction.VERIFY, DangerState.VERIFIED),
                    new Transition(
                            DangerState.RECTIFIED, DangerAction.REJECT, DangerState.ASSIGNED),
                    new Transition(DangerState.VERIFIED, DangerAction.CLOSE, DangerState.CLOSED));

    public static final Rule ASSESS_FIRST =
            new Rule(
                    "HD-1",
                    "隐患须先评估定级（一般/重大）后才能下达整改",
                    "a hidden danger is assessed (general or major) before its rectification is"
                            + " assigned");
    public static final Rule ASSIGN_FIRST =
            new Rule(
                    "HD-2",
                    "须先下达整改（期限和责任人）后才能报整改完成",
                    "a rectification is assigned (deadline and responsible person) before it is"
                            + " reported done");
    public static final Rule RECTIFY_FIRST =
            new Rule(
                    "HD-3",
                    "须整改完成后才能验收",
                    "a rectification is verified only after it is reported done");
    public static final Rule VERIFY_FIRST =
            new Rule(
                    "HD-4",
                    "隐患须经验收合格后才能销号",
                    "a hidden danger is closed only after its rectification is verified");
    public static final Rule CLOSED_IS_FINAL =
            new Rule("HD-5", "已销号的隐患不能再变更", "a closed hidden danger does not change");
    public static final Rule NO_GOING_BACK =
            new Rule(
                    "HD-6",
                    "整改完成后不能重新评估或下达（验收不合格请用“验收不通过”）",
                    "once rectified, a hidden danger is not re-assessed or re-assigned (refuse the"
                            + " verification instead)");

    public static final Rule DONE_ALREADY =
            new Rule("HD-7", "这一步已经完成", "that step is done already");

    private DangerLifecycle() {}

    /** The state after {@code action}, or empty when the table has no such step. */
    public static Optional<DangerState> next(DangerState from, DangerAction action) {
        for (Transition t : TABLE)
            if (t.from() == from && t.action() == action) return Optional.of(t.to());
        return Optional.empty();
    }

    /** The rule that refuses {@code action} in state {@code from} (only for refused steps). */
    public static Rule refusal(DangerState from, DangerAction action) {
        if (from == DangerState.CLOSED) return CLOSED_IS_FINAL;
        return switch (action) {
            case ASSESS, ASSIGN -> from == DangerState.REPORTED ? ASSESS_FIRST : NO_GOING_BACK;
            case RECTIFY ->
                    from == DangerState.REPORTED
                            ? ASSESS_FIRST
                            : from == DangerState.ASSESSED ? ASSIGN_FIRST : DONE_ALREADY;
            case VERIFY, REJECT -> from == DangerState.VERIFIED ? DONE_ALREADY : RECTIFY_FIRST;
            case CLOSE -> VERIFY_FIRST;
        };
    }

    /**
     * The state after {@code action}.
     *
     * @throws IllegalStateException naming the rule, the action and the state (a 409)
     */
    public static DangerState apply(DangerState from, DangerAction action) {
        return next(from, action)
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        refusal(from, action).message()
                                                + "; cannot "
                                                + action.id()
                                                + " a hidden danger that is "
                                                + from.id()));
    }
}
