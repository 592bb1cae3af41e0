package org.parkwatch.backend.hazard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkwatch.backend.hazard.RegistrySeedReader;
import org.parkwatch.model.park.ParkCatalog;

/**
 * The park's registry.json: relative dates, validation naming the entry, added once and only to an
 * empty book.
 */
class RegistrySeedTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static RegistryBook demoBook() {
        return RegistrySeedReader.seed(ParkCatalog.loadDemo(), Map.of(), Set.of());
    }

    private static JsonObject demoFile() {
        return new JsonObject(
                ParkCatalog.loadDemo().optionalJson("registry.json").orElseThrow().toString());
    }

    @Test
    void theDemoFileFillsEveryEnterpriseOnceWithDatesRelativeToToday() throws Exception {
        RegistryBook book = demoBook();
        int added = RegistrySeed.seedIfEmpty(book, demoFile(), TODAY);
        assertEquals(8 * (3 + 2 + 2 + 1), added);
        assertEquals(
                0,
                RegistrySeed.seedIfEmpty(book, demoFile(), TODAY),
                "a filled book is left alone");
        // E03's 排污许可证: validUntilDays 18 in the file
        Licence soon = book.licencesOf("E03").values().iterator().next();
        assertEquals(TODAY.plusDays(18), soon.validUntil());
        assertTrue(soon.expiringSoon(TODAY));
        for (Enterprise e : book.enterprises()) {
            assertEquals(2, book.contactList(e.id()).size(), e.id());
            assertTrue(book.colourOn(e.id(), TODAY).isPresent(), e.id());
        }
        long listedNow =
                book.blacklist().values().stream().filter(b -> b.isActiveOn(TODAY)).count();
        assertEquals(1, listedNow, "one enterprise (E08) is on the published blacklist");
    }

    @Test
    void aBadEntryIsNamedAndNothingIsAdded() throws Exception {
        JsonObject file =
                new JsonObject(
                        """
                {"licences": [{"enterpriseId": "E01", "kind": "安全生产许可证", "number": "A-1",
                               "validFromDays": -10, "validUntilDays": 300}],
                 "contacts": [{"enterpriseId": "E01", "name": "张三", "role": "值班长", "phone": "13912345678"},
                              {"enterpriseId": "E01", "name": "李四", "role": "值班长", "phone": "110"}]}""");
        RegistryBook book = demoBook();
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RegistrySeed.seedIfEmpty(book, file, TODAY));
        assertTrue(e.getMessage().startsWith("registry.json contacts[1].phone:"), e.getMessage());
        assertTrue(book.hasNoRecords());

        JsonObject notDays =
                new JsonObject(
                        """
                {"licences": [{"enterpriseId": "E01", "kind": "k", "number": "n", "validFromDays": "yesterday",
                               "validUntilDays": 3}]}""");
        IllegalArgumentException d =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RegistrySeed.seedIfEmpty(book, notDays, TODAY));
        assertTrue(
                d.getMessage().startsWith("registry.json licences[0].validFromDays:"),
                d.getMessage());

        JsonObject stranger =
                new JsonObject(
                        """
                {"contacts": [{"enterpriseId": "E77", "name": "王五", "role": "值班长", "phone": "13912345678"}]}""");
        IllegalArgumentException s =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> RegistrySeed.seedIfEmpty(book, stranger, TODAY));
        assertTrue(s.getMessage().contains("'E77'"), s.getMessage());
        assertTrue(book.hasNoRecords());
    }
}
