package org.parkwatch.e2e;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.app.ParkWatchApp;
import org.parkwatch.backend.app.ParkWatchOptions;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The demo park's backend in this JVM on free ports, with a private in-memory database and a random
 * first administrator password (for browser tests that need no simulator or bridge).
 */
record InProcessBackend(ParkWatchApp app, String base, String adminPassword)
        implements AutoCloseable {

    /** Starts it; {@code overrides} adds to or replaces the test defaults. */
    static InProcessBackend start(Path dataDir, Map<String, String> overrides) throws Exception {
        String password = "pw-" + Long.toHexString(new SecureRandom().nextLong()) + "-e2e";
        Map<String, String> config = new HashMap<>();
        config.put("http.host", "127.0.0.1");
        config.put("http.port", "0");
        config.put("mqtt.embedded.port", "0");
        config.put("data.dir", dataDir.toString());
        config.put("db.enabled", "false");
        config.putAll(overrides);
        ParkWatchApp app =
                new ParkWatchApp(
                        new ConfigLoader().load(config),
                        ParkCatalog.loadDemo(),
                        ParkWatchOptions.defaults()
                                .withSecrets(
                                        name ->
                                                name.equals("PARKWATCH_ADMIN_PASSWORD")
                                                        ? password
                                                        : null));
        // a 2-core machine shared with other builds has taken over 90 s to start the backend
        ParkWatchApp.Ports ports =
                app.start().toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS);
        return new InProcessBackend(app, "http://127.0.0.1:" + ports.http(), password);
    }

    /** A bearer token of the administrator. */
    String adminToken() throws Exception {
        return Http.token(base, "admin", adminPassword);
    }

    @Override
    public void close() throws Exception {
        app.stop().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
