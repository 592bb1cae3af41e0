package org.parkwatch.bridge.browse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parkwatch.bridge.config.BridgeConfig;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a bridge config skeleton (JSON that {@link org.parkwatch.bridge.config.BridgeConfigReader} accepts) mapping
 * every browsed variable to a suggested tag id {@code <ENT>.<path with / as .>} (characters outside
 * {@code A-Za-z0-9_-} become {@code _}; repeats get {@code _2}, {@code _3}…). The engineer prunes and renames.
 */
public final class MappingSkeleton {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingSkeleton() {
    }

    public static String json(String enterpriseId, String endpointUrl, List<BrowsedVariable> variables) {
        String bridgeId = enterpriseId + "-B1";
        ObjectNode root = JSON.createObjectNode();
        root.put("bridgeId", bridgeId).put("enterpriseId", enterpriseId);
        root.putObject("mqtt").put("url", "tcp://127.0.0.1:1884").put("clientId", "parkwatch-bridge-" + bridgeId);
        root.putObject("spool").put("dir", "spool/" + bridgeId).put("maxBytes", BridgeConfig.Spool.DEFAULT_MAX_BYTES)
                .put("fsync", "everyBatch");
        root.putObject("batch").put("maxSamples", BridgeConfig.Batch.DEFAULT_MAX_SAMPLES)
                .put("maxDelayMs", BridgeConfig.Batch.DEFAULT_MAX_DELAY_MS);
        ObjectNode ep = root.putArray("endpoints").addObject();
        ep.put("url", endpointUrl).put("securityPolicy", "None").put("securityMode", "None");
        ep.putObject("identity").put("anonymous", true);
        ep.put("publishingIntervalMs", BridgeConfig.Endpoint.DEFAULT_PUBLISHING_INTERVAL_MS);
        ArrayNode mappings = root.putArray("mappings");
        Set<String> used = new HashSet<>();
        for (BrowsedVariable v : variables) {
            ObjectNode m = mappings.addObject();
            m.put("node", v.node()).put("tagId", unique(tagId(enterpriseId, v.path()), used))
                    .put("samplingMs", BridgeConfig.Mapping.DEFAULT_SAMPLING_MS).put("deadband", 0.0);
            m.put("_dataType", v.dataType()); // for the engineer; the reader ignores unknown keys
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tagId(String enterpriseId, String path) {
        StringBuilder sb = new StringBuilder(enterpriseId);
        for (String part : path.split("/")) {
            String clean = part.replaceAll("[^A-Za-z0-9_-]", "_");
            sb.append('.').append(clean.isEmpty() ? "_" : clean);
        }
        return sb.toString();
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "_" + n;
        return candidate;
    }
}
