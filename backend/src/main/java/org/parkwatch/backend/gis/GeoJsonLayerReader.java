package org.parkwatch.backend.gis;

import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.parkwatch.backend.platform.json.SourceJson;

/**
 * Reads a GeoJSON FeatureCollection into {@link FeatureRecord}s for one layer, validating
 * everything first: size, JSON syntax (line and column), CRS (named when refused), every feature's
 * id and geometry (index and JTS reason). Either every feature is returned or an {@link
 * ImportException} lists all problems.
 */
public final class GeoJsonLayerReader {
    private final ImportLimits limits;

    public GeoJsonLayerReader(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * @param crsOverride a CRS name ({@code EPSG:4547}) that wins over the file's {@code crs}
     *     member; null = use the file's, else EPSG:4326 (RFC 7946)
     */
    public List<FeatureRecord> read(String layerId, byte[] geoJson, String crsOverride)
            throws ImportException {
        if (geoJson.length > limits.maxBytes()) {
            throw new ImportException(
                    ImportProblem.file(
                            "文件大小 " + geoJson.length + " 字节，超过上限 " + limits.maxBytes() + " 字节",
                            "file is "
                                    + geoJson.length
                                    + " bytes; the limit is "
                                    + limits.maxBytes()
                                    + " bytes"));
        }
        JsonObject root = parse(geoJson);
        if (!"FeatureCollection".equals(root.getValue("type"))) {
            throw new ImportException(
                    ImportProblem.file(
                            "根对象的 type 必须是 FeatureCollection",
                            "the top-level object must have \"type\": \"FeatureCollection\""));
        }
        int epsg = crsOf(root, crsOverride);
        if (!(root.getValue("features") instanceof JsonArray features)) {
            throw new ImportException(
                    ImportProblem.file("缺少 features 数组", "\"features\" array is missing"));
        }
        if (features.size() > limits.maxFeatures()) {
            throw new ImportException(
                    ImportProblem.file(
                            "要素数 " + features.size() + " 超过上限 " + limits.maxFeatures(),
                            features.size() + " features; the limit is " + limits.maxFeatures()));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<FeatureRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        GeoJsonReader geometryReader = new GeoJsonReader(GisRepository.GEOMETRY_4326);
        for (int i = 0; i < features.size(); i++) {
            Object entry = features.getValue(i);
            JsonObject feature = entry instanceof JsonObject o ? o : new JsonObject();
            FeatureRecord f = feature(layerId, i, feature, epsg, geometryReader, ids, problems);
            if (f != null) out.add(f);
        }
        if (!problems.isEmpty()) throw new ImportException(capped(problems));
        return out;
    }

    private static JsonObject parse(byte[] geoJson) throws ImportException {
        Object root;
        try {
            root = SourceJson.decode(geoJson);
        } catch (SourceJson.SyntaxException e) {
            String where = e.line() == 0 ? "" : " line " + e.line() + ", column " + e.column();
            String whereZh = e.line() == 0 ? "" : "第 " + e.line() + " 行第 " + e.column() + " 列";
            throw new ImportException(
                    ImportProblem.file(
                            "JSON 格式错误，位置" + whereZh + "：" + e.reason(),
                            "malformed JSON at" + where + ": " + e.reason()));
        }
        if (!(root instanceof JsonObject o)) {
            throw new ImportException(
                    ImportProblem.file("文件不是 JSON 对象", "the file is not a JSON object"));
        }
        return o;
    }

    private static int crsOf(JsonObject root, String crsOverride) throws ImportException {
        String name = crsOverride;
        if (name == null) {
            Object crs =
                    object(object(root.getValue("crs")).getValue("properties")).getValue("name");
            if (crs == null) return CrsSupport.WGS84;
            name = crs instanceof JsonObject || crs instanceof JsonArray ? "" : crs.toString();
        }
        OptionalInt code = CrsSupport.epsgCode(name);
        if (code.isEmpty() || !CrsSupport.accepted(code.getAsInt())) {
            String accepted = "EPSG:4326, EPSG:4490, EPSG:4491–4554 (CGCS2000 Gauss–Krüger)";
            throw new ImportException(
                    ImportProblem.file(
                            "不支持的坐标系 " + name + "；可用：" + accepted,
                            "coordinate reference system "
                                    + name
                                    + " is not accepted; use "
                                    + accepted));
        }
        return code.getAsInt();
    }

    private static FeatureRecord feature(
            String layerId,
            int i,
            JsonObject f,
            int epsg,
            GeoJsonReader reader,
            Set<String> ids,
            List<ImportProblem> problems) {
        Object propsValue = f.getValue("properties");
        JsonObject props = object(propsValue);
        String id = idOf(f, props, layerId, i);
        if (!"Feature".equals(f.getValue("type"))) {
            problems.add(
                    ImportProblem.feature(
                            i, id, "type 必须是 Feature", "\"type\" must be \"Feature\""));
            return null;
        }
        if (!ids.add(id)) {
            problems.add(ImportProblem.feature(i, id, "id 重复", "duplicate id"));
            return null;
        }
        Object geomJson = f.getValue("geometry");
        if (geomJson == null) {
            problems.add(ImportProblem.feature(i, id, "缺少几何", "geometry is missing"));
            return null;
        }
        Geometry g;
        try {
            g = reader.read(Json.encode(geomJson));
        } catch (ParseException | RuntimeException e) {
            problems.add(
                    ImportProblem.feature(
                            i,
                            id,
                            "几何无法解析：" + e.getMessage(),
                            "geometry unreadable: " + e.getMessage()));
            return null;
        }
        if (g.isEmpty()) {
            problems.add(ImportProblem.feature(i, id, "几何为空", "geometry is empty"));
            return null;
        }
        TopologyValidationError err = new IsValidOp(g).getValidationError();
        if (err != null) {
            Coordinate c = err.getCoordinate();
            String at = c == null ? "" : " at (" + c.x + " " + c.y + ")";
            problems.add(
                    ImportProblem.feature(
                            i,
                            id,
                            "几何无效：" + err.getMessage() + at,
                            "invalid geometry: " + err.getMessage() + at));
            return null;
        }
        CrsSupport.toWgs84(g, epsg);
        if (!inLonLatRange(g)) {
            problems.add(
                    ImportProblem.feature(
                            i,
                            id,
                            "坐标超出经纬度范围（坐标系是否正确？）",
                            "coordinates outside lon/lat range after transformation (is the CRS right?)"));
            return null;
        }
        return new FeatureRecord(
                id,
                layerId,
                text(props, "kind", ""),
                text(props, "nameZh", ""),
                text(props, "nameEn", ""),
                text(props, "enterpriseId", null),
                propsValue instanceof JsonObject ? props.encode() : "{}",
                g);
    }

    private static String idOf(JsonObject f, JsonObject props, String layerId, int i) {
        Object id = f.getValue("id");
        if (id == null) id = props.getValue("id");
        if ((id instanceof String || id instanceof Number) && !id.toString().isEmpty())
            return id.toString();
        return layerId + "-" + (i + 1);
    }

    private static JsonObject object(Object v) {
        return v instanceof JsonObject o ? o : new JsonObject();
    }

    /**
     * A scalar member as text ({@code fallback} when absent or null; objects and arrays read as
     * empty text).
     */
    private static String text(JsonObject o, String field, String fallback) {
        Object v = o.getValue(field);
        if (v == null) return fallback;
        return v instanceof JsonObject || v instanceof JsonArray ? "" : v.toString();
    }

    private static boolean inLonLatRange(Geometry g) {
        var e = g.getEnvelopeInternal();
        return e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90;
    }

    private static List<ImportProblem> capped(List<ImportProblem> problems) {
        int max = ImportLimits.MAX_LISTED_PROBLEMS;
        if (problems.size() <= max) return problems;
        List<ImportProblem> out = new ArrayList<>(problems.subList(0, max));
        int more = problems.size() - max;
        out.add(ImportProblem.file("另有 " + more + " 个问题未列出", more + " more problems not listed"));
        return out;
    }
}
