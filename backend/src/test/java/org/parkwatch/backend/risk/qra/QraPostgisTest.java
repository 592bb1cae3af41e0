package org.parkwatch.backend.risk.qra;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * The QRA store contract on the machine's PostgreSQL 15 + PostGIS (127.0.0.1:5432, user postgres,
 * trust): a throw-away database per test, dropped afterwards.
 */
class QraPostgisTest extends QraStoreContractTest {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_qra");

    @Override
    protected Map<String, String> database() throws SQLException {
        return postgis.create();
    }

    @AfterEach
    void drop() throws SQLException {
        postgis.drop();
    }
}
