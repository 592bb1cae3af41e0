package org.parkwatch.backend.platform.db;

import java.nio.file.Path;

/**
 * The store contract against embedded H2 + H2GIS (a database file in a temporary folder per test).
 */
class H2GisStoreTest extends StoreContractTest {

    @Override
    protected DatabaseOptions newDatabase(Path dir) {
        return DatabaseOptions.embedded(dir);
    }

    /**
     * H2 is in-process: suspending the pool makes every connection request wait, as with a hung
     * server.
     */
    @Override
    protected void stopDatabase(Database db) {
        db.suspend();
    }

    @Override
    protected void restartDatabase(Database db) {
        db.resume();
    }

    @Override
    protected Dialect expectedDialect() {
        return Dialect.H2;
    }
}
