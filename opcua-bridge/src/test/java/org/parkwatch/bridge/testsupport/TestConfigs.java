package org.parkwatch.bridge.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.bridge.config.BridgeConfig.Batch;
import org.parkwatch.bridge.config.BridgeConfig.Endpoint;
import org.parkwatch.bridge.config.BridgeConfig.FsyncPolicy;
import org.parkwatch.bridge.config.BridgeConfig.Mapping;
import org.parkwatch.bridge.config.BridgeConfig.Mqtt;
import org.parkwatch.bridge.config.BridgeConfig.Spool;

/**
 * Bridge configs for tests, each with a unique enterprise and bridge id so topics never collide.
 */
public final class TestConfigs {
    private TestConfigs() {}

    public static String uniqueId(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    public static BridgeConfig bridge(
            String enterpriseId,
            String mqttUrl,
            Path spoolDir,
            int maxSamples,
            int maxDelayMs,
            String endpointUrl,
            List<Mapping> mappings) {
        return new BridgeConfig(
                enterpriseId + "-B1",
                enterpriseId,
                new Mqtt(mqttUrl, "bridge-" + enterpriseId, null, null, 1, 10),
                new Spool(spoolDir, 64L * 1024 * 1024, FsyncPolicy.EVERY_BATCH),
                new Batch(maxSamples, maxDelayMs),
                List.of(Endpoint.anonymous(endpointUrl)),
                mappings);
    }
}
