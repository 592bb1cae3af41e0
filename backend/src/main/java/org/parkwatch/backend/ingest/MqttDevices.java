package org.parkwatch.backend.ingest;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Devices other than bridges that publish to the embedded MQTT endpoint with their own credentials
 * (gate devices, issue 16). A CONNECT whose user name the port {@linkplain #claims claims} is
 * authenticated here instead of by the {@link UplinkAuthenticator}, and every PUBLISH of such a
 * connection goes to {@link #publish}, never to the ingest pipeline.
 */
public interface MqttDevices {
    /** Whether {@code username} names a device of this port (e.g. {@code gate:G-WEST}). */
    boolean claims(String username);

    /** The device id when the credentials are a device's; empty when not. */
    Optional<String> authenticate(String username, String password);

    /**
     * Applies a message the authenticated device published. The future completes once what it
     * changed is stored (the PUBACK waits for it), with false when the message was refused for its
     * content (acknowledged all the same: resending it would not make it good); it fails with a
     * {@link SecurityException} when the topic is not the device's own.
     */
    Future<Boolean> publish(String deviceId, String topic, byte[] payload);
}
