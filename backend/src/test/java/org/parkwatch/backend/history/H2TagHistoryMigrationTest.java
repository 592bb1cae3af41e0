package org.parkwatch.backend.history;

import org.parkwatch.backend.platform.db.DatabaseOptions;

import java.nio.file.Path;

/** The migration of a V5 tag_history on embedded H2GIS. */
class H2TagHistoryMigrationTest extends TagHistoryMigrationContractTest {
    @Override
    protected DatabaseOptions newDatabase(Path dir) {
        return DatabaseOptions.embedded(dir);
    }
}
