package org.parkwatch.backend.dualprevention;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * {@link DualPreventionContract} on the machine's PostgreSQL + PostGIS: a throw-away database
 * ({@code pw_dual_*}), dropped afterwards.
 */
class DualPreventionPostgisTest extends DualPreventionContract {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_dual");

    @Override
    protected Map<String, String> database() throws SQLException {
        return postgis.create();
    }

    @AfterEach
    void drop() throws SQLException {
        postgis.drop();
    }
}
