package org.parkwatch.backend.risk.zones;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * {@link ThreatZoneRepositoryContract} on the machine's PostgreSQL + PostGIS (127.0.0.1:5432, user
 * postgres, trust): a throw-away database per test, dropped afterwards.
 */
class ThreatZoneRepositoryPostgisTest extends ThreatZoneRepositoryContract {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_zones");

    @Override
    protected Map<String, String> database() throws SQLException {
        return postgis.create();
    }

    @AfterEach
    void drop() throws SQLException {
        postgis.drop();
    }
}
