package org.parkwatch.backend.safetyduty;

import java.nio.file.Path;
import org.parkwatch.backend.platform.db.Database;
import org.parkwatch.backend.platform.db.DatabaseOptions;

/** {@link SafetyDutyServiceContract} on an embedded H2GIS database (migrations V110–V112). */
class SafetyDutyH2Test extends SafetyDutyServiceContract {
    @Override
    Database open(Path dir) {
        return Database.open(DatabaseOptions.inMemory(dir));
    }
}
