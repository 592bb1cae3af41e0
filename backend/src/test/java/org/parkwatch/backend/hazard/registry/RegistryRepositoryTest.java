package org.parkwatch.backend.hazard.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/**
 * {@link RegistryRepository} on embedded H2: an import batch is one transaction, and NULLs
 * round-trip.
 */
class RegistryRepositoryTest {
    @TempDir Path dir;
    private Database db;
    private RegistryRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(DatabaseOptions.embedded(dir));
        repo = new RegistryRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBatchThatFailsInTheDatabaseSavesNoRow() throws SQLException {
        Enterprise good =
                new Enterprise("E20", "甲公司", "", "91410700MA470137XX", "纬一路", Set.of(Activity.USE));
        // bypasses the CSV check on purpose: 19 characters do not fit the credit_code column, so
        // the insert fails
        Enterprise tooLong =
                new Enterprise(
                        "E21", "乙公司", "", "91410700MA470137XXX", "纬二路", Set.of(Activity.TRADE));
        assertThrows(SQLException.class, () -> repo.saveEnterprises(List.of(good, tooLong)));
        assertTrue(repo.load().enterprises().isEmpty());

        repo.saveEnterprises(List.of(good));
        repo.saveEnterprises(
                List.of(
                        new Enterprise(
                                "E20",
                                "甲公司改名",
                                "A",
                                "91410700MA470137XX",
                                "纬一路",
                                Set.of(Activity.USE, Activity.STORAGE))));
        List<Enterprise> stored = repo.load().enterprises();
        assertEquals(1, stored.size());
        assertEquals("甲公司改名", stored.get(0).nameZh());
        assertEquals(Set.of(Activity.USE, Activity.STORAGE), stored.get(0).activities());
    }

    @Test
    void nullableFieldsRoundTrip() throws SQLException {
        repo.saveInstallations(
                List.of(
                        new Installation(
                                "T9",
                                "E20",
                                "U1",
                                "tank",
                                "67-56-1",
                                500,
                                Double.NaN,
                                35.5,
                                true)));
        Installation i = repo.load().installations().get(0);
        assertTrue(Double.isNaN(i.designPressureKPa()));
        assertEquals(35.5, i.designTemperatureC());
        assertTrue(i.hasSis());

        LocalDate listed = LocalDate.of(2026, 3, 1);
        repo.insertBlacklist("b1", new BlacklistEntry("E20", "瞒报", listed, null, null));
        BlacklistEntry open = repo.load().blacklist().get("b1");
        assertNull(open.removedOn());
        assertNull(open.removalReason());
        repo.removeBlacklist(
                "b1", new BlacklistEntry("E20", "瞒报", listed, listed.plusMonths(6), "已整改"));
        BlacklistEntry closed = repo.load().blacklist().get("b1");
        assertEquals(LocalDate.of(2026, 9, 1), closed.removedOn());
        assertEquals("已整改", closed.removalReason());
    }
}
