package org.parkwatch.bridge.browse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parkwatch.bridge.config.BridgeConfig;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * Writes a bridge config skeleton (JSON that {@link org.parkwatch.bridge.config.BridgeConfigReader}
 * accepts) mapping every browsed variable to a suggested tag id, and the matching park tag list
 * (the {@code tags/<ENT>.json} format of the park catalogue) with names, unit, instrument range and
 * the proposed kind and limits ({@link TagProposal}). A tag id is {@code <ENT>.<path with / as .>}
 * without the segments that repeat: a first folder named like the enterprise and an equipment
 * folder whose name starts the next segment ({@code E01/V101/V101.LT} → {@code E01.V101.LT});
 * characters outside {@code A-Za-z0-9_.-} become {@code _}; repeats get {@code _2}, {@code _3}….
 * The engineer prunes and renames.
 */
public final class MappingSkeleton {
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private MappingSkeleton() {}

    public static String json(
            String enterpriseId, String endpointUrl, List<BrowsedVariable> variables) {
        String bridgeId = enterpriseId + "-B1";
        ObjectNode root = JSON.createObjectNode();
        root.put("bridgeId", bridgeId).put("enterpriseId", enterpriseId);
        root.putObject("mqtt")
                .put("url", "tcp://127.0.0.1:1884")
                .put("clientId", "parkwatch-bridge-" + bridgeId);
        root.putObject("spool")
                .put("dir", "spool/" + bridgeId)
                .put("maxBytes", BridgeConfig.Spool.DEFAULT_MAX_BYTES)
                .put("fsync", "everyBatch");
        root.putObject("batch")
                .put("maxSamples", BridgeConfig.Batch.DEFAULT_MAX_SAMPLES)
                .put("maxDelayMs", BridgeConfig.Batch.DEFAULT_MAX_DELAY_MS);
        ObjectNode ep = root.putArray("endpoints").addObject();
        ep.put("url", endpointUrl).put("securityPolicy", "None").put("securityMode", "None");
        ep.putObject("identity").put("anonymous", true);
        ep.put("publishingIntervalMs", BridgeConfig.Endpoint.DEFAULT_PUBLISHING_INTERVAL_MS);
        ArrayNode mappings = root.putArray("mappings");
        List<String> ids = tagIds(enterpriseId, variables);
        for (int i = 0; i < variables.size(); i++) {
            BrowsedVariable v = variables.get(i);
            ObjectNode m = mappings.addObject();
            m.put("node", v.node())
                    .put("tagId", ids.get(i))
                    .put("samplingMs", BridgeConfig.Mapping.DEFAULT_SAMPLING_MS)
                    .put("deadband", 0.0);
            m.put("_dataType", v.dataType()); // for the engineer; the reader ignores unknown keys
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String tagId(String enterpriseId, String path) {
        String[] parts = path.split("/");
        StringBuilder sb = new StringBuilder(enterpriseId);
        for (int i = 0; i < parts.length; i++) {
            if (i == 0 && parts.length > 1 && parts[i].equals(enterpriseId)) continue;
            if (i + 1 < parts.length && parts[i + 1].startsWith(parts[i] + ".")) continue;
            String clean =
                    parts[i].replaceAll("[^A-Za-z0-9_.-]", "_").replaceAll("^\\.+|\\.+$", "");
            sb.append('.').append(clean.isEmpty() ? "_" : clean);
        }
        return sb.toString();
    }

    /** The tag ids {@link #json} gives the variables, in order. */
    static List<String> tagIds(String enterpriseId, List<BrowsedVariable> variables) {
        Set<String> used = new HashSet<>();
        return variables.stream().map(v -> unique(tagId(enterpriseId, v.path()), used)).toList();
    }

    /**
     * The park tag list for the browsed variables ({@code tags/<ENT>.json}): kind and limits are
     * proposals, marked {@code "_proposed": true}; a variable whose kind cannot be told gets {@code
     * "kind": ""} and a {@code _check} note, which the park catalogue refuses until the engineer
     * sets it.
     */
    public static String tagListJson(String enterpriseId, List<BrowsedVariable> variables) {
        ObjectNode root = JSON.createObjectNode();
        root.put("enterpriseId", enterpriseId)
                .put(
                        "namespaceUri",
                        variables.isEmpty() ? "" : namespaceUri(variables.get(0).node()));
        ArrayNode tags = root.putArray("tags");
        List<String> ids = tagIds(enterpriseId, variables);
        for (int i = 0; i < variables.size(); i++) {
            BrowsedVariable v = variables.get(i);
            String id = ids.get(i);
            Optional<TagKind> kind = TagProposal.kind(v);
            ObjectNode t = tags.addObject();
            t.put("id", id)
                    .put("node", v.node())
                    .put("kind", kind.map(TagKind::id).orElse(""))
                    .put("unit", v.unit());
            if (v.hasRange()) t.put("min", v.rangeLow()).put("max", v.rangeHigh());
            t.put("featureId", featureId(id))
                    .put("nameZh", v.displayName())
                    .put("nameEn", v.description().isEmpty() ? v.displayName() : v.description())
                    .put("samplingMs", BridgeConfig.Mapping.DEFAULT_SAMPLING_MS)
                    .put("deadband", 0.0);
            TagLimits lim = kind.map(k -> TagProposal.limits(k, v)).orElse(TagLimits.NONE);
            if (!lim.equals(TagLimits.NONE)) {
                ObjectNode l = t.putObject("limits");
                if (lim.ll() != null) l.put("ll", lim.ll());
                if (lim.l() != null) l.put("l", lim.l());
                if (lim.h() != null) l.put("h", lim.h());
                if (lim.hh() != null) l.put("hh", lim.hh());
            }
            t.put("_proposed", true);
            if (kind.isEmpty()) {
                t.put(
                        "_check",
                        "kind not recognised from data type "
                                + v.dataType()
                                + ", unit '"
                                + v.unit()
                                + "' or name; set one of "
                                + Arrays.stream(TagKind.values()).map(TagKind::id).toList());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code E09.V101.LT} → {@code E09-V101}: the feature the tag is proposed to belong to. */
    static String featureId(String tagId) {
        String[] parts = tagId.split("\\.");
        return parts.length > 2 ? parts[0] + "-" + parts[1] : parts[0];
    }

    private static String namespaceUri(String node) {
        if (!node.startsWith("nsu=")) return "";
        int semi = node.indexOf(';');
        return semi < 0 ? "" : node.substring(4, semi);
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "_" + n;
        return candidate;
    }
}
