package org.parkwatch.backend.notify;

/** What a notification tells: each has a zh and an en template ({@link NotificationTemplates}). */
public enum MessageKind {
    INCIDENT_OPENED,
    LEVEL_CONFIRMED,
    LEVEL_CHANGED,
    DISPATCH,
    EVACUATION,
    ALL_CLEAR,
    DRILL
}
