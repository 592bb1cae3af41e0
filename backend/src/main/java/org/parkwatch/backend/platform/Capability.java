package org.parkwatch.backend.platform;

import io.vertx.core.Future;
import java.util.List;
import org.parkwatch.backend.platform.http.RouteSpec;

/**
 * One capability of the platform as the composition root sees it once it is built: the rows it adds
 * to the route table and its start and stop. Capabilities are built with constructors that take
 * typed ports; everything they depend on is in their constructor. {@link #start()} runs on the
 * ingest context after the infrastructure is up and before HTTP and MQTT listen (so a capability
 * can restore its state first); {@link #stop()} runs before the transports close, in the reverse
 * order of starting.
 */
public interface Capability {
    /** The route rows this capability serves (each with its permission). */
    List<RouteSpec> routes();

    /**
     * Restores state and starts timers; a failed future fails the backend's start with its message.
     */
    default Future<?> start() {
        return Future.succeededFuture();
    }

    /** Stops timers and flushes what is pending. */
    default Future<?> stop() {
        return Future.succeededFuture();
    }
}
