package org.parkwatch.model.park;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo park (or a park laid out the same way): its metadata, layers and per-enterprise tag
 * lists. Layout of a park folder: {@code park.json}, {@code layers/*.geojson}, {@code
 * tags/<enterpriseId>.json}. The demo park ships in the gis-data jar under {@value
 * #DEMO_RESOURCE_ROOT}.
 */
public final class ParkCatalog {
    public static final String DEMO_RESOURCE_ROOT = "parkwatch/demo-park/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode park;
    private final List<LayerInfo> layers;
    private final List<EnterpriseInfo> enterprises;
    private final Map<String, EnterpriseTags> tagsByEnterprise;
    private final Map<String, TagDefinition> tagsById;
    private final Loader loader;

    private ParkCatalog(Loader loader) {
        this.loader = loader;
        this.park = readJson("park.json");
        this.layers = new ArrayList<>();
        for (JsonNode l : park.path("layers")) {
            layers.add(
                    new LayerInfo(
                            text(l, "id", "park.json layers"),
                            text(l, "file", "park.json layers"),
                            l.path("nameZh").asText(""),
                            l.path("nameEn").asText("")));
        }
        this.enterprises = new ArrayList<>();
        this.tagsByEnterprise = new LinkedHashMap<>();
        this.tagsById = new LinkedHashMap<>();
        for (JsonNode e : park.path("enterprises")) {
            EnterpriseInfo info =
                    new EnterpriseInfo(
                            text(e, "id", "park.json enterprises"),
                            e.path("nameZh").asText(""),
                            e.path("nameEn").asText(""),
                            e.path("activity").asText(""),
                            e.path("featureId").asText(null),
                            e.path("tagsFile").asText(null));
            enterprises.add(info);
            if (info.tagsFile() != null) {
                EnterpriseTags tags = readTags(info.tagsFile());
                tagsByEnterprise.put(info.id(), tags);
                for (TagDefinition t : tags.tags()) {
                    if (tagsById.put(t.id(), t) != null) {
                        throw new ParkCatalogException(
                                info.tagsFile() + ": tag id " + t.id() + " is not unique");
                    }
                }
            }
        }
    }

    /** The demo park from the classpath (the gis-data jar). */
    public static ParkCatalog loadDemo() {
        return new ParkCatalog(
                name ->
                        ParkCatalog.class
                                .getClassLoader()
                                .getResourceAsStream(DEMO_RESOURCE_ROOT + name));
    }

    /** A park from a folder with the same layout. */
    public static ParkCatalog load(Path folder) {
        return new ParkCatalog(
                name -> {
                    Path p = folder.resolve(name);
                    return Files.exists(p) ? Files.newInputStream(p) : null;
                });
    }

    public JsonNode metadata() {
        return park;
    }

    public List<LayerInfo> layers() {
        return List.copyOf(layers);
    }

    public List<EnterpriseInfo> enterprises() {
        return List.copyOf(enterprises);
    }

    public List<EnterpriseTags> tagLists() {
        return List.copyOf(tagsByEnterprise.values());
    }

    public Optional<EnterpriseTags> tagsOf(String enterpriseId) {
        return Optional.ofNullable(tagsByEnterprise.get(enterpriseId));
    }

    public Optional<TagDefinition> tag(String tagId) {
        return Optional.ofNullable(tagsById.get(tagId));
    }

    public List<TagDefinition> allTags() {
        return List.copyOf(tagsById.values());
    }

    /** The raw GeoJSON text of a layer file. */
    public String layerGeoJson(String layerId) {
        LayerInfo info =
                layers.stream()
                        .filter(l -> l.id().equals(layerId))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new ParkCatalogException(
                                                "no layer '" + layerId + "' in park.json"));
        return readText(info.file());
    }

    /** A layer's FeatureCollection parsed as a JSON tree. */
    public JsonNode layer(String layerId) {
        try {
            return JSON.readTree(layerGeoJson(layerId));
        } catch (IOException e) {
            throw new ParkCatalogException("layer " + layerId + ": " + e.getMessage(), e);
        }
    }

    private EnterpriseTags readTags(String file) {
        JsonNode root = readJson(file);
        String enterpriseId = text(root, "enterpriseId", file);
        String ns = text(root, "namespaceUri", file);
        List<TagDefinition> tags = new ArrayList<>();
        int i = 0;
        for (JsonNode t : root.path("tags")) {
            String where = file + " tags[" + i++ + "]";
            try {
                JsonNode lim = t.path("limits");
                tags.add(
                        new TagDefinition(
                                text(t, "id", where),
                                text(t, "node", where),
                                TagKind.of(text(t, "kind", where)),
                                t.path("unit").asText(""),
                                t.path("min").asDouble(0),
                                t.path("max").asDouble(0),
                                text(t, "featureId", where),
                                t.path("nameZh").asText(""),
                                t.path("nameEn").asText(""),
                                t.path("samplingMs").asInt(1000),
                                t.path("deadband").asDouble(0),
                                new TagLimits(
                                        num(lim, "ll"),
                                        num(lim, "l"),
                                        num(lim, "h"),
                                        num(lim, "hh"))));
            } catch (IllegalArgumentException e) {
                throw new ParkCatalogException(where + ": " + e.getMessage(), e);
            }
        }
        return new EnterpriseTags(enterpriseId, ns, tags);
    }

    private static Double num(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new ParkCatalogException(where + ": field '" + field + "' is missing or empty");
        }
        return v.asText();
    }

    /**
     * An optional JSON file of the park folder, e.g. {@code registry.json} (the demo enterprises'
     * licences and contacts); empty when the park has none.
     *
     * @throws ParkCatalogException when the file exists but is not JSON
     */
    public Optional<JsonNode> optionalJson(String name) {
        try (InputStream in = loader.open(name)) {
            if (in == null) return Optional.empty();
            return Optional.of(
                    JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ParkCatalogException(name + ": " + e.getMessage(), e);
        }
    }

    private JsonNode readJson(String name) {
        try {
            return JSON.readTree(readText(name));
        } catch (IOException e) {
            throw new ParkCatalogException(name + ": " + e.getMessage(), e);
        }
    }

    private String readText(String name) {
        try (InputStream in = loader.open(name)) {
            if (in == null) throw new ParkCatalogException("park file not found: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParkCatalogException(name + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Loader {
        InputStream open(String name) throws IOException;
    }
}
