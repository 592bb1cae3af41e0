package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.park.ParkCatalog;

/** The demo park's units (gis-data) graded statically from design quantities. */
class ParkHazardUnitsTest {

    private static final double TOL = 1e-3;

    private static final Gb18218Catalogue CAT = Gb18218Catalogue.loadDefault();
    private static final ChemicalResolver RESOLVER =
            new ChemicalResolver(CAT, ChemicalProperties.loadDefault());
    private static final ParkCatalog PARK = ParkCatalog.loadDemo();

    private List<HazardUnit> units() {
        return ParkHazardUnits.fromLayers(ParkLayerReader.read(PARK), RESOLVER, unit -> 0);
    }

    private Map<String, GradingResult> grades() {
        return new LiveGradingTracker(new MajorHazardGrader(CAT), units()).all();
    }

    @Test
    void everyTankFarmProcessUnitAndWarehouseBecomesAUnit() {
        List<HazardUnit> units = units();
        assertEquals(14 + 15 + 3, units.size());
        HazardUnit tf1 =
                units.stream().filter(u -> u.id().equals("E01-TF1")).findFirst().orElseThrow();
        assertEquals(
                List.of("E01-V101", "E01-V102", "E01-V103"),
                tf1.tanks().stream().map(Tank::id).collect(Collectors.toList()));
    }

    @Test
    void chlorineStorageIsALevel1MajorHazard() {
        GradingResult g = grades().get("E01-TF1");
        // 3 × π·1.4²·12 m³ × 1410 kg/m³ × 0.9 = 281.300 t; S = 56.260; R = 0.5 × 4 × 56.260 =
        // 112.52
        assertEquals(281.300, g.items().get(0).quantityT(), TOL);
        assertEquals(56.260, g.s(), TOL);
        assertEquals(112.520, g.r(), TOL);
        assertEquals(1, g.level());
    }

    @Test
    void acidAndCausticTankFarmDoesNotCount() {
        GradingResult g = grades().get("E01-TF2");
        assertEquals(2, g.items().size());
        assertEquals(0, g.s());
        assertFalse(g.majorHazard());
    }

    @Test
    void phosgenationUnitIsAMajorHazardFromItsHoldup() {
        GradingResult g = grades().get("E07-U100");
        // 0.45/0.3 + 0.2/20 + 0.5/5 = 1.61; R = 0.5 × (20×1.5 + 2×0.01 + 4×0.1) = 15.21
        assertEquals(1.61, g.s(), TOL);
        assertEquals(15.21, g.r(), TOL);
        assertEquals(3, g.level());
    }

    @Test
    void smallTolueneStoreIsNotAMajorHazard() {
        GradingResult g = grades().get("E08-WH1");
        assertEquals(30.0 / 500, g.s(), TOL);
        assertFalse(g.majorHazard());
        assertTrue(grades().get("E04-TF1").majorHazard()); // crude oil: 84,692 t / 1000 t
    }
}
