package org.parkwatch.backend.onboarding;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parkwatch.backend.platform.config.ConfigLoader;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.ParkCatalogException;

/**
 * A park folder (park.json, layers/, tags/ — the layout {@link ParkCatalog#load} reads) that
 * enterprises are added to. Without {@code park.dir} the park lives in {@code <data.dir>/park}, a
 * copy of the demo park made on the first {@code enterprise add}; the backend reads it from there
 * at its next start. Changes are staged in a sibling folder and checked by loading the whole
 * catalogue before any file of the park is replaced: a bad tag list or outline leaves the park as
 * it was.
 */
public final class ParkFolder {
    /** The folder under {@code data.dir} that holds the park when {@code park.dir} is not set. */
    public static final String DATA_SUBFOLDER = ConfigLoader.ONBOARDED_PARK;

    static final String SITES_LAYER = "enterprises";

    private final Path folder;

    private ParkFolder(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * The park folder at {@code folder}; a copy of the demo park is made there when it holds no
     * park.json yet.
     */
    public static ParkFolder openOrCopyDemo(Path folder) throws IOException {
        if (!Files.isRegularFile(folder.resolve("park.json"))) copyDemo(folder);
        return new ParkFolder(folder);
    }

    private static void copyDemo(Path folder) throws IOException {
        ParkCatalog demo = ParkCatalog.loadDemo();
        List<String> files = new ArrayList<>(List.of("park.json"));
        demo.layers().forEach(l -> files.add(l.file()));
        demo.enterprises()
                .forEach(
                        e -> {
                            if (e.tagsFile() != null) files.add(e.tagsFile());
                        });
        for (String name : files) {
            try (InputStream in =
                    ParkCatalog.class
                            .getClassLoader()
                            .getResourceAsStream(ParkCatalog.DEMO_RESOURCE_ROOT + name)) {
                if (in == null)
                    throw new IOException(
                            "demo park file " + name + " is missing from the gis-data jar");
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Adds an enterprise: its tag list as {@code tags/<id>.json}, its site outline to the
     * enterprise plots layer and its entry in park.json. Tags whose feature the park does not have
     * are attached to the site outline, so their live values show on the map from the first sample.
     *
     * @return the park catalogue with the enterprise
     * @throws OnboardingException naming the file, the row or the field that is wrong; the park is
     *     then unchanged
     */
    public ParkCatalog addEnterprise(NewEnterprise e) throws IOException {
        ParkCatalog before = ParkCatalog.load(folder);
        if (before.enterprises().stream().anyMatch(x -> x.id().equals(e.id()))) {
            throw new OnboardingException(
                    "enterprise "
                            + e.id()
                            + " is in the park already ("
                            + folder
                            + "/park.json); its bridges: ./parkwatch uplink add "
                            + e.id()
                            + "-B2 "
                            + e.id());
        }
        String plotId = e.id() + "-PLOT";
        JsonObject park = readJson(folder.resolve("park.json"));
        String sitesFile = layerFile(park, SITES_LAYER);
        JsonObject sites = readJson(folder.resolve(sitesFile));
        sites.getJsonArray("features").add(e.siteFeature(plotId));
        JsonObject tags = e.tagList(plotId, featureIds(before));
        String tagsFile = "tags/" + e.id() + ".json";
        park.getJsonArray("enterprises")
                .add(
                        new JsonObject()
                                .put("id", e.id())
                                .put("nameZh", e.nameZh())
                                .put("nameEn", e.nameEn())
                                .put("activity", e.activity())
                                .put("featureId", plotId)
                                .put("tagsFile", tagsFile));

        Path staging = folder.resolveSibling(folder.getFileName() + ".staging");
        deleteTree(staging);
        copyTree(folder, staging);
        try {
            write(staging.resolve(tagsFile), tags.encodePrettily());
            write(staging.resolve(sitesFile), sites.encodePrettily());
            write(staging.resolve("park.json"), park.encodePrettily());
            ParkCatalog.load(staging); // the whole catalogue must read before anything is replaced
        } catch (ParkCatalogException ex) {
            throw new OnboardingException(
                    "the new park does not load: "
                            + ex.getMessage()
                            + " (nothing was changed in "
                            + folder
                            + ")");
        }
        for (String name :
                List.of(tagsFile, sitesFile, "park.json")) { // park.json last: it names the others
            move(staging.resolve(name), folder.resolve(name));
        }
        deleteTree(staging);
        return ParkCatalog.load(folder);
    }

    private static List<String> featureIds(ParkCatalog park) {
        List<String> ids = new ArrayList<>();
        for (var layer : park.layers()) {
            for (var f : park.layer(layer.id()).path("features")) ids.add(f.path("id").asText(""));
        }
        return ids;
    }

    private static String layerFile(JsonObject park, String layerId) {
        for (Object o : park.getJsonArray("layers", new JsonArray())) {
            if (o instanceof JsonObject l && layerId.equals(l.getString("id")))
                return l.getString("file");
        }
        throw new OnboardingException(
                "park.json has no layer '" + layerId + "' for the enterprise outlines");
    }

    static JsonObject readJson(Path file) throws IOException {
        try {
            return new JsonObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (DecodeException | ClassCastException e) {
            throw new OnboardingException(file + ": not a JSON object (" + e.getMessage() + ")");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(
                    from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
