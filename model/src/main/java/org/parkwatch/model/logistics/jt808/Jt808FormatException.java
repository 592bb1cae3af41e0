package org.parkwatch.model.logistics.jt808;

/**
 * A frame or message body that is not valid JT/T 808. {@link #reason()} is a stable code for
 * counters; the message says what was wrong for a person to act on.
 */
public class Jt808FormatException extends Exception {
    private final Reason reason;

    /** Why a frame was refused; used as the counter label of refused frames. */
    public enum Reason {
        BAD_CHECK_CODE,
        BAD_ESCAPE,
        TRUNCATED,
        OVERSIZED,
        LENGTH_MISMATCH,
        BAD_FIELD,
        UNSUPPORTED
    }

    public Jt808FormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
