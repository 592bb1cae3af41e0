package org.parkwatch.e2e.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * The park the soak's backend runs (issue 19): the demo park, copied to the work folder, with tags
 * of the background load's own ({@link #PREFIX}) added to {@link #ENTERPRISE}. The load used to
 * write E01's own tags, so its samples and the E01 bridge's collided at one instant and the
 * accounting took them for batches applied twice; now no bridge's tag is written by the load, and
 * the load's tags are not accounted. The simulator and the bridges keep the demo park (they know
 * nothing of these tags).
 */
final class SoakLoadPark {
    /** The enterprise whose feed carries the load (as its own bridge, {@code E01-LOAD}). */
    static final String ENTERPRISE = "E01";

    /** Prefix of the load's tag ids: {@code E01.LOAD-V101.LT} for E01's {@code E01.V101.LT}. */
    static final String PREFIX = ENTERPRISE + ".LOAD-";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SoakLoadPark() {}

    /** Writes the park to {@code dir}; returns the load's tags. */
    static List<TagDefinition> write(Path dir) throws IOException {
        copyDemoPark(dir);
        Path tagsFile = dir.resolve("tags").resolve(ENTERPRISE + ".json");
        ObjectNode root = (ObjectNode) JSON.readTree(tagsFile.toFile());
        ArrayNode tags = (ArrayNode) root.get("tags");
        List<JsonNode> own = List.copyOf(listOf(tags));
        for (JsonNode t : own) {
            ObjectNode copy = ((ObjectNode) t).deepCopy();
            String rest = t.get("id").asText().substring(ENTERPRISE.length() + 1);
            copy.put("id", PREFIX + rest);
            copy.put("node", t.get("node").asText().replace(";s=", ";s=LOAD-"));
            copy.put("nameEn", "soak load " + rest);
            copy.put("nameZh", "浸泡测试负载 " + rest);
            copy.remove("limits"); // the load sweeps the range: no alarm flood
            tags.add(copy);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(tagsFile.toFile(), root);
        return ParkCatalog.load(dir).tagsOf(ENTERPRISE).orElseThrow().tags().stream()
                .filter(d -> d.id().startsWith(PREFIX))
                .toList();
    }

    private static List<JsonNode> listOf(ArrayNode a) {
        List<JsonNode> out = new java.util.ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    /** Copies the demo park from the class path (a folder or the gis-data jar). */
    private static void copyDemoPark(Path dir) throws IOException {
        URI uri;
        try {
            uri =
                    SoakLoadPark.class
                            .getClassLoader()
                            .getResource(ParkCatalog.DEMO_RESOURCE_ROOT + "park.json")
                            .toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                copyTree(fs.getPath("/" + ParkCatalog.DEMO_RESOURCE_ROOT), dir);
            }
        } else {
            copyTree(Path.of(uri).getParent(), dir);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
