package org.parkwatch.backend.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parkwatch.backend.ingest.IngestListener;
import org.parkwatch.backend.ingest.UplinkAuthenticator;
import org.parkwatch.backend.platform.http.RouteSpec;
import org.parkwatch.backend.security.PushAuthorizer;

/**
 * Extension points for tests, benchmarks and the end-to-end stack; {@link #defaults()} for the
 * running platform.
 *
 * @param scope which capabilities to build
 * @param secrets where secrets named by configuration are read (the environment by default)
 * @param uplinkAuthenticator the embedded MQTT endpoint's authenticator, or null for the configured
 *     one
 * @param pushAuthorizer the WebSocket check, or null for the session check of {@link
 *     org.parkwatch.backend.security.Security}
 * @param ingestListeners extra listeners of every applied batch (benchmarks, tests), after the
 *     capabilities' listeners (alarms, hazards): they see what those made of the batch
 * @param extraRoutes extra route rows (tests of the route guard)
 * @param earlyIngestListeners extra listeners of every applied batch before the capabilities'
 *     listeners (the alarm-latency benchmark's arrival stamp: after them it would leave out the
 *     alarm evaluation it measures)
 */
public record ParkWatchOptions(
        ParkWatchApp.Scope scope,
        Function<String, String> secrets,
        UplinkAuthenticator uplinkAuthenticator,
        PushAuthorizer pushAuthorizer,
        List<IngestListener> ingestListeners,
        List<RouteSpec> extraRoutes,
        List<IngestListener> earlyIngestListeners) {
    public ParkWatchOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(secrets, "secrets");
        ingestListeners = List.copyOf(ingestListeners);
        extraRoutes = List.copyOf(extraRoutes);
        earlyIngestListeners = List.copyOf(earlyIngestListeners);
    }

    public static ParkWatchOptions defaults() {
        return new ParkWatchOptions(
                ParkWatchApp.Scope.ALL,
                System::getenv,
                null,
                null,
                List.of(),
                List.of(),
                List.of());
    }

    public ParkWatchOptions withScope(ParkWatchApp.Scope s) {
        return new ParkWatchOptions(
                s,
                secrets,
                uplinkAuthenticator,
                pushAuthorizer,
                ingestListeners,
                extraRoutes,
                earlyIngestListeners);
    }

    public ParkWatchOptions withSecrets(Function<String, String> s) {
        return new ParkWatchOptions(
                scope,
                s,
                uplinkAuthenticator,
                pushAuthorizer,
                ingestListeners,
                extraRoutes,
                earlyIngestListeners);
    }

    public ParkWatchOptions withUplinkAuthenticator(UplinkAuthenticator a) {
        return new ParkWatchOptions(
                scope,
                secrets,
                a,
                pushAuthorizer,
                ingestListeners,
                extraRoutes,
                earlyIngestListeners);
    }

    public ParkWatchOptions withPushAuthorizer(PushAuthorizer a) {
        return new ParkWatchOptions(
                scope,
                secrets,
                uplinkAuthenticator,
                a,
                ingestListeners,
                extraRoutes,
                earlyIngestListeners);
    }

    public ParkWatchOptions withIngestListener(IngestListener l) {
        return new ParkWatchOptions(
                scope,
                secrets,
                uplinkAuthenticator,
                pushAuthorizer,
                plus(ingestListeners, l),
                extraRoutes,
                earlyIngestListeners);
    }

    public ParkWatchOptions withRoutes(List<RouteSpec> rows) {
        List<RouteSpec> all = new ArrayList<>(extraRoutes);
        all.addAll(rows);
        return new ParkWatchOptions(
                scope,
                secrets,
                uplinkAuthenticator,
                pushAuthorizer,
                ingestListeners,
                all,
                earlyIngestListeners);
    }

    /** Adds a listener that sees each applied batch before the capabilities do. */
    public ParkWatchOptions withEarlyIngestListener(IngestListener l) {
        return new ParkWatchOptions(
                scope,
                secrets,
                uplinkAuthenticator,
                pushAuthorizer,
                ingestListeners,
                extraRoutes,
                plus(earlyIngestListeners, l));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> all = new ArrayList<>(list);
        all.add(item);
        return all;
    }
}
