package org.parkwatch.backend.logistics;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.parkwatch.backend.ingest.MqttDevices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gate devices on the embedded MQTT endpoint: user name {@code gate:<device id>}, password its
 * secret; it publishes its reports (the JSON of {@link GateDeviceJson#report}) to {@code
 * parkwatch/v1/gates/<device id>/events} and to no other topic. A report refused for its content is
 * logged and acknowledged (resending would not make it good).
 */
final class GateMqtt implements MqttDevices {
    static final String USER_PREFIX = "gate:";
    private static final Logger LOG = LoggerFactory.getLogger(GateMqtt.class);

    private final Vertx vertx;
    private final GateService gates;
    private final GateService.Checks check;
    private final LongSupplier clockMs;

    GateMqtt(Vertx vertx, GateService gates, GateService.Checks check, LongSupplier clockMs) {
        this.vertx = vertx;
        this.gates = gates;
        this.check = check;
        this.clockMs = clockMs;
    }

    static String topic(String deviceId) {
        return "parkwatch/v1/gates/" + deviceId + "/events";
    }

    @Override
    public boolean claims(String username) {
        return username.startsWith(USER_PREFIX);
    }

    @Override
    public Optional<String> authenticate(String username, String password) {
        return gates.authenticate(username.substring(USER_PREFIX.length()), password)
                .map(GateDevice::id);
    }

    @Override
    public Future<Boolean> publish(String deviceId, String topic, byte[] payload) {
        if (!topic(deviceId).equals(topic)) {
            return Future.failedFuture(
                    new SecurityException(
                            "device " + deviceId + " publishes to " + topic(deviceId) + " only"));
        }
        GateDevice device = gates.device(deviceId).orElse(null);
        if (device == null) return Future.failedFuture(new SecurityException("unknown device"));
        long now = clockMs.getAsLong();
        return vertx.executeBlocking(
                () -> {
                    GateService.Report r;
                    try {
                        r = GateDeviceJson.report(GateDeviceJson.parse(payload), now);
                    } catch (IllegalArgumentException e) {
                        LOG.warn("gate device {}: report refused: {}", deviceId, e.getMessage());
                        return false;
                    }
                    gates.report(device, r, "mqtt", check);
                    return true;
                },
                true); // in order: a person's exit after the entry
    }
}
