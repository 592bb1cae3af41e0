package org.parkwatch.backend.workpermit;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/**
 * {@link WorkPermitRepositoryContract} on the machine's PostgreSQL + PostGIS: a throw-away database
 * ({@code pw_permits_…}), dropped afterwards.
 */
class WorkPermitRepositoryPostgisTest extends WorkPermitRepositoryContract {
    private final ThrowawayPostgis pg = new ThrowawayPostgis("pw_permits");

    @Override
    protected DatabaseOptions database(Path dir) throws Exception {
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
