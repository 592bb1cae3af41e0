package org.parkwatch.backend.gis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a GeoJSON FeatureCollection into {@link FeatureRecord}s for one layer, validating everything first: size,
 * JSON syntax (line and column), CRS (named when refused), every feature's id and geometry (index and JTS reason).
 * Either every feature is returned or an {@link ImportException} lists all problems.
 */
public final class GeoJsonLayerReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ImportLimits limits;

    public GeoJsonLayerReader(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * @param crsOverride a CRS name ({@code EPSG:4547}) that wins over the file's {@code crs} member; null = use the
     *                    file's, else EPSG:4326 (RFC 7946)
     */
    public List<FeatureRecord> read(String layerId, byte[] geoJson, String crsOverride) throws ImportException {
        if (geoJson.length > limits.maxBytes()) {
            throw new ImportException(ImportProblem.file(
                    "文件大小 " + geoJson.length + " 字节，超过上限 " + limits.maxBytes() + " 字节",
                    "file is " + geoJson.length + " bytes; the limit is " + limits.maxBytes() + " bytes"));
        }
        JsonNode root = parse(geoJson);
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new ImportException(ImportProblem.file("根对象的 type 必须是 FeatureCollection",
                    "the top-level object must have \"type\": \"FeatureCollection\""));
        }
        int epsg = crsOf(root, crsOverride);
        JsonNode features = root.path("features");
        if (!features.isArray()) {
            throw new ImportException(ImportProblem.file("缺少 features 数组", "\"features\" array is missing"));
        }
        if (features.size() > limits.maxFeatures()) {
            throw new ImportException(ImportProblem.file(
                    "要素数 " + features.size() + " 超过上限 " + limits.maxFeatures(),
                    features.size() + " features; the limit is " + limits.maxFeatures()));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<FeatureRecord> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        GeoJsonReader geometryReader = new GeoJsonReader(GisRepository.GEOMETRY_4326);
        for (int i = 0; i < features.size(); i++) {
            FeatureRecord f = feature(layerId, i, features.get(i), epsg, geometryReader, ids, problems);
            if (f != null) out.add(f);
        }
        if (!problems.isEmpty()) throw new ImportException(capped(problems));
        return out;
    }

    private static JsonNode parse(byte[] geoJson) throws ImportException {
        try {
            JsonNode root = JSON.readTree(geoJson);
            if (root == null || !root.isObject()) {
                throw new ImportException(ImportProblem.file("文件不是 JSON 对象", "the file is not a JSON object"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
            String whereZh = at == null ? "" : "第 " + at.getLineNr() + " 行第 " + at.getColumnNr() + " 列";
            String reason = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ImportException(ImportProblem.file("JSON 格式错误，位置" + whereZh + "：" + reason,
                    "malformed JSON at" + where + ": " + reason));
        } catch (IOException e) {
            throw new ImportException(ImportProblem.file("无法读取：" + e.getMessage(), "unreadable: " + e.getMessage()));
        }
    }

    private static int crsOf(JsonNode root, String crsOverride) throws ImportException {
        String name = crsOverride;
        if (name == null) {
            JsonNode crs = root.path("crs").path("properties").path("name");
            if (crs.isMissingNode() || crs.isNull()) return CrsSupport.WGS84;
            name = crs.asText();
        }
        OptionalInt code = CrsSupport.epsgCode(name);
        if (code.isEmpty() || !CrsSupport.accepted(code.getAsInt())) {
            String accepted = "EPSG:4326, EPSG:4490, EPSG:4491–4554 (CGCS2000 Gauss–Krüger)";
            throw new ImportException(ImportProblem.file("不支持的坐标系 " + name + "；可用：" + accepted,
                    "coordinate reference system " + name + " is not accepted; use " + accepted));
        }
        return code.getAsInt();
    }

    private static FeatureRecord feature(String layerId, int i, JsonNode f, int epsg, GeoJsonReader reader,
                                         Set<String> ids, List<ImportProblem> problems) {
        JsonNode props = f.path("properties");
        String id = idOf(f, props, layerId, i);
        if (!"Feature".equals(f.path("type").asText())) {
            problems.add(ImportProblem.feature(i, id, "type 必须是 Feature", "\"type\" must be \"Feature\""));
            return null;
        }
        if (!ids.add(id)) {
            problems.add(ImportProblem.feature(i, id, "id 重复", "duplicate id"));
            return null;
        }
        JsonNode geomJson = f.get("geometry");
        if (geomJson == null || geomJson.isNull()) {
            problems.add(ImportProblem.feature(i, id, "缺少几何", "geometry is missing"));
            return null;
        }
        Geometry g;
        try {
            g = reader.read(geomJson.toString());
        } catch (ParseException | RuntimeException e) {
            problems.add(ImportProblem.feature(i, id, "几何无法解析：" + e.getMessage(),
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
            problems.add(ImportProblem.feature(i, id, "几何无效：" + err.getMessage() + at,
                    "invalid geometry: " + err.getMessage() + at));
            return null;
        }
        CrsSupport.toWgs84(g, epsg);
        if (!inLonLatRange(g)) {
            problems.add(ImportProblem.feature(i, id, "坐标超出经纬度范围（坐标系是否正确？）",
                    "coordinates outside lon/lat range after transformation (is the CRS right?)"));
            return null;
        }
        return new FeatureRecord(id, layerId, props.path("kind").asText(""), props.path("nameZh").asText(""),
                props.path("nameEn").asText(""), props.hasNonNull("enterpriseId") ? props.get("enterpriseId").asText() : null,
                props.isObject() ? props.toString() : "{}", g);
    }

    private static String idOf(JsonNode f, JsonNode props, String layerId, int i) {
        JsonNode id = f.get("id");
        if (id == null || id.isNull()) id = props.get("id");
        if (id != null && (id.isTextual() || id.isNumber()) && !id.asText().isEmpty()) return id.asText();
        return layerId + "-" + (i + 1);
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
