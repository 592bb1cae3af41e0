package org.parkwatch.backend.app;

import java.util.Map;
import java.util.Set;
import org.parkwatch.backend.emergency.IncidentNotifier;
import org.parkwatch.backend.notify.MessageKind;
import org.parkwatch.backend.notify.NotificationRequest;
import org.parkwatch.backend.notify.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emergency core's notifier port served by the notification capability: a level decided,
 * changed or escalated to the government and the all clear go to the people on duty and the owning
 * enterprises' duty contacts. A notification nobody could be told about is logged (the roster has a
 * gap): the commander's step itself never fails because of it.
 */
final class EmergencyNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(EmergencyNotifications.class);

    private static final Map<String, MessageKind> KINDS =
            Map.of(
                    "emergency.level.decided", MessageKind.LEVEL_CONFIRMED,
                    "emergency.level.changed", MessageKind.LEVEL_CHANGED,
                    "emergency.escalated", MessageKind.LEVEL_CHANGED,
                    "emergency.all-clear", MessageKind.ALL_CLEAR);

    private final Notifications notifications;

    EmergencyNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The port for the emergency core. */
    IncidentNotifier port() {
        return this::send;
    }

    private void send(IncidentNotifier.NotificationRequest r) {
        Map<String, String> p = r.params();
        String reason = p.getOrDefault("reason", "");
        String detail =
                "emergency.escalated".equals(r.templateKey())
                        ? "已上报政府应急部门（escalated to the government）。" + reason
                        : reason;
        NotificationRequest request =
                new NotificationRequest(
                        KINDS.getOrDefault(r.templateKey(), MessageKind.LEVEL_CHANGED),
                        r.incidentId(),
                        Set.copyOf(r.owners()),
                        p.getOrDefault("planZh", "突发事件 " + r.incidentId()),
                        p.getOrDefault("levelZh", r.level() == null ? "" : r.level()),
                        detail,
                        r.drill());
        notifications
                .send(request)
                .onFailure(
                        e ->
                                LOG.warn(
                                        "incident {}: {} not sent: {}",
                                        r.incidentId(),
                                        r.templateKey(),
                                        e.getMessage()));
    }
}
