package org.parkwatch.backend.push;

import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.security.Principal;

/**
 * The port through which capabilities send messages to the browsers: every message carries its
 * {@link PushOwners}. A message that mixes enterprises (an incident across E01 and E02) may give a
 * {@link EnterpriseView} that reduces the payload for one enterprise's users; without one, the
 * owners' users get the payload whole.
 */
@FunctionalInterface
public interface PushPublisher {
    /**
     * Publishes {@code {"type":type,"serverMs":…,…payload}} to the clients that {@code owners}
     * allow.
     */
    void publish(String type, PushOwners owners, JsonObject payload, EnterpriseView view);

    /** Publishes without a per-enterprise reduction. */
    default void publish(String type, PushOwners owners, JsonObject payload) {
        publish(type, owners, payload, null);
    }

    /** What the users of one owning enterprise see of a mixed message. */
    @FunctionalInterface
    interface EnterpriseView {
        /**
         * @return the reduced payload for {@code principal} (an enterprise user), or null to leave
         *     it out
         */
        JsonObject of(JsonObject payload, Principal principal);
    }
}
