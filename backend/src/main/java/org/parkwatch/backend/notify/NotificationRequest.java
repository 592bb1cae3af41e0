package org.parkwatch.backend.notify;

import java.util.Objects;
import java.util.Set;

/**
 * What the emergency core asks to be told (the {@link Notifications} port's input): the kind of
 * message and the facts its templates are filled from.
 *
 * @param kind which template
 * @param incidentId the incident (or drill) it belongs to; messages are listed by it
 * @param enterpriseIds the enterprises owning the incident: each one's duty contact (registry) is
 *     told too, and push messages about delivery are owned by them
 * @param title the incident's headline, e.g. 氯气泄漏 E01-V101
 * @param level the response level (一级…四级, or I…IV) when the kind concerns one, else null
 * @param detail free text the template appends (actions, shelter, resource, reason), may be empty
 * @param drill true for a drill (演练): every message is marked as one
 */
public record NotificationRequest(
        MessageKind kind,
        String incidentId,
        Set<String> enterpriseIds,
        String title,
        String level,
        String detail,
        boolean drill) {
    public NotificationRequest {
        Objects.requireNonNull(kind, "kind");
        if (incidentId == null || incidentId.isBlank())
            throw new IllegalArgumentException("incidentId: missing");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title: missing");
        enterpriseIds = Set.copyOf(enterpriseIds == null ? Set.of() : enterpriseIds);
        detail = detail == null ? "" : detail;
    }
}
