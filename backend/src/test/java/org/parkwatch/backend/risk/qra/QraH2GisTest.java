package org.parkwatch.backend.risk.qra;

import java.util.Map;

/** The QRA store contract on embedded H2GIS (a file under the test's data directory). */
class QraH2GisTest extends QraStoreContractTest {
    @Override
    protected Map<String, String> database() {
        return Map.of("db.enabled", "true");
    }
}
