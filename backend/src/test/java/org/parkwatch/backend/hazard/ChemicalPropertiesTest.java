package org.parkwatch.backend.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parkwatch.model.consequence.ToxicChemical;
import org.parkwatch.model.consequence.ToxicChemicals;

class ChemicalPropertiesTest {

    /** Every CAS number the demo park (branch gisdata, gis-data/.../demo-park) uses. */
    private static final List<String> DEMO_PARK_CAS =
            List.of(
                    "108-88-3",
                    "1310-73-2",
                    "1330-20-7",
                    "1333-74-0",
                    "1336-21-6",
                    "2921-88-2",
                    "630-08-0",
                    "67-56-1",
                    "68334-30-5",
                    "68476-85-7",
                    "71-43-2",
                    "75-44-5",
                    "7647-01-0",
                    "7664-41-7",
                    "7782-50-5",
                    "7783-06-4",
                    "8002-05-9",
                    "86290-81-5");

    private final ChemicalProperties props = ChemicalProperties.loadDefault();
    private final ChemicalResolver resolver =
            new ChemicalResolver(Gb18218Catalogue.loadDefault(), props);

    @Test
    void everyDemoParkChemicalIsKnown() {
        for (String cas : DEMO_PARK_CAS) {
            assertTrue(props.byCas(cas).isPresent(), cas);
        }
        assertTrue(props.byCas("74-90-8").isPresent()); // hydrogen cyanide
    }

    @Test
    void everyValueHasASourceWithAStatusTag() {
        for (ChemicalRecord r : props.all()) {
            r.properties()
                    .forEach(
                            (k, v) ->
                                    assertTrue(
                                            v.source().matches(".*\\[[VPU]]$"),
                                            r.id() + "." + k + ": " + v.source()));
            assertTrue(r.flags().source().endsWith("[P]"), r.id());
            assertFalse(r.ghs().isEmpty(), r.id());
        }
    }

    @Test
    void knownValuesAndFlags() {
        ChemicalRecord cl2 = props.byName("液氯").orElseThrow();
        assertEquals(70.90, cl2.property("molarMassGPerMol").orElseThrow().value());
        assertEquals(20, cl2.property("erpg3Ppm").orElseThrow().value());
        assertTrue(cl2.flags().highlyToxic());
        assertTrue(cl2.flags().keySupervised());
        ChemicalRecord benzene = props.byCas("71-43-2").orElseThrow();
        assertEquals(
                1740,
                benzene.property("liquidHeatCapacityJPerKgK").orElseThrow().value()); // F1 vector
        assertTrue(props.byName("光气").orElseThrow().flags().highlyToxic());
        assertFalse(props.byName("甲醇").orElseThrow().flags().highlyToxic());
        assertEquals(
                1100,
                props.byName("ammonia")
                        .orElseThrow()
                        .property("aegl3Ppm60min")
                        .orElseThrow()
                        .value());
    }

    @Test
    void hydrochloricAcidByNameIsNotAnhydrousHydrogenChloride() {
        assertEquals(20, resolver.byCas("7647-01-0").criticalQuantityT());
        ResolvedChemical acid = resolver.byCasAndName("7647-01-0", "盐酸(31%)", null);
        assertEquals("盐酸", acid.nameZh());
        assertFalse(acid.counts());
        assertFalse(resolver.byName("液碱(32%氢氧化钠)").counts());
        assertEquals(3.0, resolver.byCasAndName("7647-01-0", "氯化氢", null).beta());
    }

    @Test
    void demoTankGeometriesReproduceTheLayersCapacities() {
        assertEquals(74, TankGeometry.of("bullet", 2.8, 2.8, 12.0).capacityM3(), 0.5);
        assertEquals(974, TankGeometry.of("sphere", 12.3, 12.3, null).capacityM3(), 0.5);
        assertEquals(5027, TankGeometry.of("refrigerated", 20, 16, null).capacityM3(), 0.5);
        assertEquals(54711, TankGeometry.of("floating-roof", 60, 19.35, null).capacityM3(), 1);
    }

    @Test
    void toxicLevelsComeFromTheModelsOneSource() {
        // the model's ToxicChemicals is the only place ERPG/AEGL values live; the records carry
        // them with its source
        ChemicalRecord phosgene = props.byId("phosgene").orElseThrow();
        ToxicChemical model = ToxicChemicals.byCatalogueId("phosgene").orElseThrow();
        assertEquals(
                model.level("AEGL-3").orElseThrow().ppm(),
                phosgene.property("aegl3Ppm60min").orElseThrow().value());
        assertTrue(phosgene.property("erpg3Ppm").orElseThrow().source().startsWith("AIHA"));
        assertFalse(phosgene.property("erpg1Ppm").isPresent()); // no ERPG-1 published
    }

    @Test
    void aToxicLevelInTheChemicalsFileIsRefused() throws Exception {
        JsonObject n =
                new JsonObject(
                        "{\"id\":\"x\",\"cas\":\"1-1-1\",\"nameZh\":\"x\",\"nameEn\":\"x\",\"properties\":"
                                + "{\"erpg2Ppm\":{\"value\":3,\"unit\":\"ppm\",\"source\":\"s [U]\"}}}");
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> ChemicalJson.record(n));
        assertTrue(e.getMessage().contains("properties.erpg2Ppm"), e.getMessage());
    }
}
