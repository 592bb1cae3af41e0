package org.parkwatch.backend.history;

import java.nio.file.Path;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** The chunked history contract on embedded H2GIS. */
class H2HistoryStoreTest extends HistoryStoreContractTest {
    @Override
    protected DatabaseOptions newDatabase(Path dir) {
        return DatabaseOptions.embedded(dir);
    }
}
