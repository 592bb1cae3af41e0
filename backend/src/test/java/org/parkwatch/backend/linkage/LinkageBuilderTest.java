package org.parkwatch.backend.linkage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.hazard.ChemicalProperties;
import org.parkwatch.backend.hazard.DisposalCards;
import org.parkwatch.backend.hazard.registry.DutyContact;
import org.parkwatch.model.park.ParkCatalog;

/**
 * Linkage packages on the demo park with its real geometry. Expected values were measured on the
 * gis-data layers: E01-CAM1 stands 64 m south-west of the chlorine storage E01-TF1 looking 45° (the
 * storage lies at bearing 45°); E01-CAM2 looks the right way but the storage is 325 m off, beyond
 * its 160 m range; Xiaolizhuang (320 people) is about 410 m away, every other sensitive target more
 * than 1000 m; the park fire station PARK-FS1 about 1.66 km.
 */
class LinkageBuilderTest {
    private static LinkageFeatures features;
    private static LinkageBuilder builder;

    @BeforeAll
    static void load() {
        ParkCatalog park = ParkCatalog.loadDemo();
        features = LinkageFeatures.from(park);
        Map<String, List<DutyContact>> registry =
                Map.of("E01", List.of(new DutyContact("E01", "张伟", "值班长", "13912345678")));
        builder =
                new LinkageBuilder(
                        features,
                        features.index(),
                        ChemicalProperties.loadDefault(),
                        DisposalCards.loadDefault(),
                        ParkContacts.preferring(
                                e -> registry.getOrDefault(e, List.of()), new ParkContacts(park)),
                        LinkageConfig.defaults());
    }

    @Test
    void chlorineStorageOfE01() {
        LinkagePackage p =
                builder.build(List.of("E01-TF1"), Double.NaN, Double.NaN, List.of("E01"));
        assertEquals("E01-TF1", p.place().featureId());
        assertEquals(113.93434, p.place().lon(), 1e-4);
        assertEquals(35.25834, p.place().lat(), 1e-4);

        assertEquals(
                List.of("E01-CAM1"), p.cameras().stream().map(LinkagePackage.Camera::id).toList());
        assertEquals(64, p.cameras().get(0).distanceM(), 3);
        assertEquals(45, p.cameras().get(0).bearingDeg(), 2);

        assertEquals(
                List.of("V-XIAOLIZHUANG"),
                p.targets().stream().map(LinkagePackage.Target::id).toList());
        assertEquals(320, p.people());
        assertTrue(
                p.targets().get(0).distanceM() > 300 && p.targets().get(0).distanceM() < 420,
                "village edge " + p.targets().get(0).distanceM() + " m");

        LinkagePackage.Resource fire =
                p.resources().stream()
                        .filter(r -> r.kind().equals("fire-station"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("PARK-FS1", fire.id());
        assertEquals(1664, fire.distanceM(), 1664 * 0.02);
        assertEquals(
                "E01-ABS1",
                p.resources().get(0).id(),
                "nearest resource first: the plant's absorbent store");
        assertEquals(5, p.resources().size(), "one of each kind");

        LinkagePackage.Chemical cl2 =
                p.chemicals().stream()
                        .filter(c -> c.cas().equals("7782-50-5"))
                        .findFirst()
                        .orElseThrow();
        assertNotNull(cl2.record());
        assertEquals("氯", cl2.record().nameZh().substring(0, 1));
        assertNotNull(cl2.card(), "chlorine has a disposal card");
        assertTrue(
                cl2.atFeatures().contains("E01-V101"),
                "found through the farm's tanks: " + cl2.atFeatures());

        assertEquals("张伟", p.contacts().get(0).name());
    }

    @Test
    void aDetectorLeadsToTheTankItMonitorsAndAWiderRadiusFindsMorePeople() {
        LinkagePackage p =
                builder.build(List.of("E01-GD101"), Double.NaN, Double.NaN, List.of("E01"));
        assertEquals(
                List.of("7782-50-5"),
                p.chemicals().stream().map(LinkagePackage.Chemical::cas).toList());
        assertEquals(List.of("E01-GD101", "E01-V101"), p.chemicals().get(0).atFeatures());

        LinkageBuilder wide =
                new LinkageBuilder(
                        features,
                        features.index(),
                        ChemicalProperties.loadDefault(),
                        DisposalCards.loadDefault(),
                        e -> List.of(),
                        new LinkageConfig(1500, 1000, 5));
        LinkagePackage w = wide.build(List.of("E01-TF1"), Double.NaN, Double.NaN, List.of());
        assertTrue(w.people() > 320, "more villages within 1500 m: " + w.targets());
        assertTrue(w.contacts().isEmpty());
    }

    @Test
    void aCameraDoesNotSeeBehindItself() {
        // 50 m from E01-CAM1 at bearing 225° (it looks at 45°): in range, outside the cone
        double lon = 113.9338479, lat = 35.2579318;
        double dLat = -50 * Math.cos(Math.toRadians(45)) / 111_195.0;
        double dLon =
                -50 * Math.sin(Math.toRadians(45)) / (111_195.0 * Math.cos(Math.toRadians(lat)));
        LinkagePackage p = builder.build(List.of(), lon + dLon, lat + dLat, List.of());
        assertFalse(
                p.cameras().stream().anyMatch(c -> c.id().equals("E01-CAM1")),
                p.cameras().toString());
        assertTrue(CameraView.sees(45, 60, 150, 50, 74));
        assertFalse(CameraView.sees(45, 60, 150, 50, 76));
        assertFalse(CameraView.sees(45, 60, 150, 151, 45));
        assertTrue(CameraView.sees(350, 60, 150, 100, 10), "the cone wraps around north");
    }

    @Test
    void noLocationIsRefusedWithTheReason() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> builder.build(List.of("NOPE"), Double.NaN, Double.NaN, List.of()));
        assertTrue(e.getMessage().contains("NOPE"));
    }
}
