package org.parkwatch.backend.push;

import io.vertx.core.json.JsonObject;
import org.parkwatch.backend.security.Principal;

/**
 * What one WebSocket client may see of a message published by another capability (alarm, incident, hazard grade):
 * the payload itself, a reduced copy, or null to leave the message out for that client (issue 7, tenancy).
 */
@FunctionalInterface
public interface PushScope {
    /** Everything to everyone (a backend without tenancy, e.g. a benchmark). */
    PushScope UNSCOPED = (type, payload, principal) -> payload;

    JsonObject view(String type, JsonObject payload, Principal principal);
}
