package org.parkwatch.backend.dualprevention;

/** A step of a hidden danger's life cycle, as a person takes it. */
public enum DangerAction {
    /** Grade it 一般 or 重大 (level required). */
    ASSESS,
    /**
     * Assign the rectification: deadline and responsible person (both required); again to change.
     */
    ASSIGN,
    /** Report the rectification done. */
    RECTIFY,
    /** Accept the rectification (验收). */
    VERIFY,
    /** Refuse the rectification: back to rectification with the same or a new deadline. */
    REJECT,
    /** Close (销号). */
    CLOSE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DangerAction parse(String s) {
        for (DangerAction a : values()) if (a.id().equalsIgnoreCase(String.valueOf(s))) return a;
        throw new IllegalArgumentException(
                "action '" + s + "' is not one of assess, assign, rectify, verify, reject, close");
    }
}
