package org.parkwatch.backend.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code pipeline/safety-distances.json}: the pipeline classes and their zones. */
public final class SafetyDistancesLoader {
    public static final String RESOURCE = "/pipeline/safety-distances.json";

    private SafetyDistancesLoader() {}

    /** The classes of the bundled file, by id. */
    public static Map<String, PipelineClass> loadDefault() {
        try (InputStream in = SafetyDistancesLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException naming the class and zone index of a bad entry
     */
    static Map<String, PipelineClass> read(JsonNode root) {
        Map<String, PipelineClass> out = new LinkedHashMap<>();
        JsonNode classes = root.path("classes");
        for (int i = 0; i < classes.size(); i++) {
            JsonNode c = classes.get(i);
            String id = c.path("id").asText("");
            if (id.isBlank()) throw new IllegalArgumentException("classes[" + i + "]: no id");
            List<SafetyZone> zones = new ArrayList<>();
            JsonNode zs = c.path("zones");
            for (int j = 0; j < zs.size(); j++) {
                JsonNode z = zs.get(j);
                JsonNode d = z.path("distanceM");
                if (!d.isNull() && !d.isMissingNode() && (!d.isNumber() || d.asDouble() <= 0)) {
                    throw new IllegalArgumentException(
                            "class " + id + " zones[" + j + "]: distanceM must be > 0 or null");
                }
                String source = z.path("source").asText("");
                if (source.isBlank()) {
                    throw new IllegalArgumentException(
                            "class " + id + " zones[" + j + "]: every zone names its source");
                }
                zones.add(
                        new SafetyZone(
                                z.path("id").asText(),
                                d.isNumber() ? d.asDouble() : null,
                                z.path("severity").asText("violation"),
                                z.path("ruleZh").asText(""),
                                z.path("ruleEn").asText(""),
                                source));
            }
            out.put(
                    id,
                    new PipelineClass(
                            id,
                            c.path("nameZh").asText(id),
                            c.path("nameEn").asText(id),
                            zones,
                            c.path("alsoSee").asText("")));
        }
        return out;
    }
}
