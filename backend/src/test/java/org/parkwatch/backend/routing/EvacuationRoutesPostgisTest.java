package org.parkwatch.backend.routing;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * {@link EvacuationRoutesContract} on the machine's PostgreSQL + PostGIS: a throw-away database,
 * dropped afterwards.
 */
class EvacuationRoutesPostgisTest extends EvacuationRoutesContract {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_routes");

    @Override
    protected Map<String, String> database() throws SQLException {
        return postgis.create();
    }

    @AfterEach
    void drop() throws SQLException {
        postgis.drop();
    }
}
