package org.parkwatch.backend.pipeline;

import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.parkwatch.backend.ThrowawayPostgis;

/**
 * {@link PipelineContract} on the machine's PostgreSQL + PostGIS: a throw-away database, dropped
 * afterwards.
 */
class PipelinePostgisTest extends PipelineContract {
    private final ThrowawayPostgis postgis = new ThrowawayPostgis("pw_pipeline");

    @Override
    protected Map<String, String> database() throws SQLException {
        return postgis.create();
    }

    @AfterEach
    void drop() throws SQLException {
        postgis.drop();
    }
}
