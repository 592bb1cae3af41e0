package org.parkwatch.gisdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parkwatch.gisdata.DemoPark.BY_ID;
import static org.parkwatch.gisdata.DemoPark.CATALOG;
import static org.parkwatch.gisdata.DemoPark.byId;
import static org.parkwatch.gisdata.DemoPark.ofKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.EnterpriseInfo;
import org.parkwatch.model.park.EnterpriseTags;
import org.parkwatch.model.park.TagDefinition;
import org.parkwatch.model.park.TagKind;
import org.parkwatch.model.park.TagLimits;

/**
 * The per-enterprise tag lists: ids, OPC UA nodes, ranges, limits and the features they belong to.
 */
class TagListTest {

    @Test
    void everyEnterpriseServesItsOwnNamespaceAndNodesFollowTagIds() {
        List<String> problems = new ArrayList<>();
        for (EnterpriseInfo e : CATALOG.enterprises()) {
            EnterpriseTags tags =
                    CATALOG.tagsOf(e.id())
                            .orElseThrow(() -> new AssertionError(e.id() + ": no tag list"));
            assertEquals(e.id(), tags.enterpriseId());
            assertEquals("urn:parkwatch:sim:" + e.id(), tags.namespaceUri());
            for (TagDefinition t : tags.tags()) {
                if (!t.id().matches("[A-Z0-9_.]+") || !t.enterpriseId().equals(e.id()))
                    problems.add(t.id() + ": bad id");
                String expectedNode =
                        "nsu="
                                + tags.namespaceUri()
                                + ";s="
                                + t.id().substring(e.id().length() + 1);
                if (!expectedNode.equals(t.node())) problems.add(t.id() + ": node " + t.node());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void tagIdsAndNodesAreUnique() {
        List<TagDefinition> all =
                CATALOG.tagLists().stream().flatMap(l -> l.tags().stream()).toList();
        assertEquals(
                all.size(), new HashSet<>(all.stream().map(TagDefinition::id).toList()).size());
        assertEquals(
                all.size(), new HashSet<>(all.stream().map(TagDefinition::node).toList()).size());
        assertEquals(557, all.size()); // 556 + PARK.SYS.DRILL (issue 14 drills)
    }

    @Test
    void everyTagPointsAtAFeatureOfItsOwnEnterprise() {
        List<String> problems = new ArrayList<>();
        for (TagDefinition t : CATALOG.allTags()) {
            DemoPark.Feature f = BY_ID.get(t.featureId());
            if (f == null) problems.add(t.id() + ": unknown feature " + t.featureId());
            else if (!t.enterpriseId().equals(f.enterpriseId())) {
                problems.add(t.id() + ": feature " + f.id() + " belongs to " + f.enterpriseId());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void rangesAndLimitsAreOrderedAndInsideTheRange() {
        List<String> problems = new ArrayList<>();
        for (TagDefinition t : CATALOG.allTags()) {
            if (!(t.min() < t.max()))
                problems.add(t.id() + ": min " + t.min() + " >= max " + t.max());
            if (t.samplingMs() <= 0 || t.deadband() < 0)
                problems.add(t.id() + ": sampling/deadband");
            if (t.kind().isDiscrete()) {
                if (!t.unit().isEmpty()
                        || t.min() != 0
                        || t.max() != 1
                        || !t.limits().equals(TagLimits.NONE)) {
                    problems.add(
                            t.id() + ": discrete tag needs unit \"\", range 0..1 and no limits");
                }
                continue;
            }
            if (t.unit().isEmpty()) problems.add(t.id() + ": analogue tag without unit");
            List<Double> present = new ArrayList<>();
            TagLimits l = t.limits();
            for (Double v : new Double[] {l.ll(), l.l(), l.h(), l.hh()})
                if (v != null) present.add(v);
            for (int i = 0; i < present.size(); i++) {
                if (present.get(i) < t.min() || present.get(i) > t.max())
                    problems.add(t.id() + ": limit outside range");
                if (i > 0 && present.get(i) < present.get(i - 1))
                    problems.add(t.id() + ": limits out of order");
            }
            if (l.l() != null && l.h() != null && !(l.l() < l.h()))
                problems.add(t.id() + ": l >= h");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyTankHasLevelAndTemperatureAndLevelSpansTheTankHeight() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature tank : ofKind("tank")) {
            Map<TagKind, TagDefinition> byKind = tagsOf(tank.id());
            TagDefinition level = byKind.get(TagKind.LEVEL);
            if (level == null || !byKind.containsKey(TagKind.TEMPERATURE)) {
                problems.add(tank.id() + ": missing level or temperature");
                continue;
            }
            if (level.min() != 0
                    || level.max() != tank.num("heightM")
                    || !"m".equals(level.unit())) {
                problems.add(
                        level.id()
                                + ": range "
                                + level.min()
                                + ".."
                                + level.max()
                                + " for height "
                                + tank.num("heightM"));
            }
            if (!(level.limits().hh() < tank.num("heightM")))
                problems.add(level.id() + ": HH at or above the top");
            boolean pressurised = tank.num("designPressureKPa") > 0;
            if (pressurised != byKind.containsKey(TagKind.PRESSURE))
                problems.add(tank.id() + ": pressure tag");
        }
        assertEquals(List.of(), problems);
        TagDefinition v101 = CATALOG.tag("E01.V101.PT").orElseThrow();
        assertEquals(
                1130.0,
                v101.limits().h(),
                "70 % of the 1620 kPa design pressure, rounded to 10 kPa");
    }

    @Test
    void everyDetectorHasAConcentrationTagMatchingItsAlarmsAndAFaultTag() {
        List<String> problems = new ArrayList<>();
        for (DemoPark.Feature d : ofKind("gas-detector")) {
            Map<TagKind, TagDefinition> byKind = tagsOf(d.id());
            TagKind gasKind =
                    "toxic".equals(d.props().path("detectorType").asText())
                            ? TagKind.GAS_TOXIC
                            : TagKind.GAS_FLAMMABLE;
            TagDefinition gas = byKind.get(gasKind);
            if (gas == null || !byKind.containsKey(TagKind.DETECTOR_FAULT)) {
                problems.add(d.id() + ": missing concentration or fault tag");
                continue;
            }
            if (!gas.unit().equals(d.props().path("unit").asText())
                    || gas.limits().h() != d.num("alarmH")
                    || gas.limits().hh() != d.num("alarmHH")
                    || gas.max() != d.num("rangeMax")) {
                problems.add(gas.id() + ": unit/limits/range differ from the detector feature");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(116, ofKind("gas-detector").size());
    }

    @Test
    void everyProductionEnterpriseHasSisTripAndBypassTags() {
        for (EnterpriseInfo e : CATALOG.enterprises()) {
            if (e.id().equals("PARK")) continue;
            Set<TagKind> kinds = EnumSet.noneOf(TagKind.class);
            CATALOG.tagsOf(e.id()).orElseThrow().tags().forEach(t -> kinds.add(t.kind()));
            assertTrue(
                    kinds.containsAll(
                            Set.of(
                                    TagKind.SIS_TRIP,
                                    TagKind.SIS_BYPASS,
                                    TagKind.RUN_STATE,
                                    TagKind.LEVEL,
                                    TagKind.TEMPERATURE,
                                    TagKind.PRESSURE,
                                    TagKind.DETECTOR_FAULT)),
                    e.id() + ": " + kinds);
        }
    }

    @Test
    void parkOperatorServesWeatherAirAndWaterTags() {
        List<TagDefinition> park = CATALOG.tagsOf("PARK").orElseThrow().tags();
        Map<TagKind, String> weather =
                park.stream()
                        .filter(t -> t.featureId().equals("PARK-WS1"))
                        .collect(Collectors.toMap(TagDefinition::kind, TagDefinition::unit));
        assertEquals(
                Map.of(
                        TagKind.WIND_SPEED,
                        "m/s",
                        TagKind.WIND_DIRECTION,
                        "deg",
                        TagKind.AIR_TEMPERATURE,
                        "degC",
                        TagKind.HUMIDITY,
                        "%",
                        TagKind.SOLAR_RADIATION,
                        "W/m2",
                        TagKind.CLOUD_COVER,
                        "okta"),
                weather);
        assertEquals(96, park.stream().filter(t -> t.kind() == TagKind.AIR_QUALITY).count());
        assertEquals(7, park.stream().filter(t -> t.kind() == TagKind.WATER_QUALITY).count());
        assertEquals("weather-station", byId("PARK-WS1").kind());
        TagDefinition wd = CATALOG.tag("PARK.WS1.WD").orElseThrow();
        assertEquals(360.0, wd.max());
    }

    private static Map<TagKind, TagDefinition> tagsOf(String featureId) {
        return CATALOG.allTags().stream()
                .filter(t -> t.featureId().equals(featureId))
                .collect(Collectors.toMap(TagDefinition::kind, t -> t, (a, b) -> a));
    }
}
