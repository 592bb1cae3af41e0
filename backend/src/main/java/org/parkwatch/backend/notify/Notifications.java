package org.parkwatch.backend.notify;

import io.vertx.core.Future;

/**
 * The port through which the emergency core tells people: the roster in force at the moment of the
 * call decides who (plus each owning enterprise's duty contact); delivery, acknowledgement and
 * escalation follow on their own.
 */
@FunctionalInterface
public interface Notifications {
    /**
     * Records the notification and its messages (state queued) and starts delivering them. The
     * future fails with {@link IllegalArgumentException} when nobody could be told (no roster
     * person on duty and no enterprise contact): never a silent drop.
     */
    Future<NotificationId> send(NotificationRequest request);
}
