package org.parkwatch.backend.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A stored feature's properties read once into typed accessors. */
class FeatureAttributesJsonTest {

    private static final FeatureAttributes TANK =
            FeatureAttributesJson.parse(
                    "{\"chemicalCas\":\"7782-50-5\","
                            + "\"heightM\":12.5,\"population\":\"320\",\"ptz\":true,\"chemicals\":[\"67-56-1\",null,{\"x\":1}],"
                            + "\"gas\":null,\"nested\":{\"a\":[1,2]}}");

    @Test
    void scalarsReadAsTextNumbersAndBooleans() {
        assertEquals("7782-50-5", TANK.text("chemicalCas", ""));
        assertEquals(12.5, TANK.number("heightM", 0));
        assertEquals(320, TANK.integer("population", 0), "a number written as text still counts");
        assertTrue(TANK.bool("ptz", false));
        assertEquals("12.5", TANK.text("heightM", ""));
    }

    @Test
    void absentNullAndWrongKindsGiveTheFallback() {
        assertFalse(TANK.has("gas"));
        assertTrue(TANK.text("gas").isEmpty());
        assertEquals(-1, TANK.number("chemicalCas", -1));
        assertEquals("?", TANK.text("nested", "?"));
        assertFalse(TANK.bool("missing", false));
    }

    @Test
    void listsKeepTheirScalarEntriesAndNestedValuesArePlainJava() {
        assertEquals(List.of("67-56-1"), TANK.texts("chemicals"));
        assertEquals(List.of(), TANK.texts("chemicalCas"));
        assertEquals(List.of(1, 2), ((Map<?, ?>) TANK.asMap().get("nested")).get("a"));
    }

    @Test
    void textThatIsNotAnObjectIsRefusedOrEmptyForStoredFeatures() {
        assertThrows(IllegalArgumentException.class, () -> FeatureAttributesJson.parse("[1]"));
        assertThrows(IllegalArgumentException.class, () -> FeatureAttributesJson.parse("{bad"));
        FeatureRecord broken =
                new FeatureRecord(
                        "F1",
                        "tanks",
                        "tank",
                        "",
                        "",
                        null,
                        "{bad",
                        new GeometryFactory().createPoint(new Coordinate(114, 35)));
        assertSame(FeatureAttributes.EMPTY, FeatureAttributesJson.of(broken));
    }
}
