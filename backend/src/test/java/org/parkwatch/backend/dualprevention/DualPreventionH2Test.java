package org.parkwatch.backend.dualprevention;

import java.util.Map;

/** {@link DualPreventionContract} on the embedded H2GIS store. */
class DualPreventionH2Test extends DualPreventionContract {
    @Override
    protected Map<String, String> database() {
        return Map.of("db.enabled", "true");
    }
}
