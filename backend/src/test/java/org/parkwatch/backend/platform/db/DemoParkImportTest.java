package org.parkwatch.backend.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.app.Store;
import org.parkwatch.backend.gis.LayerRecord;
import org.parkwatch.model.park.LayerInfo;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The real demo park (gis-data) goes into embedded H2GIS whole, and a second start changes nothing.
 */
class DemoParkImportTest {
    @TempDir Path dataDir;

    @Test
    void demoParkImportsCompletelyAndOnlyOnce() throws Exception {
        ParkCatalog demo = ParkCatalog.loadDemo();
        Map<String, Integer> expected =
                demo.layers().stream()
                        .collect(
                                Collectors.toMap(
                                        LayerInfo::id,
                                        l -> demo.layer(l.id()).path("features").size()));
        String first;
        try (Store store = Store.open(DatabaseOptions.embedded(dataDir), demo, Clock.systemUTC())) {
            List<LayerRecord> layers = store.gis().layers();
            assertEquals(
                    expected,
                    layers.stream()
                            .collect(Collectors.toMap(LayerRecord::id, LayerRecord::featureCount)));
            assertEquals(demo.layers().get(0).id(), layers.get(0).id(), "catalogue order kept");
            assertEquals(
                    Map.of(
                            "enterprises",
                            (long) demo.enterprises().size(),
                            "tags",
                            (long) demo.allTags().size()),
                    Map.of(
                            "enterprises",
                            Long.parseLong(
                                    StoreContractTest.scalar(
                                            store.database(), "SELECT COUNT(*) FROM enterprises")),
                            "tags",
                            Long.parseLong(
                                    StoreContractTest.scalar(
                                            store.database(), "SELECT COUNT(*) FROM tags"))));
            first = StoreContractTest.snapshot(store.database());
        }
        try (Store store = Store.open(DatabaseOptions.embedded(dataDir), demo, Clock.systemUTC())) {
            assertEquals(first, StoreContractTest.snapshot(store.database()));
            assertFalse(store.importer().importParkIfChanged(demo));
        }
    }
}
