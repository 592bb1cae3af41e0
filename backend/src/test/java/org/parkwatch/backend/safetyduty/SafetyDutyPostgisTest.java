package org.parkwatch.backend.safetyduty;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** {@link SafetyDutyServiceContract} on PostGIS (a throw-away database per test). */
class SafetyDutyPostgisTest extends SafetyDutyServiceContract {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_duty");

    @Override
    Database open(Path dir) throws Exception {
        return Database.open(DatabaseOptions.from(postgis.create(), dir));
    }

    @AfterEach
    void drop() throws Exception {
        close();
        db = null;
        postgis.drop();
    }
}
