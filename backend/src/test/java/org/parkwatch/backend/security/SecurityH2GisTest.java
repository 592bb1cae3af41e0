package org.parkwatch.backend.security;

import java.util.Map;

/** The security store contract on the embedded H2GIS file database. */
class SecurityH2GisTest extends SecurityStoreContractTest {
    @Override
    protected Map<String, String> database() {
        return Map.of(); // empty db.url: the H2GIS file under the temporary data folder
    }
}
