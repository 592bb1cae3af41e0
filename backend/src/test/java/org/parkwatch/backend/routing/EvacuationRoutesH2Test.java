package org.parkwatch.backend.routing;

import java.util.Map;

/** {@link EvacuationRoutesContract} on the embedded H2GIS store. */
class EvacuationRoutesH2Test extends EvacuationRoutesContract {
    @Override
    protected Map<String, String> database() {
        return Map.of("db.enabled", "true");
    }
}
