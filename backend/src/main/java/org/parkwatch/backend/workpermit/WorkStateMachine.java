package org.parkwatch.backend.workpermit;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permit's life as a table: 申请 APPLIED → 批准 APPROVED → 作业中 IN_PROGRESS ⇄ 暂停 SUSPENDED → 关闭
 * CLOSED. A permit may be closed (cancelled) from any state but CLOSED; nothing leaves CLOSED.
 */
public final class WorkStateMachine {
    private static final Map<WorkState, Set<WorkState>> NEXT = new EnumMap<>(WorkState.class);

    static {
        NEXT.put(WorkState.APPLIED, EnumSet.of(WorkState.APPROVED, WorkState.CLOSED));
        NEXT.put(WorkState.APPROVED, EnumSet.of(WorkState.IN_PROGRESS, WorkState.CLOSED));
        NEXT.put(WorkState.IN_PROGRESS, EnumSet.of(WorkState.SUSPENDED, WorkState.CLOSED));
        NEXT.put(WorkState.SUSPENDED, EnumSet.of(WorkState.IN_PROGRESS, WorkState.CLOSED));
        NEXT.put(WorkState.CLOSED, EnumSet.noneOf(WorkState.class));
    }

    private WorkStateMachine() {}

    public static boolean allowed(WorkState from, WorkState to) {
        return NEXT.get(from).contains(to);
    }

    /**
     * @throws IllegalStateException naming both states and what is allowed from {@code from}
     */
    public static void check(WorkState from, WorkState to) {
        if (!allowed(from, to)) {
            throw new IllegalStateException(
                    "transition "
                            + from
                            + " ("
                            + from.nameZh()
                            + ") → "
                            + to
                            + " ("
                            + to.nameZh()
                            + ") is not allowed; from "
                            + from
                            + " only "
                            + NEXT.get(from));
        }
    }
}
