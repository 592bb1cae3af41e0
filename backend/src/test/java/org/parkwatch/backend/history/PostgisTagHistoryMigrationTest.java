package org.parkwatch.backend.history;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** The migration of a V5 tag_history (day partitions) on PostgreSQL 15 + PostGIS. */
class PostgisTagHistoryMigrationTest extends TagHistoryMigrationContractTest {
    private final ThrowawayPostgis pg = new ThrowawayPostgis("pw_histmig");

    @Override
    protected DatabaseOptions newDatabase(Path dir) throws Exception {
        Map<String, String> keys = pg.create();
        return DatabaseOptions.embedded(dir)
                .withUrl(keys.get("db.url"))
                .withUser(keys.get("db.user"), "");
    }

    @AfterEach
    void drop() throws Exception {
        pg.drop();
    }
}
