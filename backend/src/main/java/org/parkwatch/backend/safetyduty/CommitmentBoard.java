package org.parkwatch.backend.safetyduty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Today's commitments of every enterprise against the deadline: declared on time, late, missing
 * (the deadline passed without one) or pending (not yet declared, the deadline still ahead).
 */
public final class CommitmentBoard {
    /** Where an enterprise stands for the day. */
    public enum State {
        ON_TIME("on-time"),
        LATE("late"),
        MISSING("missing"),
        PENDING("pending");

        private final String id;

        State(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** One enterprise's row; {@code commitment} null unless declared. */
    public record Row(String enterpriseId, State state, Commitment commitment) {}

    private CommitmentBoard() {}

    /** The state of one enterprise with {@code c} (or null) at {@code nowMs}. */
    public static State state(Commitment c, long deadlineMs, long nowMs) {
        if (c != null) return c.declaredMs() <= deadlineMs ? State.ON_TIME : State.LATE;
        return nowMs > deadlineMs ? State.MISSING : State.PENDING;
    }

    /** One row per enterprise, in the order given. */
    public static List<Row> rows(
            Collection<String> enterpriseIds,
            Map<String, Commitment> byEnterprise,
            long deadlineMs,
            long nowMs) {
        List<Row> out = new ArrayList<>();
        for (String e : enterpriseIds) {
            Commitment c = byEnterprise.get(e);
            out.add(new Row(e, state(c, deadlineMs, nowMs), c));
        }
        return out;
    }

    /** Counts of the rows; the rate is on-time declarations over enterprises, percent. */
    public static CommitmentSummary summary(String day, List<Row> rows) {
        int[] n = new int[State.values().length];
        int unsafe = 0;
        for (Row r : rows) {
            n[r.state().ordinal()]++;
            if (r.commitment() != null && !r.commitment().safeState()) unsafe++;
        }
        double rate =
                rows.isEmpty()
                        ? 0
                        : Math.round(1000.0 * n[State.ON_TIME.ordinal()] / rows.size()) / 10.0;
        return new CommitmentSummary(
                day,
                rows.size(),
                n[State.ON_TIME.ordinal()],
                n[State.LATE.ordinal()],
                n[State.MISSING.ordinal()],
                n[State.PENDING.ordinal()],
                unsafe,
                rate);
    }
}
