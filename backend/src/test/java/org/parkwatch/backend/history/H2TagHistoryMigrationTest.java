package org.parkwatch.backend.history;

import java.nio.file.Path;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** The migration of a V5 tag_history on embedded H2GIS. */
class H2TagHistoryMigrationTest extends TagHistoryMigrationContractTest {
    @Override
    protected DatabaseOptions newDatabase(Path dir) {
        return DatabaseOptions.embedded(dir);
    }
}
