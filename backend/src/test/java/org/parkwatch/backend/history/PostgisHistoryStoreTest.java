package org.parkwatch.backend.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/**
 * The chunked history contract on the machine's PostgreSQL 15 + PostGIS (a throw-away database per
 * test).
 */
class PostgisHistoryStoreTest extends HistoryStoreContractTest {
    private final List<ThrowawayPostgis> made = new ArrayList<>();

    @Override
    protected DatabaseOptions newDatabase(Path dir) throws Exception {
        ThrowawayPostgis pg = new ThrowawayPostgis("pw_history");
        made.add(pg);
        Map<String, String> keys = pg.create();
        return DatabaseOptions.embedded(dir)
                .withUrl(keys.get("db.url"))
                .withUser(keys.get("db.user"), "");
    }

    @AfterEach
    void drop() throws Exception {
        for (ThrowawayPostgis pg : made) pg.drop();
    }
}
