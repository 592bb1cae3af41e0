package org.parkwatch.backend.hazard;

import java.util.Map;

/**
 * The registry persistence contract on embedded H2 + H2GIS (a database file under the test's
 * data.dir).
 */
class RegistryH2GisTest extends RegistryStoreContractTest {
    @Override
    protected Map<String, String> database() {
        return Map.of("db.enabled", "true");
    }
}
