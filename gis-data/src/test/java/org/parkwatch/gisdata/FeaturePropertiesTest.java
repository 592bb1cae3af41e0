package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.gisdata.DemoPark.FEATURES;
import static org.parkwatch.gisdata.DemoPark.byId;
import static org.parkwatch.gisdata.DemoPark.ofKind;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * Ids, required properties per feature kind and the arithmetic between them (tank volume, camera
 * view).
 */
class FeaturePropertiesTest {
    private static final Map<String, List<String>> REQUIRED =
            Map.ofEntries(
                    Map.entry("enterprise", List.of("enterpriseId", "activity", "industry")),
                    Map.entry("tank-farm", List.of("enterpriseId", "dikeHeightM")),
                    Map.entry(
                            "tank",
                            List.of(
                                    "enterpriseId",
                                    "tankFarmId",
                                    "diameterM",
                                    "heightM",
                                    "capacityM3",
                                    "chemicalCas",
                                    "chemicalZh",
                                    "chemicalEn",
                                    "tankType",
                                    "designPressureKPa")),
                    Map.entry(
                            "process-unit",
                            List.of("enterpriseId", "chemicals", "designInventoryT")),
                    Map.entry(
                            "warehouse", List.of("enterpriseId", "chemicals", "designInventoryT")),
                    Map.entry(
                            "pipeline",
                            List.of("enterpriseId", "chemicalCas", "diameterMm", "pressureMPa")),
                    Map.entry(
                            "gas-detector",
                            List.of(
                                    "enterpriseId",
                                    "gas",
                                    "detectorType",
                                    "unit",
                                    "alarmH",
                                    "alarmHH",
                                    "monitorsFeatureId")),
                    Map.entry(
                            "camera",
                            List.of("enterpriseId", "headingDeg", "fovDeg", "rangeM", "ptz")),
                    Map.entry(
                            "village", List.of("population", "protectionClass", "facilityStatus")),
                    Map.entry("school", List.of("population", "protectionClass", "facilityStatus")),
                    Map.entry(
                            "hospital",
                            List.of("beds", "population", "protectionClass", "facilityStatus")),
                    Map.entry("shelter", List.of("capacity")),
                    Map.entry("foam-store", List.of("stock")),
                    Map.entry("absorbent-store", List.of("stock")),
                    Map.entry("road", List.of("roadClass", "widthM")),
                    Map.entry("gate", List.of("enterpriseId", "gateType")),
                    Map.entry("pipe-rack", List.of("enterpriseId")),
                    Map.entry("weather-station", List.of("enterpriseId")),
                    Map.entry("air-station", List.of("enterpriseId")),
                    Map.entry("outfall", List.of("enterpriseId", "receivingWater")),
                    Map.entry("fire-station", List.of("enterpriseId")),
                    Map.entry("medical-point", List.of("enterpriseId")));
    private static final Set<String> ACTIVITIES =
            Set.of("production", "storage", "use", "trade", "transport", "disposal");
    private static final Set<String> TANK_TYPES =
            Set.of("fixed-roof", "floating-roof", "sphere", "bullet", "refrigerated");
    private static final Set<String> PROTECTION =
            Set.of("highly-sensitive", "important", "general-1", "general-2", "general-3");

    /**
     * GB 36894 limit columns: new (新建) or in-service (在役) facilities (docs/domain/risk.md
     * §Criteria).
     */
    private static final Set<String> FACILITY_STATUS = Set.of("new", "in-service");

    @Test
    void idsAreUniqueAcrossTheParkAndUseUpperCaseLettersDigitsAndHyphens() {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature f : FEATURES) {
            if (f.id() == null || !f.id().matches("[A-Z0-9]+(-[A-Z0-9_]+)+"))
                problems.add(f.where() + ": bad id");
            if (!seen.add(f.id())) problems.add(f.where() + ": duplicate id");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKindCarriesItsRequiredProperties() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature f : FEATURES) {
            for (String field : REQUIRED.getOrDefault(f.kind(), List.of())) {
                JsonNode v = f.props().get(field);
                if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                    problems.add(f.where() + ": " + field + " missing");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eightEnterprisePlotsWithTheRequiredActivitiesAndIndustries() {
        Map<String, String> industry = new HashMap<>();
        for (DemoPark.Feature f : ofKind("enterprise")) {
            assertTrue(ACTIVITIES.contains(f.props().path("activity").asText()), f.where());
            industry.put(f.enterpriseId(), f.props().path("industry").asText());
        }
        assertEquals(
                Map.of(
                        "E01",
                        "chlor-alkali",
                        "E02",
                        "synthetic ammonia",
                        "E03",
                        "LPG storage",
                        "E04",
                        "oil products storage",
                        "E05",
                        "methanol",
                        "E06",
                        "benzene and aromatics",
                        "E07",
                        "pesticides",
                        "E08",
                        "hazardous-waste disposal"),
                industry);
    }

    @Test
    void tankCapacityMatchesItsDimensionsWithinTenPercent() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature t : ofKind("tank")) {
            String type = t.props().path("tankType").asText();
            if (!TANK_TYPES.contains(type)) problems.add(t.where() + ": tankType " + type);
            double d = t.num("diameterM"), h = t.num("heightM"), r = d / 2;
            double expected =
                    switch (type) {
                        case "sphere" -> 4.0 / 3.0 * Math.PI * r * r * r;
                        case "bullet" -> Math.PI * r * r * t.num("lengthM");
                        default -> Math.PI * r * r * h;
                    };
            double capacity = t.num("capacityM3");
            if (!(Math.abs(capacity - expected) <= 0.1 * expected)) {
                problems.add(
                        t.where()
                                + ": capacity "
                                + capacity
                                + " m3 but dimensions give "
                                + Math.round(expected));
            }
            double footprint = "bullet".equals(type) ? d * t.num("lengthM") : Math.PI * r * r;
            double area = t.metres().getArea();
            if (Math.abs(area - footprint) > 0.03 * footprint) {
                problems.add(
                        t.where()
                                + ": footprint "
                                + Math.round(area)
                                + " m2, dimensions give "
                                + Math.round(footprint));
            }
            if (("sphere".equals(type) || "bullet".equals(type)) && h != d) {
                problems.add(
                        t.where()
                                + ": level range (heightM) of a sphere or bullet is its diameter");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(30, ofKind("tank").size());
    }

    @Test
    void knownTanksHaveTheirDesignValues() {
        DemoPark.Feature crude = byId("E04-TK101");
        assertEquals(54_711, crude.num("capacityM3"), 1);
        assertEquals("8002-05-9", crude.props().path("chemicalCas").asText());
        DemoPark.Feature sphere = byId("E03-SP101");
        assertEquals(974, sphere.num("capacityM3"), 1);
        assertEquals(1770, sphere.num("designPressureKPa"));
        assertEquals("E01-TF1", byId("E01-V101").props().path("tankFarmId").asText());
    }

    @Test
    void processUnitsListInventoriesForExactlyTheirChemicals() {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("process-unit", "warehouse")) {
            for (DemoPark.Feature u : ofKind(kind)) {
                Set<String> listed = new TreeSet<>();
                u.props().path("chemicals").forEach(c -> listed.add(c.asText()));
                Set<String> inventoried = new TreeSet<>();
                u.props()
                        .path("designInventoryT")
                        .fields()
                        .forEachRemaining(
                                e -> {
                                    inventoried.add(e.getKey());
                                    if (!(e.getValue().asDouble() > 0))
                                        problems.add(u.where() + ": inventory of " + e.getKey());
                                });
                if (listed.isEmpty() || !listed.equals(inventoried))
                    problems.add(u.where() + ": " + listed + " vs " + inventoried);
            }
        }
        assertEquals(List.of(), problems);
        // Phosgene hold-up above its GB 18218 Table 1 critical quantity (0.3 t): E07's phosgenation
        // is a major hazard.
        assertEquals(
                0.45, byId("E07-U100").props().path("designInventoryT").path("75-44-5").asDouble());
    }

    @Test
    void gasDetectorsHaveOrderedAlarmsAndMatchingUnits() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature d : ofKind("gas-detector")) {
            String type = d.props().path("detectorType").asText(),
                    unit = d.props().path("unit").asText();
            if (!("toxic".equals(type) && "ppm".equals(unit)
                    || "flammable".equals(type) && "%LEL".equals(unit))) {
                problems.add(d.where() + ": " + type + " detector in " + unit);
            }
            if (!(0 < d.num("alarmH")
                    && d.num("alarmH") < d.num("alarmHH")
                    && d.num("alarmHH") <= d.num("rangeMax"))) {
                problems.add(d.where() + ": alarms not 0 < H < HH <= range");
            }
            if (!DemoPark.BY_ID.containsKey(d.props().path("monitorsFeatureId").asText())) {
                problems.add(d.where() + ": monitors unknown feature");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void camerasHaveACompassHeadingAndSeeATankFarm() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature c : ofKind("camera")) {
            double heading = c.num("headingDeg");
            if (!(heading >= 0 && heading < 360)) problems.add(c.where() + ": heading " + heading);
            if (!(c.num("fovDeg") > 0 && c.num("fovDeg") <= 360 && c.num("rangeM") > 0))
                problems.add(c.where() + ": view");
        }
        for (DemoPark.Feature farm : ofKind("tank-farm")) {
            if (farm.id().equals("E01-TF2")
                    || farm.id().equals("E04-TF3")
                    || farm.id().equals("E08-TF2")) continue;
            boolean seen =
                    ofKind("camera").stream().anyMatch(c -> sees(c, DemoPark.centreMetres(farm)));
            if (!seen) problems.add(farm.where() + ": no camera looks at it");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void sensitiveTargetsCarryGb36894ClassesConsistentWithTheirPopulation() {
        List<String> problems = new ArrayList<>();
        for (String kind : List.of("village", "school", "hospital")) {
            for (DemoPark.Feature t : ofKind(kind)) {
                String cls = t.props().path("protectionClass").asText();
                int pop = t.props().path("population").asInt(-1);
                if (!PROTECTION.contains(cls) || pop <= 0)
                    problems.add(t.where() + ": " + cls + " / " + pop);
                String expected =
                        !kind.equals("village")
                                ? "highly-sensitive"
                                : pop >= 100 ? "general-1" : pop >= 30 ? "general-2" : "general-3";
                if (!expected.equals(cls))
                    problems.add(t.where() + ": class " + cls + ", expected " + expected);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(9, ofKind("village").size());
        assertEquals(60, byId("HOSP-BINHE").props().path("beds").asInt());
    }

    @Test
    void sensitiveTargetsSayWhichGb36894LimitsApplyAndTheDemoHasBoth() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String kind : List.of("village", "school", "hospital")) {
            for (DemoPark.Feature t : ofKind(kind)) {
                var v = t.props().path("facilityStatus");
                if (!v.isTextual() || !FACILITY_STATUS.contains(v.asText())) {
                    problems.add(
                            t.where() + ": facilityStatus " + v + ", expected new or in-service");
                }
                seen.add(v.asText());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(FACILITY_STATUS, seen, "the demo shows both columns");
        assertEquals("new", byId("V-DONGWANGZHUANG").props().path("facilityStatus").asText());
    }

    /** True when the point lies inside the camera's view sector (heading ± fov/2, within range). */
    private static boolean sees(DemoPark.Feature camera, Coordinate target) {
        Coordinate c = camera.metres().getCoordinate();
        double dx = target.x - c.x, dy = target.y - c.y;
        double bearing = (Math.toDegrees(Math.atan2(dx, dy)) + 360) % 360;
        double off = Math.abs(((bearing - camera.num("headingDeg")) + 540) % 360 - 180);
        return off <= camera.num("fovDeg") / 2 && Math.hypot(dx, dy) <= camera.num("rangeM");
    }
}
