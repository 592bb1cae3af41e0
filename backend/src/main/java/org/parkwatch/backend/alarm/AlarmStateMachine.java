package org.parkwatch.backend.alarm;

import static org.parkwatch.backend.alarm.AlarmState.ACK_ACTIVE;
import static org.parkwatch.backend.alarm.AlarmState.LATCHED;
import static org.parkwatch.backend.alarm.AlarmState.NORMAL;
import static org.parkwatch.backend.alarm.AlarmState.OUT_OF_SERVICE;
import static org.parkwatch.backend.alarm.AlarmState.RTN_UNACK;
import static org.parkwatch.backend.alarm.AlarmState.SHELVED;
import static org.parkwatch.backend.alarm.AlarmState.SUPPRESSED_BY_DESIGN;
import static org.parkwatch.backend.alarm.AlarmState.UNACK_ACTIVE;

/**
 * The ISA-18.2 state of one alarm (docs/domain/alarms.md, "States"): A→B on activate, B→C
 * acknowledge, B→D clear, C→A clear, D→A acknowledge; a latched alarm goes to E when it clears and
 * stays until reset; shelving (time-limited, with reason and user) from an annunciated state,
 * ending by unshelve or expiry ({@link #tick}); suppression by design and out of service from any
 * state. Leaving F, G or H re-derives the state from the condition (active → B, clear → A).
 *
 * <p>Condition events (activate, clear) are never refused; while shelved, suppressed or out of
 * service they only update the remembered condition. Operator events that do not fit the state are
 * refused with a reason.
 */
public final class AlarmStateMachine {
    /**
     * Longest shelving an operator may ask for. [U] working value (shelving must be time-limited,
     * docs/domain/alarms.md §States).
     */
    public static final long MAX_SHELVE_MS = 24L * 3600 * 1000;

    private final String alarmId;
    private final boolean latched;
    private AlarmState state = NORMAL;
    private boolean conditionActive;
    private boolean designSuppressed;
    private long shelvedUntilMs;
    private String shelveReason;
    private String shelvedBy;
    private long activatedMs;
    private long lastChangeMs;
    private double value = Double.NaN;

    public AlarmStateMachine(String alarmId, boolean latched) {
        this.alarmId = alarmId;
        this.latched = latched;
    }

    /** Puts the machine back into a persisted state (restart), without a journal entry. */
    public void restore(
            AlarmState s,
            boolean condition,
            long activatedAtMs,
            long lastChangeAtMs,
            double lastValue,
            long shelvedUntil,
            String reason,
            String by) {
        state = s;
        conditionActive = condition;
        designSuppressed = s == SUPPRESSED_BY_DESIGN;
        activatedMs = activatedAtMs;
        lastChangeMs = lastChangeAtMs;
        value = lastValue;
        shelvedUntilMs = shelvedUntil;
        shelveReason = reason;
        shelvedBy = by;
    }

    public TransitionResult activate(double v, long atMs) {
        return apply(AlarmEvent.ACTIVATE, atMs, v, null, null, 0);
    }

    public TransitionResult clear(double v, long atMs) {
        return apply(AlarmEvent.CLEAR, atMs, v, null, null, 0);
    }

    public TransitionResult acknowledge(String user, String comment, long atMs) {
        return apply(AlarmEvent.ACKNOWLEDGE, atMs, value, user, comment, 0);
    }

    public TransitionResult reset(String user, String comment, long atMs) {
        return apply(AlarmEvent.RESET, atMs, value, user, comment, 0);
    }

    public TransitionResult shelve(String user, String reason, long atMs, long untilMs) {
        return apply(AlarmEvent.SHELVE, atMs, value, user, reason, untilMs);
    }

    public TransitionResult unshelve(String user, String comment, long atMs) {
        return apply(AlarmEvent.UNSHELVE, atMs, value, user, comment, 0);
    }

    /** Ends a shelving whose time is up; unchanged otherwise. */
    public TransitionResult tick(long nowMs) {
        if (state != SHELVED || nowMs < shelvedUntilMs) return TransitionResult.unchanged(state);
        return apply(AlarmEvent.SHELVE_EXPIRED, nowMs, value, null, null, 0);
    }

    /**
     * Applies one event.
     *
     * @param user who acts (operator events), else null
     * @param comment operator comment; for SHELVE the reason (required)
     * @param untilMs SHELVE only: when the shelving ends, epoch ms
     */
    public TransitionResult apply(
            AlarmEvent event, long atMs, double v, String user, String comment, long untilMs) {
        return switch (event) {
            case ACTIVATE -> condition(true, v, atMs);
            case CLEAR -> condition(false, v, atMs);
            case ACKNOWLEDGE ->
                    switch (state) {
                        case UNACK_ACTIVE -> move(ACK_ACTIVE, atMs, user, comment);
                        case RTN_UNACK -> move(NORMAL, atMs, user, comment);
                        case ACK_ACTIVE -> refuse(event, "it is already acknowledged", "已确认");
                        case LATCHED -> refuse(event, "it is LATCHED; reset it", "处于锁存状态，请复位");
                        default -> refuseState(event);
                    };
            case RESET ->
                    state == LATCHED
                            ? move(NORMAL, atMs, user, comment)
                            : refuse(
                                    event,
                                    "it is " + state.name() + ", only a LATCHED alarm is reset",
                                    "当前状态为" + state.nameZh() + "，只有锁存报警可以复位");
            case SHELVE -> shelveCmd(event, atMs, user, comment, untilMs);
            case UNSHELVE, SHELVE_EXPIRED ->
                    state == SHELVED
                            ? leave(atMs, user, comment)
                            : refuse(
                                    event,
                                    "it is " + state.name() + ", not SHELVED",
                                    "当前状态为" + state.nameZh() + "，未搁置");
            case SUPPRESS -> {
                if (state == SUPPRESSED_BY_DESIGN)
                    yield refuse(event, "it is already SUPPRESSED_BY_DESIGN", "已处于设计抑制");
                designSuppressed = true;
                yield state == OUT_OF_SERVICE
                        ? TransitionResult.unchanged(state)
                        : move(SUPPRESSED_BY_DESIGN, atMs, user, comment);
            }
            case UNSUPPRESS -> {
                if (!designSuppressed) yield refuse(event, "it is not suppressed", "未被抑制");
                designSuppressed = false;
                yield state == SUPPRESSED_BY_DESIGN
                        ? leave(atMs, user, comment)
                        : TransitionResult.unchanged(state);
            }
            case REMOVE_FROM_SERVICE ->
                    state == OUT_OF_SERVICE
                            ? refuse(event, "it is already OUT_OF_SERVICE", "已停用")
                            : move(OUT_OF_SERVICE, atMs, user, comment);
            case RETURN_TO_SERVICE ->
                    state == OUT_OF_SERVICE
                            ? leave(atMs, user, comment)
                            : refuse(
                                    event,
                                    "it is " + state.name() + ", not OUT_OF_SERVICE",
                                    "当前状态为" + state.nameZh() + "，未停用");
        };
    }

    private TransitionResult condition(boolean active, double v, long atMs) {
        conditionActive = active;
        value = v;
        if (active) activatedMs = atMs;
        AlarmState next =
                switch (state) {
                    case NORMAL, RTN_UNACK, LATCHED -> active ? UNACK_ACTIVE : state;
                    case UNACK_ACTIVE -> active ? state : (latched ? LATCHED : RTN_UNACK);
                    case ACK_ACTIVE -> active ? state : (latched ? LATCHED : NORMAL);
                    default -> state; // F, G, H remember the condition only
                };
        return next == state ? TransitionResult.unchanged(state) : move(next, atMs, null, null);
    }

    private TransitionResult shelveCmd(
            AlarmEvent event, long atMs, String user, String reason, long untilMs) {
        if (!state.isAnnunciated()) {
            return refuse(
                    event,
                    "it is " + state.name() + ", only an annunciated alarm can be shelved",
                    "当前状态为" + state.nameZh() + "，只有正在报警的报警可以搁置");
        }
        if (user == null || user.isBlank()) return refuse(event, "user is missing", "缺少操作人");
        if (reason == null || reason.isBlank())
            return refuse(event, "a reason is required", "必须填写搁置原因");
        if (untilMs <= atMs || untilMs - atMs > MAX_SHELVE_MS) {
            return refuse(
                    event,
                    "the shelving must end after now and within "
                            + MAX_SHELVE_MS / 3_600_000
                            + " h",
                    "搁置结束时间必须晚于当前且不超过 " + MAX_SHELVE_MS / 3_600_000 + " 小时");
        }
        shelvedUntilMs = untilMs;
        shelveReason = reason;
        shelvedBy = user;
        return move(SHELVED, atMs, user, reason);
    }

    /** Leaves F, G or H: back to what the condition says (still suppressed by design → G). */
    private TransitionResult leave(long atMs, String user, String comment) {
        AlarmState next =
                designSuppressed && state != SUPPRESSED_BY_DESIGN
                        ? SUPPRESSED_BY_DESIGN
                        : conditionActive ? UNACK_ACTIVE : NORMAL;
        return move(next, atMs, user, comment);
    }

    private TransitionResult move(AlarmState next, long atMs, String user, String comment) {
        JournalEntry e = new JournalEntry(atMs, alarmId, state, next, value, user, comment);
        if (state == SHELVED) {
            shelvedUntilMs = 0;
            shelveReason = null;
            shelvedBy = null;
        }
        state = next;
        lastChangeMs = atMs;
        return TransitionResult.moved(e);
    }

    private TransitionResult refuse(AlarmEvent event, String whyEn, String whyZh) {
        return TransitionResult.refused(event, alarmId, state, whyEn, whyZh);
    }

    private TransitionResult refuseState(AlarmEvent event) {
        return refuse(event, "it is " + state.name(), "当前状态为" + state.nameZh());
    }

    public String alarmId() {
        return alarmId;
    }

    public AlarmState state() {
        return state;
    }

    public boolean conditionActive() {
        return conditionActive;
    }

    public long shelvedUntilMs() {
        return shelvedUntilMs;
    }

    public String shelveReason() {
        return shelveReason;
    }

    public String shelvedBy() {
        return shelvedBy;
    }

    public long activatedMs() {
        return activatedMs;
    }

    public long lastChangeMs() {
        return lastChangeMs;
    }

    public double value() {
        return value;
    }
}
