package org.parkwatch.backend.pipeline;

import java.util.Map;

/** {@link PipelineContract} on the embedded H2GIS store. */
class PipelineH2Test extends PipelineContract {
    @Override
    protected Map<String, String> database() {
        return Map.of("db.enabled", "true");
    }
}
