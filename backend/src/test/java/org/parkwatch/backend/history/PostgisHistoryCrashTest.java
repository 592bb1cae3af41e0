package org.parkwatch.backend.history;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/**
 * {@link HistoryCrashTest} with the backend on the machine's PostgreSQL 15 + PostGIS (a throw-away
 * database).
 */
class PostgisHistoryCrashTest extends HistoryCrashTest {
    private final ThrowawayPostgis pg = new ThrowawayPostgis("hist_crash");

    @Override
    protected Map<String, String> databaseKeys() throws Exception {
        return pg.create();
    }

    @Override
    protected DatabaseOptions storedIn(Path data, Map<String, String> keys) {
        return DatabaseOptions.embedded(data)
                .withUrl(keys.get("db.url"))
                .withUser(keys.get("db.user"), keys.getOrDefault("db.password", ""));
    }

    @AfterEach
    void drop() throws Exception {
        pg.drop();
    }
}
