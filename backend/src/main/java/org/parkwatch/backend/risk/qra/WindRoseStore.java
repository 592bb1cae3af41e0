package org.parkwatch.backend.risk.qra;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The configured wind rose: the one set through the API (kept in {@code
 * data.dir/risk-wind-rose.json} so it survives a restart), else the file of {@code
 * risk.qra.windRoseFile}, else none (the run derives one from history or uses the demo rose).
 * Thread-safe.
 */
public final class WindRoseStore {
    static final String API_FILE = "risk-wind-rose.json";

    private final Path apiFile;
    private volatile WindRose configured;

    /**
     * Loads the API file if present, else the configured file.
     *
     * @throws IllegalArgumentException naming the file and the bad field
     */
    public WindRoseStore(Path dataDir, Optional<Path> configFile) {
        this.apiFile = dataDir.resolve(API_FILE);
        if (Files.exists(apiFile)) {
            configured = load(apiFile, "set through PUT /api/risk/wind-rose");
        } else {
            configured = configFile.map(f -> load(f, "risk.qra.windRoseFile " + f)).orElse(null);
        }
    }

    static WindRose load(Path file, String note) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return WindRoseJson.parse(new JsonObject(text), "configured", note);
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "wind rose file " + file + ": cannot read: " + e.getMessage(), e);
        } catch (DecodeException e) {
            throw new IllegalArgumentException("wind rose file " + file + ": not a JSON object", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("wind rose file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The configured rose, or null. */
    public WindRose configured() {
        return configured;
    }

    /**
     * Writes the rose to the API file (whole or not at all) and makes it the configured one.
     * Blocking.
     */
    public void save(WindRose rose) {
        try {
            Files.createDirectories(apiFile.getParent());
            Path tmp = apiFile.resolveSibling(API_FILE + ".tmp");
            JsonObject json = WindRoseJson.toJson(rose);
            json.remove("source");
            json.remove("note");
            Files.writeString(tmp, json.encodePrettily(), StandardCharsets.UTF_8);
            Files.move(
                    tmp,
                    apiFile,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configured = rose;
    }
}
