package org.parkwatch.backend.basemap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.parkwatch.backend.platform.config.ConfigException;

/**
 * The one-map's base map, read once at start and validated (a bad value names its key):
 *
 * <ul>
 *   <li>{@code basemap.type=none} (default): only the park's own vectors;
 *   <li>{@code xyz}: raster tiles from the {@code basemap.url} template ({@code {z} {x} {y}},
 *       optional {@code {key}});
 *   <li>{@code wmts}: a WMTS KVP endpoint {@code basemap.url} with {@code basemap.layer}, {@code
 *       basemap.matrixSet}, {@code basemap.format} and {@code basemap.crs} (EPSG:3857, or
 *       EPSG:4490/4326 for a geographic tile matrix set such as 天地图's {@code c});
 *   <li>{@code tianditu}: 天地图 imagery ({@code basemap.layer}=img, vec or ter; {@code
 *       basemap.matrixSet}=c for CGCS2000 EPSG:4490, w for Web Mercator) with the key from the
 *       environment (PARKWATCH_BASEMAP_KEY);
 *   <li>{@code mbtiles}: tiles the backend serves from the MBTiles file {@code basemap.mbtiles}
 *       (offline parks).
 * </ul>
 *
 * @param key the tile service's key ({@code basemap.key}, from the environment); empty when none
 */
public record BasemapOptions(
        Type type,
        String url,
        String layer,
        String matrixSet,
        String format,
        String crs,
        String key,
        Path mbtiles,
        String attribution,
        int maxZoom) {
    /** The kinds of base map. */
    public enum Type {
        NONE,
        XYZ,
        WMTS,
        TIANDITU,
        MBTILES
    }

    public static final BasemapOptions NONE =
            new BasemapOptions(Type.NONE, "", "", "", "", "EPSG:3857", "", null, "", 18);

    /** 天地图's WMTS endpoint; {@code {s}} is one of its eight tile servers t0…t7. */
    static final String TIANDITU_URL = "https://t{s}.tianditu.gov.cn/{layer}_{matrixSet}/wmts";

    /** Deepest zoom 天地图 serves (its tile matrix sets have levels 1–18). */
    static final int TIANDITU_MAX_ZOOM = 18;

    /** Reads the {@code basemap.*} keys (missing or blank → default). */
    public static BasemapOptions from(Function<String, String> props) {
        List<String> problems = new ArrayList<>();
        String rawType = text(props, "basemap.type", "none");
        Type type;
        try {
            type = Type.valueOf(rawType.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    List.of(
                            "basemap.type="
                                    + rawType
                                    + ": must be none, xyz, wmts, tianditu or mbtiles"));
        }
        String url = text(props, "basemap.url", "");
        String layer = text(props, "basemap.layer", type == Type.TIANDITU ? "img" : "");
        String matrixSet = text(props, "basemap.matrixSet", type == Type.TIANDITU ? "c" : "");
        String format =
                text(props, "basemap.format", type == Type.TIANDITU ? "tiles" : "image/png");
        String crs =
                text(
                        props,
                        "basemap.crs",
                        type == Type.TIANDITU && matrixSet.equals("c") ? "EPSG:4490" : "EPSG:3857");
        String key = text(props, "basemap.key", "");
        String mbtiles = text(props, "basemap.mbtiles", "");
        int maxZoom = type == Type.TIANDITU ? TIANDITU_MAX_ZOOM : 19;
        switch (type) {
            case XYZ -> {
                if (!url.contains("{z}") || !url.contains("{x}") || !url.contains("{y}")) {
                    problems.add("basemap.url=" + url + ": an XYZ template needs {z}, {x} and {y}");
                }
            }
            case WMTS -> {
                if (!url.startsWith("http"))
                    problems.add("basemap.url=" + url + ": the WMTS endpoint (http or https)");
                if (layer.isEmpty()) problems.add("basemap.layer: the WMTS layer name is required");
                if (matrixSet.isEmpty())
                    problems.add("basemap.matrixSet: the WMTS tile matrix set is required");
            }
            case TIANDITU -> {
                if (key.isEmpty())
                    problems.add("basemap.key: 天地图 needs its key; set PARKWATCH_BASEMAP_KEY");
                if (!List.of("img", "vec", "ter").contains(layer))
                    problems.add("basemap.layer=" + layer + ": 天地图 layers are img, vec or ter");
                if (!List.of("c", "w").contains(matrixSet))
                    problems.add(
                            "basemap.matrixSet="
                                    + matrixSet
                                    + ": c (CGCS2000, EPSG:4490) or w (Web Mercator)");
                url = TIANDITU_URL.replace("{layer}", layer).replace("{matrixSet}", matrixSet);
            }
            case MBTILES -> {
                if (mbtiles.isEmpty() || !Files.isRegularFile(Path.of(mbtiles))) {
                    problems.add(
                            "basemap.mbtiles="
                                    + mbtiles
                                    + ": no such file (an MBTiles SQLite file)");
                }
            }
            case NONE -> { // nothing to check
            }
        }
        if (!List.of("EPSG:3857", "EPSG:4490", "EPSG:4326").contains(crs)) {
            problems.add("basemap.crs=" + crs + ": EPSG:3857, EPSG:4490 (CGCS2000) or EPSG:4326");
        }
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new BasemapOptions(
                type,
                url,
                layer,
                matrixSet,
                format,
                crs,
                key,
                mbtiles.isEmpty() ? null : Path.of(mbtiles),
                text(props, "basemap.attribution", ""),
                maxZoom);
    }

    private static String text(Function<String, String> props, String key, String dflt) {
        String v = props.apply(key);
        return v == null || v.isBlank() ? dflt : v.trim();
    }
}
