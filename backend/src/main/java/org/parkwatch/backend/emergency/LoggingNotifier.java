package org.parkwatch.backend.emergency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link IncidentNotifier} until a real one is wired: it sends nothing and logs each
 * request at WARN so that nobody believes a message went out.
 */
public final class LoggingNotifier implements IncidentNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void notify(NotificationRequest r) {
        LOG.warn(
                "notification NOT sent (no notifier configured): {} {} level {} owners {} {}",
                r.templateKey(),
                r.incidentId(),
                r.level(),
                r.owners(),
                r.params());
    }
}
