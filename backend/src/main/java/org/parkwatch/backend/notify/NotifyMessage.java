package org.parkwatch.backend.notify;

/**
 * One message to one person on one channel, as stored.
 *
 * @param step escalation step that sent it (0 = first told; enterprise contacts are step 0)
 * @param reason why the last attempt failed, or null
 * @param attempts delivery attempts so far
 * @param nextAttemptMs when the next attempt is due (queued messages), or 0
 * @param ackBy who acknowledged (the person's name for a link, the user for the UI), or null
 */
public record NotifyMessage(
        String id,
        String notificationId,
        String incidentId,
        String personId,
        String personName,
        Channel channel,
        String address,
        String lang,
        String subject,
        String body,
        int step,
        DeliveryState state,
        String reason,
        int attempts,
        long nextAttemptMs,
        long createdMs,
        long updatedMs,
        long ackMs,
        String ackBy) {}
