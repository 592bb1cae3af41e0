package org.parkwatch.backend.emergency;

import java.util.List;
import java.util.Map;

/**
 * The port through which emergency command asks for people to be told (a level decided or changed,
 * an escalation, all clear). The default is {@link LoggingNotifier}; the notification capability of
 * issue 14 (roster, e-mail, IM robots, SMS, escalation) plugs in here. Must not block.
 */
@FunctionalInterface
public interface IncidentNotifier {
    void notify(NotificationRequest request);

    /**
     * One message to send.
     *
     * @param incidentId the incident
     * @param level the response level as {@code I}…{@code IV}, null before one is decided
     * @param templateKey which message, e.g. {@code emergency.level.decided}, {@code
     *     emergency.escalated}, {@code emergency.all-clear}
     * @param owners the enterprises whose people are concerned (empty: park only)
     * @param params the template's parameters (plan title, level, reason …)
     * @param drill true when the incident is a drill (the message must say so)
     */
    record NotificationRequest(
            String incidentId,
            String level,
            String templateKey,
            List<String> owners,
            Map<String, String> params,
            boolean drill) {
        public NotificationRequest {
            owners = List.copyOf(owners);
            params = Map.copyOf(params);
        }
    }
}
