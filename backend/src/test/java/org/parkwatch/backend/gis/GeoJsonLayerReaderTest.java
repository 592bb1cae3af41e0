package org.parkwatch.backend.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class GeoJsonLayerReaderTest {
    private final GeoJsonLayerReader reader = new GeoJsonLayerReader(ImportLimits.DEFAULT);

    @Test
    void crsNamesAreRecognisedInTheirUsualSpellings() {
        assertEquals(OptionalInt.of(4547), CrsSupport.epsgCode("EPSG:4547"));
        assertEquals(OptionalInt.of(4547), CrsSupport.epsgCode("urn:ogc:def:crs:EPSG::4547"));
        assertEquals(
                OptionalInt.of(4490),
                CrsSupport.epsgCode("http://www.opengis.net/def/crs/EPSG/0/4490"));
        assertEquals(OptionalInt.of(4326), CrsSupport.epsgCode("urn:ogc:def:crs:OGC:1.3:CRS84"));
        assertEquals(OptionalInt.empty(), CrsSupport.epsgCode("Beijing 1954"));
        assertTrue(
                CrsSupport.accepted(4491)
                        && CrsSupport.accepted(4554)
                        && !CrsSupport.accepted(4555));
    }

    @Test
    void propertiesAndIdsAreKeptAndMissingIdsNumbered() throws Exception {
        List<FeatureRecord> f =
                reader.read(
                        "wells",
                        bytes(
                                "{\"type\":\"FeatureCollection\",\"features\":["
                                        + "{\"type\":\"Feature\",\"id\":7,\"properties\":{\"kind\":\"well\",\"nameEn\":\"W\",\"depthM\":12},"
                                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.9,34.7]}},"
                                        + "{\"type\":\"Feature\",\"properties\":{\"enterpriseId\":\"E03\"},"
                                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.91,34.71]}}]}"),
                        null);
        assertEquals(List.of("7", "wells-2"), f.stream().map(FeatureRecord::id).toList());
        assertEquals("well", f.get(0).kind());
        assertEquals("{\"kind\":\"well\",\"nameEn\":\"W\",\"depthM\":12}", f.get(0).propsJson());
        assertEquals("E03", f.get(1).enterpriseId());
        assertEquals(4326, f.get(1).geometry().getSRID());
    }

    @Test
    void everyBadFeatureIsListedByIndex() {
        ImportException e =
                assertThrows(
                        ImportException.class,
                        () ->
                                reader.read(
                                        "x",
                                        bytes(
                                                "{\"type\":\"FeatureCollection\",\"features\":["
                                                        + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}},"
                                                        + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}},"
                                                        + "{\"type\":\"Feature\",\"id\":\"b\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":[500,2]}},"
                                                        + "{\"type\":\"Feature\",\"id\":\"c\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[0,0]]]}}"
                                                        + "]}"),
                                        null));
        assertEquals(
                List.of(1, 2, 3), e.problems().stream().map(ImportProblem::featureIndex).toList());
        assertEquals("feature 1 (id a): duplicate id", e.problems().get(0).en());
        assertTrue(e.problems().get(1).en().contains("outside lon/lat range"), e.getMessage());
        assertTrue(
                e.problems()
                        .get(2)
                        .en()
                        .startsWith("feature 3 (id c): invalid geometry: Too few distinct points"),
                e.getMessage());
        assertTrue(e.problems().get(0).zh().startsWith("第 1 个要素"), e.problems().get(0).zh());
    }

    @Test
    void tooManyFeaturesIsRefusedBeforeReadingThem() {
        GeoJsonLayerReader one = new GeoJsonLayerReader(new ImportLimits(1_000_000, 1));
        ImportException e =
                assertThrows(
                        ImportException.class,
                        () ->
                                one.read(
                                        "x",
                                        bytes(
                                                "{\"type\":\"FeatureCollection\",\"features\":[{},{}]}"),
                                        null));
        assertEquals("2 features; the limit is 1", e.getMessage());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
