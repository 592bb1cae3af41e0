package org.parkwatch.backend.notify;

import java.util.List;

/**
 * A stored notification and where its escalation stands.
 *
 * @param step the last escalation step told (0 = the first person on duty)
 * @param escalation roster person ids still to be told, in order
 * @param nextEscalationMs when the next step is due unless acknowledged, epoch ms; 0 = none
 * @param exhausted true when everybody was told and nobody acknowledged
 * @param ackMs when the first acknowledgement came, epoch ms; 0 = none yet
 */
public record NotificationRow(
        String id,
        NotificationRequest request,
        long createdMs,
        int step,
        List<String> escalation,
        long nextEscalationMs,
        boolean exhausted,
        long ackMs,
        String ackBy) {
    public NotificationRow {
        escalation = List.copyOf(escalation);
    }
}
