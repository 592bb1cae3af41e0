package org.parkwatch.backend.security;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * The security store contract on the machine's PostgreSQL 15 + PostGIS (127.0.0.1:5432, user
 * postgres, trust): a throw-away database per test, dropped afterwards.
 */
class SecurityPostgisTest extends SecurityStoreContractTest {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_security");

    @Override
    protected Map<String, String> database() throws SQLException {
        return postgis.create();
    }

    @AfterEach
    void drop() throws SQLException {
        postgis.drop();
    }
}
