package org.parkwatch.backend.app;

import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.parkwatch.backend.platform.config.ConfigException;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.backend.platform.config.ParkWatchConfig;

/**
 * Starts the backend: {@code java -cp ... org.parkwatch.backend.app.Main [--config
 * file.properties]}.
 */
public final class Main {
    /**
     * Longest start (database migrations, park import, capabilities), seconds: the first start on a
     * fresh PostgreSQL database of a 2-core machine under a load of 25–35 took more than 60 s
     * (issue 19's soak).
     */
    static final long START_TIMEOUT_S = 180;

    private Main() {}

    public static void main(String[] args) throws Exception {
        ParkWatchConfig config;
        try {
            config = new ConfigLoader().load(args, System.getenv());
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ParkWatchApp backend;
        try {
            backend = new ParkWatchApp(config);
        } catch (UncheckedIOException e) {
            System.err.println("ParkWatch backend cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        ParkWatchApp.Ports ports;
        try {
            ports =
                    backend.start()
                            .toCompletionStage()
                            .toCompletableFuture()
                            .get(START_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println(
                    "ParkWatch backend failed to start: "
                            + (e instanceof java.util.concurrent.TimeoutException
                                    ? "not started within " + START_TIMEOUT_S + " s"
                                    : e.getCause()));
            backend.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        backend.stop()
                                                .toCompletionStage()
                                                .toCompletableFuture()
                                                .get(10, TimeUnit.SECONDS);
                                    } catch (Exception e) {
                                        System.err.println(
                                                "ParkWatch backend did not stop cleanly: " + e);
                                    }
                                },
                                "parkwatch-shutdown"));
        String host = config.http().host().equals("0.0.0.0") ? "localhost" : config.http().host();
        String scheme = config.value("http.tls.keystore").isEmpty() ? "http" : "https";
        System.out.println(
                "ParkWatch 园区一张图 / one-map: "
                        + scheme
                        + "://"
                        + host
                        + ":"
                        + ports.http()
                        + "/  (MQTT uplink "
                        + config.mqtt().mode().name().toLowerCase()
                        + " port "
                        + ports.mqtt()
                        + (config.value("mqtt.tls.keystore").isEmpty() ? "" : " TLS")
                        + ")");
        System.out.println(
                "  大屏 / control-room screen: "
                        + scheme
                        + "://"
                        + host
                        + ":"
                        + ports.http()
                        + "/screen"
                        + "   公众展示 / public display: "
                        + scheme
                        + "://"
                        + host
                        + ":"
                        + ports.http()
                        + "/public");
    }
}
