package org.parkwatch.backend.gis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;
import org.parkwatch.model.park.TagDefinition;

/**
 * Writes layers into the database, all or nothing: a user's GeoJSON into one layer, and the park
 * catalogue (layers, enterprises, tags) on start — the latter only when its content changed since
 * the last import (SHA-256 recorded in {@code import_state}), so a second start changes nothing.
 * Methods block.
 */
public final class LayerImporter {
    /** {@code import_state} name of the park catalogue import. */
    public static final String PARK_IMPORT = "park-catalog";

    /** Imported layers list after the park's own layers. */
    static final int IMPORTED_SORT_ORDER = 1000;

    private final Database db;
    private final GisRepository gis;
    private final ParkRegistryRepository registry = new ParkRegistryRepository();
    private final GeoJsonLayerReader reader;
    private final Clock clock;

    public LayerImporter(Database db, GisRepository gis, ImportLimits limits, Clock clock) {
        this.db = db;
        this.gis = gis;
        this.reader = new GeoJsonLayerReader(limits);
        this.clock = clock;
    }

    /** The result of an accepted import. */
    public record Result(String layerId, int featureCount) {}

    /**
     * Replaces the features of {@code layerId} (creating the layer) with the file's, in one
     * transaction.
     *
     * @param crsOverride CRS name that wins over the file's {@code crs} member, or null
     * @throws ImportException listing every problem; the database is unchanged
     */
    public Result importGeoJson(
            String layerId, String nameZh, String nameEn, byte[] geoJson, String crsOverride)
            throws ImportException, SQLException {
        if (layerId == null || !layerId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new ImportException(
                    ImportProblem.file(
                            "图层 id 只能包含字母、数字、_ 和 -（最多 64 个）",
                            "layer id must be 1–64 characters of A–Z, a–z, 0–9, _ and -"));
        }
        List<FeatureRecord> features = reader.read(layerId, geoJson, crsOverride);
        LayerRecord meta =
                new LayerRecord(
                        layerId,
                        nameZh == null ? layerId : nameZh,
                        nameEn == null ? layerId : nameEn,
                        "import",
                        sha256(geoJson),
                        sortOrderFor(layerId),
                        clock.millis(),
                        features.size());
        ImportException[] conflict = new ImportException[1];
        db.inTransaction(
                c -> {
                    Set<String> taken =
                            gis.idsInOtherLayers(
                                    c, layerId, features.stream().map(FeatureRecord::id).toList());
                    if (!taken.isEmpty()) {
                        List<ImportProblem> problems = new ArrayList<>();
                        for (int i = 0; i < features.size(); i++) {
                            if (taken.contains(features.get(i).id())) {
                                problems.add(
                                        ImportProblem.feature(
                                                i,
                                                features.get(i).id(),
                                                "id 已被其他图层使用",
                                                "id is already used by a feature of another layer"));
                            }
                        }
                        conflict[0] = new ImportException(problems);
                        return null;
                    }
                    gis.replaceLayer(c, meta, features);
                    return null;
                });
        if (conflict[0] != null) throw conflict[0];
        return new Result(layerId, features.size());
    }

    /**
     * Imports the park catalogue when its content differs from the last import; otherwise touches
     * nothing.
     *
     * @return true when something was written
     * @throws ImportException when a catalogue layer is invalid (nothing written)
     */
    public boolean importParkIfChanged(ParkCatalog park) throws ImportException, SQLException {
        String sha = parkSha(park);
        boolean same =
                db.withConnection(c -> registry.importedSha(c, PARK_IMPORT))
                        .map(sha::equals)
                        .orElse(false);
        if (same) return false;
        long now = clock.millis();
        List<LayerRecord> metas = new ArrayList<>();
        List<List<FeatureRecord>> contents = new ArrayList<>();
        int order = 0;
        for (LayerInfo l : park.layers()) {
            byte[] text = park.layerGeoJson(l.id()).getBytes(StandardCharsets.UTF_8);
            List<FeatureRecord> features = reader.read(l.id(), text, null);
            metas.add(
                    new LayerRecord(
                            l.id(),
                            l.nameZh(),
                            l.nameEn(),
                            "demo",
                            sha256(text),
                            order++,
                            now,
                            features.size()));
            contents.add(features);
        }
        List<TagDefinition> tags = park.allTags();
        db.inTransaction(
                c -> {
                    for (int i = 0; i < metas.size(); i++)
                        gis.replaceLayer(c, metas.get(i), contents.get(i));
                    registry.replaceRegistry(c, park.enterprises(), tags);
                    registry.recordImport(c, PARK_IMPORT, sha, now);
                    return null;
                });
        return true;
    }

    private int sortOrderFor(String layerId) throws SQLException {
        return gis.layer(layerId).map(LayerRecord::sortOrder).orElse(IMPORTED_SORT_ORDER);
    }

    private static String parkSha(ParkCatalog park) {
        StringBuilder all = new StringBuilder(park.metadata().toString());
        for (LayerInfo l : park.layers()) all.append('\u0000').append(park.layerGeoJson(l.id()));
        for (TagDefinition t : park.allTags()) all.append('\u0000').append(t);
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JRE", e);
        }
    }
}
